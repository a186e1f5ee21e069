using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Content written the way Hugo users write it builds with no edits (issue 13): date-times with offsets, pages without
/// front matter, file names made of symbols, per-section permalinks, aliases of old URLs, and a feed.
/// </summary>
public sealed class HugoStyleSiteTests : IDisposable
{
    private readonly TestSite _site = new();

    public HugoStyleSiteTests()
    {
        _site.Write("site-content/site.yml", """
            title: Moved from Hugo
            base_url: https://example.org/
            permalinks:
              posts: /:year/:month/:slug/
            feeds:
              site: true
            """);
        _site.Write("site-content/posts/_index.md", "---\ntitle: Posts\n---\n");
        _site.Write("site-content/posts/hello-world.md", """
            ---
            title: Hello world
            date: 2017-02-16T09:29:00Z
            aliases: [/post/hello-world/]
            ---
            First post. See [the C++ notes](../notes/c++.md).
            """);
        _site.Write("site-content/posts/later.md", """
            ---
            title: Later
            date: 2017-02-16T18:00:00+02:00
            ---
            Second post, the same day.
            """);
        _site.Write("site-content/notes/_index.md", "---\ntitle: Notes\n---\n");
        _site.Write("site-content/notes/c.md", "# C\n\nNotes on C.\n");
        _site.Write("site-content/notes/c++.md", "# C++\n\nNotes on C++, written without front matter.\n");
        _site.Write("site-content/notes/c#.md", "# C#\n\nNotes on C#.\n");
        _site.Write("site-content/notes/!.md", "# Bang\n\nA page whose file name is a symbol.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Builds_unchanged_with_every_url_distinct_and_working()
    {
        var run = _site.BuildOk();
        Assert.DoesNotContain("error", run.Stderr, StringComparison.Ordinal);

        // Date-times and the section's permalink pattern.
        Assert.True(_site.OutputExists("2017/02/hello-world/index.html"));
        Assert.True(_site.OutputExists("2017/02/later/index.html"));
        // No front matter: the heading is the title, printed once; symbol names get distinct, readable URLs.
        foreach (var (path, title) in new[] { ("notes/c/index.html", "C"), ("notes/c-plus-plus/index.html", "C++"),
                     ("notes/c-sharp/index.html", "C#"), ("notes/exclamation/index.html", "Bang") })
        {
            var page = _site.Html(path);
            Assert.Equal(title, page.QuerySelector("title")!.TextContent);
            Assert.Single(page.QuerySelectorAll("main h1"));
        }
        // The Markdown link to c++.md points at its page (the link check passed, or the build would have failed).
        var link = _site.Html("2017/02/hello-world/index.html").QuerySelector("main a")!.GetAttribute("href");
        Assert.Equal("/notes/c-plus-plus/", link);
        // The old URL redirects to the new one.
        var redirect = _site.Html("post/hello-world/index.html");
        Assert.Contains("/2017/02/hello-world/", redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        // The feed lists the posts newest first by their time, not only their day (16:00 UTC after 09:29 UTC).
        using var reader = XmlReader.Create(Path.Combine(_site.Output, "atom.xml"));
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(["Later", "Hello world"], feed.Items.Select(i => i.Title.Text).ToArray());
        Assert.Equal(new DateTimeOffset(2017, 2, 16, 9, 29, 0, TimeSpan.Zero), feed.Items.Last().PublishDate);
    }
}
