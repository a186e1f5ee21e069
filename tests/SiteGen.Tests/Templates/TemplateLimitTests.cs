using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// Issue 10, case 6: a template loop that never ends used to hang the build for ever (or, printing, fill memory);
/// now loops, recursion and a page's HTML are bounded, and passing a bound is an error at the template line.
/// </summary>
public sealed class TemplateLimitTests : IDisposable
{
    private readonly TestSite _site = new();

    public TemplateLimitTests()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\nBody\n");
        var first = _site.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Endless_loop_is_an_error_at_its_line()
    {
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n{{ while true; end }}\n");
        FailedBuild.AssertFailsWith(_site,
            "templates/_default/page.html:2:4: error: template: a loop ran more than 1,000,000 times", "(while rendering /guide/)");
    }

    [Fact]
    public void Endless_printing_loop_stops_at_the_page_size_limit()
    {
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n{{ while true }}" + new string('x', 500) + "{{ end }}\n");
        FailedBuild.AssertFailsWith(_site,
            "templates/_default/page.html:2:17: error: template: the page's HTML passed the limit of 32 MB", "max_page_mb", "(while rendering /guide/)");
    }

    [Fact]
    public void Endless_printing_loop_in_a_partial_names_the_partial()
    {
        _site.Write("templates/partials/spin.html", "{{ while true }}{{ page.title }}" + new string('z', 100) + "{{ end }}")
            .Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n{{ include \"partials/spin.html\" }}\n");
        FailedBuild.AssertFailsWith(_site, "templates/partials/spin.html:1:", "passed the limit of 32 MB", "(while rendering /guide/)");
    }

    [Fact]
    public void Nested_loops_share_one_limit()
    {
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n{{ for i in 1..10000; for j in 1..10000; end; end }}\n");
        FailedBuild.AssertFailsWith(_site, "templates/_default/page.html:2:", "a loop ran more than 1,000,000 times");
    }

    [Fact]
    public void Endless_recursion_is_an_error_at_the_call()
    {
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n{{ func spin(n); ret spin(n + 1); end; spin(1) }}\n");
        FailedBuild.AssertFailsWith(_site, "templates/_default/page.html:2:", "recursive depth limit `64`");
    }

    [Fact]
    public void Page_size_limit_follows_max_page_mb()
    {
        // About 10 MB of HTML: over the limit for max_page_mb 1 (8 MB), under it for max_page_mb 2 (16 MB).
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n{{ for i in 1..100000 }}<p>" + new string('y', 93) + "</p>{{ end }}\n")
            .Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nmax_page_mb: 1\n");
        FailedBuild.AssertFailsWith(_site, "templates/_default/page.html:2:", "passed the limit of 8 MB");
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nmax_page_mb: 2\n");
        _site.BuildOk();
        Assert.Equal(100_000, _site.Html("guide/index.html").QuerySelectorAll("p").Length);
    }
}
