using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>
/// SiteGen's own link check covers `src` and stylesheet `href` as well as links: an image, script or stylesheet the
/// build does not produce fails the build, naming where it is used and what is missing.
/// </summary>
public sealed class MissingSourceTests : IDisposable
{
    private readonly TestSite _site = new();

    public MissingSourceTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_markdown_image_that_does_not_exist_is_an_error_at_its_line()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\n---\nIntro.\n\n![A diagram](/img/diagram.png)\n");
        var error = ReportedDiagnostic.SingleError(_site.AssertFailsAndKeepsOutput());
        Assert.Equal(("site-content/a.md", 6, 1), (error.File, error.Line, error.Column));
        Assert.Contains("'/img/diagram.png'", error.Message, StringComparison.Ordinal);

        _site.WriteBytes("site-content/static/img/diagram.png", [0x89, 0x50, 0x4E, 0x47]);
        _site.BuildOk();
        Assert.Equal("/img/diagram.png", _site.Html("a/index.html").QuerySelector("img")!.GetAttribute("src"));
    }

    [Fact]
    public void A_template_image_script_or_stylesheet_that_does_not_exist_fails_the_build_naming_each()
    {
        _site.Write("templates/_default/base.html", """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title>
            <link rel="stylesheet" href="{{ rel_url "/css/site.css" }}">
            <script src="{{ rel_url "/js/menu.js" }}" defer></script></head>
            <body><img src="{{ rel_url "/img/logo.svg" }}" alt="Logo"><main id="main">{{ main }}</main></body></html>
            """);
        var errors = ReportedDiagnostic.Parse(_site.AssertFailsAndKeepsOutput().Stderr).Where(d => d.Kind == "error").ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Equal("index.html", e.File));
        Assert.All(errors, e => Assert.Contains("site-content/_index.md", e.Message, StringComparison.Ordinal));
        foreach (var missing in new[] { "'/css/site.css'", "'/js/menu.js'", "'/img/logo.svg'" })
        {
            Assert.Contains(errors, e => e.Message.Contains(missing, StringComparison.Ordinal));
        }

        _site.Write("templates/static/css/site.css", "body { margin: 0; }\n")
            .Write("templates/static/js/menu.js", "// menu\n")
            .Write("site-content/static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        _site.BuildOk();
        Assert.True(_site.OutputExists("css/site.css") && _site.OutputExists("js/menu.js") && _site.OutputExists("img/logo.svg"));
    }

    [Fact]
    public void A_relative_src_is_resolved_against_the_page()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\n---\n![Chart](chart.svg)\n");
        var error = ReportedDiagnostic.SingleError(_site.AssertFailsAndKeepsOutput());
        Assert.Equal(("site-content/a.md", 4), (error.File, error.Line));
        Assert.Contains("/a/chart.svg", error.Message, StringComparison.Ordinal);

        _site.Write("site-content/static/a/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        _site.BuildOk();
    }
}
