using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>In serve, editing the `# Title` line of a page without front matter changes its title everywhere it is
/// shown (the heading is what such a page says about itself, so it is not a body-only edit).</summary>
public sealed class HeadingTitleServeTests : IDisposable
{
    private readonly TestSite _site = ServeSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Editing_the_title_heading_updates_the_title_like_a_clean_build()
    {
        _site.Write("site-content/plain.md", "# First title\n\nBody.\n");
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        var builder = new IncrementalBuilder(options) { BaseUrl = "http://127.0.0.1:9/" };
        Assert.True(builder.Build().Result.Succeeded);

        var file = Path.Combine(_site.Root, "site-content/plain.md");
        _site.Write("site-content/plain.md", "# Second title\n\nBody.\n");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(5));
        var (result, _) = builder.Build(FileChanges.Of([file]));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var served = result.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes ?? File.ReadAllBytes(f.CopyFrom!)));
        Assert.Contains("Second title", served["plain/index.html"], StringComparison.Ordinal);
        Assert.DoesNotContain("First title", string.Concat(served.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Value)), StringComparison.Ordinal);
    }
}
