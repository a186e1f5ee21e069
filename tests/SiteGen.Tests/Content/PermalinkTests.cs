using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Issue 13, item 2: a page's section comes from its source folder, not its URL (before, a page given `url: /x/` left
/// its folder's list), and `permalinks:` in site.yml sets a URL pattern per section (before, an unknown site.yml key).
/// </summary>
public sealed class PermalinkTests : IDisposable
{
    private readonly TestSite _site = new();

    public PermalinkTests()
    {
        _site.Write("site-content/blog/_index.md", "---\ntitle: Blog\n---\n");
        _site.Write("templates/blog/page.html", "<h1>{{ page.title }}</h1><p class=\"section\">{{ page.section.title }}</p>{{ page.content }}");
    }

    public void Dispose() => _site.Dispose();

    private static string Post(string title, string? date, string extra = "") =>
        $"---\ntitle: {title}\n{(date is null ? "" : $"date: {date}\n")}{extra}---\nBody of {title}.\n";

    private string[] ListedOnBlog() =>
        [.. _site.Html("blog/index.html").QuerySelectorAll("ul.pages a").Select(a => a.GetAttribute("href") ?? "")];

    [Fact]
    public void A_page_with_its_own_url_stays_in_its_folders_section()
    {
        _site.Write("site-content/blog/moved.md", Post("Moved", null, "url: /elsewhere/\n"));
        _site.Write("site-content/blog/kept.md", Post("Kept", null));
        _site.BuildOk();
        Assert.Equal(["/blog/kept/", "/elsewhere/"], ListedOnBlog());
        // The section's layout (templates/blog/page.html) and page.section follow the folder too.
        Assert.Equal("Blog", _site.Html("elsewhere/index.html").QuerySelector("p.section")!.TextContent);
    }

    [Fact]
    public void A_section_page_with_its_own_url_still_lists_its_folders_pages()
    {
        _site.Write("site-content/blog/_index.md", "---\ntitle: Blog\nurl: /writing/\n---\n");
        _site.Write("site-content/blog/kept.md", Post("Kept", null));
        _site.BuildOk();
        Assert.Equal(["/blog/kept/"], [.. _site.Html("writing/index.html").QuerySelectorAll("ul.pages a").Select(a => a.GetAttribute("href") ?? "")]);
        Assert.Equal("Blog", _site.Html("blog/kept/index.html").QuerySelector("p.section")!.TextContent);
    }

    [Fact]
    public void Section_permalink_pattern_places_posts_by_date_and_slug()
    {
        _site.Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\npermalinks:\n  blog: /:year/:month/:slug/\n  notes: /:section/:year-:month-:day/:filename/\n");
        _site.Write("site-content/blog/first.md", Post("First Post", "2024-03-09", "slug: \"hello\"\n"));
        _site.Write("site-content/blog/c-sharp.md", Post("\"C# at work\"", "2017-02-16"));
        _site.Write("site-content/notes/todo list.md", Post("Todo", "2023-12-01"));
        _site.Write("site-content/blog/links.md", Post("Links", "2024-01-01") + "[first](first.md) [c#](c-sharp.md)\n");
        _site.BuildOk();

        Assert.True(_site.OutputExists("2024/03/hello/index.html"));
        Assert.True(_site.OutputExists("2017/02/c-sharp-at-work/index.html"));
        Assert.True(_site.OutputExists("notes/2023-12-01/todo-list/index.html"));
        // Listed newest first (pages sort by weight, then date, then title).
        Assert.Equal(["/2024/03/hello/", "/2024/01/links/", "/2017/02/c-sharp-at-work/"], ListedOnBlog());
        var links = _site.Html("2024/01/links/index.html").QuerySelectorAll("main p a").Select(a => a.GetAttribute("href") ?? "").ToArray();
        Assert.Equal(["/2024/03/hello/", "/2017/02/c-sharp-at-work/"], links);
        Assert.Equal("Blog", _site.Html("2024/03/hello/index.html").QuerySelector("p.section")!.TextContent);
        Assert.True(_site.OutputExists("blog/index.html"));
    }

    [Fact]
    public void Without_permalinks_urls_are_as_before()
    {
        _site.Write("site-content/blog/first.md", Post("First Post", "2024-03-09"));
        _site.BuildOk();
        Assert.Equal(["/blog/first/"], ListedOnBlog());
    }

    [Theory]
    [InlineData("  blog: /:year/:monht/:slug/\n", "site-content/site.yml:4:16: error: permalinks: unknown token ':monht'")]
    [InlineData("  blog: \"/:yeer/:slug/\"\n", "site-content/site.yml:4:11: error: permalinks: unknown token ':yeer'")]
    [InlineData("  blog: /:year/\n", "site-content/site.yml:4:9: error: permalinks: '/:year/' needs :slug or :filename")]
    [InlineData("  blog: :year/:slug/\n", "site-content/site.yml:4:9: error: permalinks: ':year/:slug/' must be a path from the site root")]
    [InlineData("  blog: /../:slug/\n", "site-content/site.yml:4:9: error: permalinks: '/../:slug/' must be a path")]
    [InlineData("  blog: /c++/:slug/\n", "site-content/site.yml:4:9: error: permalinks: '/c++/:slug/' must be a path")]
    [InlineData("  Blog Posts: /:slug/\n", "site-content/site.yml:4:3: error: permalinks: 'Blog Posts' is not a section name; write the section's URL segment ('blog-posts')")]
    [InlineData("  blgo: /:slug/\n", "site-content/site.yml:4:9: error: permalinks: no section 'blgo' has pages", "sections now: blog")]
    [InlineData("  - /:slug/\n", "site-content/site.yml:4:3: error: 'permalinks' must map a section")]
    public void Bad_patterns_are_errors_at_their_place_in_site_yml(string entry, params string[] expected)
    {
        _site.Write("site-content/blog/first.md", Post("First", "2024-03-09"));
        _site.BuildOk();
        _site.Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\npermalinks:\n" + entry);
        FailedBuild.AssertFailsWith(_site, expected);
    }

    [Fact]
    public void A_date_pattern_needs_the_pages_date()
    {
        _site.Write("site-content/blog/first.md", Post("First", null));
        _site.BuildOk();
        _site.Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\npermalinks:\n  blog: /:year/:slug/\n");
        FailedBuild.AssertFailsWith(_site, "site-content/blog/first.md:1:1: error: the permalink '/:year/:slug/' of section 'blog' (site.yml:4:9) needs the page's `date:`");
    }

    [Fact]
    public void Two_posts_given_one_url_by_a_pattern_are_a_collision_naming_both()
    {
        _site.Write("site-content/blog/a.md", Post("Same", "2024-03-09"));
        _site.Write("site-content/blog/b.md", Post("Same", "2024-03-20"));
        _site.BuildOk();
        _site.Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\npermalinks:\n  blog: /:year/:month/:slug/\n");
        var run = FailedBuild.AssertFailsWith(_site, "/2024/03/same/", "site-content/blog/a.md", "site-content/blog/b.md");
        Assert.Contains("error", run.Stderr, StringComparison.Ordinal);
    }
}
