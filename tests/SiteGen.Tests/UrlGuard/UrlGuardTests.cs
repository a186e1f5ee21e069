using SiteGen.Tests.Support;

namespace SiteGen.Tests.UrlGuard;

/// <summary>A published URL never vanishes silently: a build that drops one the previous output had, with no alias for
/// it, says so and names the alias to add; `url_guard: error` and `check --baseline` fail on it.</summary>
public sealed class UrlGuardTests : IDisposable
{
    private readonly TestSite _site = new();

    public UrlGuardTests()
    {
        _site.Write("site-content/notes/setup.md", "---\ntitle: Setup\n---\nHow to set up.\n");
        _site.Write("site-content/about.md", "---\ntitle: About\n---\nAbout.\n");
        _site.BuildOk();
        _site.Delete("site-content/notes/setup.md");
        _site.Write("site-content/guides/setup.md", "---\ntitle: Setup\n---\nHow to set up.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_moved_page_without_an_alias_is_a_warning_that_names_the_alias_to_add()
    {
        var run = _site.BuildOk();
        Assert.Contains("output/sitemap.xml: warning: URL /notes/setup/ was published (by the previous build) and this build no longer has it", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("if it moved to /guides/setup/, add `aliases: [/notes/setup/]` to the front matter of site-content/guides/setup.md", run.Stderr, StringComparison.Ordinal);
        Assert.True(_site.OutputExists("guides/setup/index.html"));
    }

    [Fact]
    public void An_alias_covers_the_old_url()
    {
        _site.Write("site-content/guides/setup.md", "---\ntitle: Setup\naliases: [/notes/setup/]\n---\nHow to set up.\n");
        var run = _site.BuildOk();
        Assert.DoesNotContain("was published", run.Stderr, StringComparison.Ordinal);
        Assert.True(_site.OutputExists("notes/setup/index.html"));
    }

    [Fact]
    public void Url_guard_error_fails_the_build_and_keeps_the_output()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nurl_guard: error\n");
        FailedBuild.AssertFailsWith(_site, "error: URL /notes/setup/ was published (by the previous build)", "`aliases: [/notes/setup/]`");
    }

    [Fact]
    public void Url_guard_off_does_not_compare()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nurl_guard: off\n");
        Assert.DoesNotContain("was published", _site.BuildOk().Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_url_guard_value_is_an_error_at_its_line()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nurl_guard: strict\n");
        FailedBuild.AssertFailsWith(_site, "site-content/site.yml:3:12: error: 'url_guard' must be warn, error or off, not 'strict'");
    }

    [Fact]
    public void Check_with_a_baseline_sitemap_fails_on_each_dropped_url_at_its_line()
    {
        var baseline = Path.Combine(_site.Root, "deployed-sitemap.xml");
        File.WriteAllText(baseline, """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://example.org/</loc></url>
              <url><loc>https://example.org/about/</loc></url>
              <url><loc>https://example.org/notes/setup/</loc></url>
              <url><loc>https://example.org/gone.html</loc></url>
            </urlset>
            """);
        var run = _site.Run(["check", .. _site.DefaultArgs(), "--baseline", baseline]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("deployed-sitemap.xml:5:13: error: URL /notes/setup/ was published (in this baseline)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("deployed-sitemap.xml:6:13: error: URL /gone.html was published", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("/about/ was published", run.Stderr, StringComparison.Ordinal);

        _site.Write("site-content/guides/setup.md", "---\ntitle: Setup\naliases: [/notes/setup/, /gone.html]\n---\nHow to set up.\n");
        Assert.Equal(0, _site.Run(["check", .. _site.DefaultArgs(), "--baseline", baseline]).ExitCode);
    }
}
