using System.Security.Cryptography;
using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hosting;

/// <summary>`fingerprint "/css/a.css"` in a template: a name that changes with the file's bytes, so hosts can cache it for
/// a year, written beside the original and known to the link checker.</summary>
public sealed class FingerprintTests : IDisposable
{
    private const string Css = "body { color: #222; }\n";
    private readonly TestSite _site = new();

    public FingerprintTests()
    {
        _site.Write("templates/_default/base.html", """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title>
            <link rel="stylesheet" href="{{ fingerprint "/css/a.css" }}"><link rel="icon" href="{{ fingerprint "favicon" }}"></head>
            <body><main id="main">{{ main }}</main></body></html>
            """);
        _site.Write("templates/static/css/a.css", Css);
        _site.Write("templates/static/favicon", "icon");
    }

    public void Dispose() => _site.Dispose();

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    [Fact]
    public void The_name_carries_the_hash_of_the_bytes_and_the_copy_is_written_beside_the_original()
    {
        _site.BuildOk();

        var css = $"css/a.{Hash(Css)}.css";
        Assert.Equal("/" + css, _site.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal($"/favicon.{Hash("icon")}", _site.Html("index.html").QuerySelector("link[rel=icon]")!.GetAttribute("href"));
        Assert.Equal(Css, _site.ReadOutput(css));
        Assert.Equal(Css, _site.ReadOutput("css/a.css"));
    }

    [Fact]
    public void A_changed_file_gets_a_new_name_and_the_same_file_the_same_bytes_on_every_build()
    {
        _site.BuildOk();
        var first = _site.Snapshot();
        _site.BuildOk();
        Assert.Equal(first, _site.Snapshot());

        _site.Write("templates/static/css/a.css", "body { color: #000; }\n");
        _site.BuildOk();

        Assert.Contains($"css/a.{Hash("body { color: #000; }\n")}.css", _site.Snapshot().Keys);
        Assert.DoesNotContain($"css/a.{Hash(Css)}.css", _site.Snapshot().Keys);
    }

    [Fact]
    public void The_base_path_is_kept()
    {
        _site.BuildOk("--base-url", "https://example.org/guide/");

        Assert.Equal($"/guide/css/a.{Hash(Css)}.css", _site.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_page_may_link_to_the_fingerprinted_name_and_the_link_checker_knows_it()
    {
        _site.Write("site-content/page.md", $"---\ntitle: Page\n---\n[the stylesheet](/css/a.{Hash(Css)}.css)\n");

        _site.BuildOk();
    }

    [Fact]
    public void A_file_that_does_not_exist_is_an_error_at_the_template_line_and_column()
    {
        _site.BuildOk();
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n<img alt=\"x\" src=\"{{ fingerprint \"/img/missing.png\" }}\">\n");
        _site.Write("site-content/page.md", "---\ntitle: Page\n---\nText.\n");

        var run = FailedBuild.AssertFailsWith(_site, "templates/_default/page.html:2:", "fingerprint: no static file '/img/missing.png'");

        Assert.Contains("templates/static/ or site-content/static/", run.Stderr, StringComparison.Ordinal);
    }
}
