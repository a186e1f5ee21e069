using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Images;

/// <summary>serve writes an image's new size on the pages that show it when the image file is replaced, and re-renders
/// no other page.</summary>
public sealed class ImageServeTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly IncrementalBuilder _builder;

    public ImageServeTests()
    {
        _site.WriteBytes("site-content/static/img/chart.png", ImageBytes.Png(800, 400))
            .Write("site-content/pics.md", "---\ntitle: Pics\n---\n![A chart](/img/chart.png)\n")
            .Write("site-content/plain.md", "---\ntitle: Plain\n---\nNo images.\n");
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        _builder = new IncrementalBuilder(options) { BaseUrl = "http://127.0.0.1:9/" };
        var (first, _) = _builder.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Contains("width=\"800\"", Page(first, "pics/index.html"), StringComparison.Ordinal);
    }

    public void Dispose() => _site.Dispose();

    private static string Page(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes!);

    [Fact]
    public void Replacing_an_image_writes_its_new_size_on_the_pages_that_show_it()
    {
        var image = Path.Combine(_site.Root, "site-content/static/img/chart.png");
        _site.WriteBytes("site-content/static/img/chart.png", ImageBytes.Png(320, 240));
        File.SetLastWriteTimeUtc(image, DateTime.UtcNow.AddSeconds(Random.Shared.Next(1, 1000)));

        var (result, rendered) = _builder.Build(FileChanges.Of([image]));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, rendered);
        var page = Page(result, "pics/index.html");
        Assert.Contains("width=\"320\"", page, StringComparison.Ordinal);
        Assert.Contains("height=\"240\"", page, StringComparison.Ordinal);
    }
}
