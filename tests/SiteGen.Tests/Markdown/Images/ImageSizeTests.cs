using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Images;

/// <summary>Every local image gets its file's width and height on &lt;img&gt;, so the page does not shift while it loads
/// (README, "Images"): PNG, GIF, JPEG, WebP and SVG are read from their headers.</summary>
public sealed class ImageSizeTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string, int, int> Files() => new()
    {
        { "a.png", Convert.ToBase64String(ImageBytes.Png(640, 480)), 640, 480 },
        { "a.gif", Convert.ToBase64String(ImageBytes.Gif(300, 200)), 300, 200 },
        { "a.jpg", Convert.ToBase64String(ImageBytes.Jpeg(1200, 800)), 1200, 800 },
        { "turned.jpg", Convert.ToBase64String(ImageBytes.Jpeg(1200, 800, orientation: 6)), 800, 1200 },
        { "upside-down.jpg", Convert.ToBase64String(ImageBytes.Jpeg(1200, 800, orientation: 3)), 1200, 800 },
        { "lossy.webp", Convert.ToBase64String(ImageBytes.WebP("VP8 ", 320, 240)), 320, 240 },
        { "lossless.webp", Convert.ToBase64String(ImageBytes.WebP("VP8L", 1000, 16000)), 1000, 16000 },
        { "extended.webp", Convert.ToBase64String(ImageBytes.WebP("VP8X", 70000, 3)), 70000, 3 },
        { "sized.svg", Svg("width=\"120px\" height=\"40\" viewBox=\"0 0 12 4\""), 120, 40 },
        { "box.svg", Svg("viewBox=\"0 0 300.4 150.6\""), 300, 151 },
        { "percent.svg", Svg("width=\"100%\" viewBox=\"0,0,64,32\""), 64, 32 },
        { "half.svg", Svg("width=\"200\" viewBox=\"0 0 100 25\""), 200, 50 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Width_and_height_come_from_the_file(string name, string base64, int width, int height)
    {
        _site.WriteBytes("site-content/static/img/" + name, Convert.FromBase64String(base64));
        _site.Write("site-content/pic.md", $"---\ntitle: Pic\n---\n![A picture](../img/{name})\n");
        var run = _site.BuildOk();

        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
        var img = _site.Html("pic/index.html").QuerySelector("main img")!;
        Assert.Equal((width.ToString(), height.ToString()), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public void A_width_given_by_the_author_wins_and_the_height_keeps_the_proportions()
    {
        _site.WriteBytes("site-content/static/img/a.png", ImageBytes.Png(640, 480));
        _site.Write("site-content/pic.md", "---\ntitle: Pic\n---\n![A picture](/img/a.png){width=320}\n");
        _site.BuildOk();

        var img = _site.Html("pic/index.html").QuerySelector("main img")!;
        Assert.Equal(("320", "240"), (img.GetAttribute("width"), img.GetAttribute("height")));
    }

    [Fact]
    public void An_unreadable_format_builds_without_a_size_and_warns_at_the_image()
    {
        _site.WriteBytes("site-content/static/img/a.avif", [0, 0, 0, 0x1C, .. "ftypavif"u8]);
        _site.Write("site-content/pic.md", "---\ntitle: Pic\n---\nSee:\n\n![A picture](/img/a.avif)\n");
        var run = _site.BuildOk();

        var warning = Assert.Single(ReportedDiagnostic.Parse(run.Stderr), d => d.Kind == "warning");
        Assert.Equal(("site-content/pic.md", 6, 1), (warning.File, warning.Line, warning.Column));
        Assert.Contains("could not read the size of '/img/a.avif'", warning.Message, StringComparison.Ordinal);
        var img = _site.Html("pic/index.html").QuerySelector("main img")!;
        Assert.False(img.HasAttribute("width") || img.HasAttribute("height"));
    }

    private static string Svg(string attributes) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" {attributes}><rect width=\"1\" height=\"1\"/></svg>"));
}
