using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Images;

/// <summary>Images need alt text unless marked decorative, load lazily below the first, and become figures when they have a
/// title (README, "Images").</summary>
public sealed class ImageRuleTests : IDisposable
{
    private readonly TestSite _site = new();

    public ImageRuleTests()
    {
        _site.WriteBytes("site-content/static/img/chart.png", ImageBytes.Png(800, 400));
        _site.WriteBytes("site-content/static/img/rule.gif", ImageBytes.Gif(600, 2));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Every_image_but_the_first_loads_lazily()
    {
        _site.Write("site-content/pics.md", """
            ---
            title: Pics
            ---
            ![Hero chart](/img/chart.png)

            Text with an inline ![second chart](../img/chart.png) and ![a remote one](https://images.example.com/x.png).

            ![Last chart](/img/chart.png){loading=eager}
            """);
        _site.BuildOk();

        var images = _site.Html("pics/index.html").QuerySelectorAll("main img").ToList();
        Assert.Equal([null, "lazy", "lazy", "eager"], images.Select(i => i.GetAttribute("loading")));
        Assert.Equal("800", images[1].GetAttribute("width"));
        // A remote image's size is not looked up (it is not built with the site).
        Assert.Null(images[2].GetAttribute("width"));
    }

    [Fact]
    public void Image_without_alt_text_fails_the_build_at_the_image()
    {
        _site.Write("site-content/pics.md", "---\ntitle: Pics\n---\n![Chart](/img/chart.png)\n");
        _site.BuildOk();
        _site.Write("site-content/pics.md", "---\ntitle: Pics\n---\nIntro.\n\nSee the chart: ![](/img/chart.png)\n");

        var run = FailedBuild.AssertFailsWith(_site, "site-content/pics.md:6:16: error: image '/img/chart.png' has no alt text");
        Assert.Contains("{.decorative}", ReportedDiagnostic.SingleError(run).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Alt_text_of_only_spaces_or_of_a_remote_image_is_missing_too()
    {
        _site.Write("site-content/pics.md", "---\ntitle: Pics\n---\n![Chart](/img/chart.png)\n");
        _site.BuildOk();
        _site.Write("site-content/pics.md", "---\ntitle: Pics\n---\n![ ](/img/chart.png)\n\n![](https://images.example.com/x.png)\n");

        var run = FailedBuild.AssertFailsWith(_site, "site-content/pics.md:4:1: error: image '/img/chart.png' has no alt text",
            "site-content/pics.md:6:1: error: image 'https://images.example.com/x.png' has no alt text");
        Assert.Equal(2, ReportedDiagnostic.Parse(run.Stderr).Count(d => d.Kind == "error"));
    }

    [Fact]
    public void A_decorative_image_gets_an_empty_alt_and_no_class()
    {
        _site.Write("site-content/pics.md", "---\ntitle: Pics\n---\nAbove.\n\n![](/img/rule.gif){.decorative}\n\nBelow.\n");
        var run = _site.BuildOk();

        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
        var img = _site.Html("pics/index.html").QuerySelector("main img")!;
        Assert.Equal("", img.GetAttribute("alt"));
        Assert.False(img.HasAttribute("class"));
        Assert.Equal(("600", "2"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public void A_decorative_image_with_alt_text_drops_the_text_with_a_warning()
    {
        _site.Write("site-content/pics.md", "---\ntitle: Pics\n---\n![A line](/img/rule.gif){.decorative .wide}\n");
        var run = _site.BuildOk();

        var warning = Assert.Single(ReportedDiagnostic.Parse(run.Stderr), d => d.Kind == "warning");
        Assert.Equal((4, 1), (warning.Line, warning.Column));
        var img = _site.Html("pics/index.html").QuerySelector("main img")!;
        Assert.Equal(("", "wide"), (img.GetAttribute("alt"), img.GetAttribute("class")));
    }

    [Fact]
    public void An_image_with_a_title_alone_in_its_paragraph_becomes_a_figure_with_that_caption()
    {
        _site.Write("site-content/pics.md", """
            ---
            title: Pics
            ---
            ![Bar chart of pay by level](/img/chart.png "Pay by level, & what moves it")

            Inline, the title stays a title: ![chart](/img/chart.png "A tooltip") here.
            """);
        _site.BuildOk();

        var html = _site.Html("pics/index.html");
        var figure = Assert.Single(html.QuerySelectorAll("main figure"));
        var img = figure.QuerySelector("img")!;
        Assert.Equal("Bar chart of pay by level", img.GetAttribute("alt"));
        Assert.False(img.HasAttribute("title"));
        Assert.Equal(("800", "400"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("Pay by level, & what moves it", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Null(figure.Closest("p"));
        var inline = html.QuerySelector("main p img")!;
        Assert.Equal("A tooltip", inline.GetAttribute("title"));
        Assert.Null(inline.Closest("figure"));
    }
}
