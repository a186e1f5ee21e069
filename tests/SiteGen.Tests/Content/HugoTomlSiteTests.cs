using System.ServiceModel.Syndication;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// A site moved from Hugo as Hugo writes it by default builds with no edits: TOML front matter with native date-times,
/// a page whose front matter has no title (its first heading is the title), nested folders under one permalink
/// pattern and a nested section with its own, and the RSS feeds subscribers already read at /index.xml and
/// /posts/index.xml.
/// </summary>
public sealed class HugoTomlSiteTests : IDisposable
{
    private readonly TestSite _site = new();

    public HugoTomlSiteTests()
    {
        _site.Write("site-content/site.yml", """
            title: Moved from Hugo
            description: Notes moved from Hugo.
            base_url: https://example.org/
            taxonomies: [tags]
            permalinks:
              posts: /:year/:month/:slug/
              docs/guides: /guides/:filename/
            feeds:
              sections: [posts]
              formats: { rss: index.xml }
            """);
        _site.Write("templates/_default/base.html", Feeds.FeedSite.BaseWithFeeds);
        _site.Write("site-content/posts/_index.md", "+++\ntitle = \"Posts\"\n+++\n");
        _site.Write("site-content/posts/2019/hello-world.md", """
            +++
            title = "Hello world"
            date = 2019-02-16T09:29:00Z
            tags = ["C#", "meta"]
            draft = false
            aliases = ["/post/hello-world/"]
            +++
            First post. See [the setup guide](../../docs/guides/setup.md).
            """);
        _site.Write("site-content/posts/untitled.md", """
            +++
            date = 2019-03-01T18:00:00+02:00
            tags = ["meta"]
            +++

            Second post
            ===========

            Its title is its first heading.
            """);
        _site.Write("site-content/docs/_index.md", "+++\ntitle = \"Docs\"\n+++\n");
        _site.Write("site-content/docs/guides/setup.md", "+++\ntitle = \"Setting up\"\nweight = 1\n+++\nInstall it.\n");
    }

    public void Dispose() => _site.Dispose();

    private SyndicationFeed Feed(string file) => Feeds.FeedSite.Read(_site, file);

    [Fact]
    public void Builds_unchanged_with_toml_titles_from_headings_nested_permalinks_and_rss()
    {
        var run = _site.BuildOk();
        Assert.DoesNotContain("error", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);

        // posts/2019/ follows the posts pattern; docs/guides has its own.
        Assert.True(_site.OutputExists("2019/02/hello-world/index.html"));
        Assert.True(_site.OutputExists("guides/setup/index.html"));
        Assert.Equal("/guides/setup/", _site.Html("2019/02/hello-world/index.html").QuerySelector("main a")!.GetAttribute("href"));
        Assert.Contains("/2019/02/hello-world/", _site.Html("post/hello-world/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.True(_site.OutputExists("tags/c-sharp/index.html"));

        // Front matter without a title: the setext heading is the title, printed once.
        var untitled = _site.Html("2019/03/second-post/index.html");
        Assert.Equal("Second post", untitled.Title);
        Assert.Equal(["Second post"], untitled.QuerySelectorAll("h1").Select(h => h.TextContent));

        // The RSS feeds at Hugo's addresses, newest first by time, with absolute links and guids.
        var feed = Feed("index.xml");
        Assert.Equal(["Second post", "Hello world"], feed.Items.Select(i => i.Title.Text));
        Assert.Equal(["https://example.org/2019/03/second-post/", "https://example.org/2019/02/hello-world/"], feed.Items.Select(i => i.Id));
        Assert.Equal(new DateTimeOffset(2019, 3, 1, 18, 0, 0, TimeSpan.FromHours(2)), feed.Items.First().PublishDate);
        Assert.Equal(2, Feed("posts/index.xml").Items.Count());
        Assert.False(_site.OutputExists("atom.xml"));
        var links = _site.Html("2019/02/hello-world/index.html").QuerySelectorAll("link[rel=alternate]");
        Assert.Equal(["/index.xml", "/posts/index.xml"], links.Select(l => l.GetAttribute("href")));
        Assert.All(links, l => Assert.Equal("application/rss+xml", l.GetAttribute("type")));
    }
}
