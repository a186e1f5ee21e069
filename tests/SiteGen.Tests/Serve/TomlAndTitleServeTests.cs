using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>In serve, a page with TOML front matter rebuilds like a clean build when its front matter or body changes,
/// and a title taken from the first heading (front matter without `title`) changes everywhere when the heading does.</summary>
public sealed class TomlAndTitleServeTests : IDisposable
{
    private readonly TestSite _site = ServeSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Editing_toml_front_matter_and_body_updates_the_page()
    {
        _site.Write("site-content/notes/toml.md", "+++\ntitle = \"First title\"\nweight = 9\n+++\nFirst body.\n");
        var builder = Builder();
        Assert.True(builder.Build().Result.Succeeded);

        var served = Rebuild(builder, "site-content/notes/toml.md", "+++\ntitle = \"Second title\"\nweight = 9\n+++\nFirst body.\n");
        Assert.Contains("<h1>Second title</h1>", served["notes/toml/index.html"], StringComparison.Ordinal);
        Assert.Contains("Second title", served["notes/index.html"], StringComparison.Ordinal);

        served = Rebuild(builder, "site-content/notes/toml.md", "+++\ntitle = \"Second title\"\nweight = 9\n+++\nSecond body.\n");
        Assert.Contains("Second body.", served["notes/toml/index.html"], StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_the_heading_of_front_matter_without_title_updates_the_title()
    {
        _site.Write("site-content/notes/untitled.md", "---\nweight: 9\n---\n# First title\n\nBody.\n");
        var builder = Builder();
        Assert.True(builder.Build().Result.Succeeded);

        var served = Rebuild(builder, "site-content/notes/untitled.md", "---\nweight: 9\n---\n# Second title\n\nBody.\n");
        Assert.Contains("<h1>Second title</h1>", served["notes/untitled/index.html"], StringComparison.Ordinal);
        Assert.Contains("Second title", served["notes/index.html"], StringComparison.Ordinal);
        Assert.DoesNotContain("First title", string.Concat(served.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Value)), StringComparison.Ordinal);
    }

    private IncrementalBuilder Builder()
    {
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        return new IncrementalBuilder(options) { BaseUrl = "http://127.0.0.1:9/" };
    }

    private Dictionary<string, string> Rebuild(IncrementalBuilder builder, string relativePath, string text)
    {
        var file = Path.Combine(_site.Root, relativePath);
        var stamp = File.GetLastWriteTimeUtc(file);
        _site.Write(relativePath, text);
        File.SetLastWriteTimeUtc(file, stamp.AddSeconds(5));
        var (result, _) = builder.Build(FileChanges.Of([file]));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Files.ToDictionary(f => f.Path, f => System.Text.Encoding.UTF8.GetString(f.Bytes ?? File.ReadAllBytes(f.CopyFrom!)));
    }
}
