using SiteGen.Tests.Support;

namespace SiteGen.Tests.Aliases;

/// <summary>`aliases:` in front matter: a redirect page at each old URL, known to the link checker, and every alias that
/// would replace something else is an error at its own line.</summary>
public sealed class AliasTests : IDisposable
{
    private readonly TestSite _site = new();

    public AliasTests()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide & More\naliases: [/old/guide/, /guide.html]\n---\nThe guide.\n");
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\nSee the [old guide](/old/guide/) and [this](/guide.html).\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_alias_is_a_redirect_page_with_refresh_canonical_noindex_and_a_visible_link()
    {
        _site.BuildOk();
        foreach (var file in new[] { "old/guide/index.html", "guide.html" })
        {
            var html = _site.Html(file);
            Assert.Equal("0; url=/guide/", html.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
            Assert.Equal("https://example.org/guide/", html.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal("noindex", html.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            var link = html.QuerySelector("main a");
            Assert.Equal("/guide/", link?.GetAttribute("href"));
            Assert.Equal("Guide & More", link?.TextContent);
        }
        Assert.DoesNotContain("old/guide", _site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Redirects_carry_the_base_path()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/docs/\n");
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\nNo links.\n");
        _site.BuildOk();
        var html = _site.Html("old/guide/index.html");
        Assert.Equal("0; url=/docs/guide/", html.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("https://example.org/docs/guide/", html.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public void Links_to_an_alias_pass_the_link_checker_and_an_unknown_old_url_does_not()
    {
        _site.BuildOk();
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\nSee the [old guide](/old/gide/).\n");
        FailedBuild.AssertFailsWith(_site, "site-content/other.md:4:", "/old/gide/");
    }

    [Fact]
    public void An_alias_that_is_a_real_pages_url_is_an_error_at_the_alias()
    {
        _site.BuildOk();
        _site.Write("site-content/guide.md", "---\ntitle: Guide\naliases:\n  - /old/guide/\n  - /other/\n---\nThe guide.\n");
        FailedBuild.AssertFailsWith(_site, "site-content/guide.md:5:5: error: alias /other/ is the URL of site-content/other.md");
    }

    [Fact]
    public void An_alias_of_two_pages_is_an_error_at_the_second()
    {
        _site.BuildOk();
        _site.Write("site-content/other.md", "---\ntitle: Other\naliases: /old/guide\n---\nNo links.\n");
        FailedBuild.AssertFailsWith(_site, "error: alias /old/guide/ is already an alias of");
    }

    [Fact]
    public void An_alias_on_a_static_file_is_an_error()
    {
        _site.BuildOk();
        _site.Write("site-content/guide.md", "---\ntitle: Guide\naliases: [/sitemap.xml]\n---\nThe guide.\n");
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\nNo links.\n");
        FailedBuild.AssertFailsWith(_site, "site-content/guide.md:3:11: error: alias /sitemap.xml would be written to sitemap.xml");
    }

    [Fact]
    public void An_alias_that_is_not_a_path_from_the_root_is_an_error_at_its_position()
    {
        _site.BuildOk();
        _site.Write("site-content/guide.md", "---\ntitle: Guide\naliases: [/ok/, ../up/, https://x.org/]\n---\nThe guide.\n");
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\nNo links.\n");
        var run = FailedBuild.AssertFailsWith(_site, "site-content/guide.md:3:17: error: alias '../up/' must be a path from the site root");
        Assert.Contains("site-content/guide.md:3:25: error: alias 'https://x.org/'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_under_a_file_of_the_site_is_an_error()
    {
        _site.BuildOk();
        _site.Write("site-content/guide.md", "---\ntitle: Guide\naliases: [/sitemap.xml/old/]\n---\nThe guide.\n");
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\nNo links.\n");
        FailedBuild.AssertFailsWith(_site, "site-content/guide.md:3:11: error: alias /sitemap.xml/old/ needs a folder sitemap.xml/");
    }
}
