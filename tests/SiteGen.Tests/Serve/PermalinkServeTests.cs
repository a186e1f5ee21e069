using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>Issue 13, item 2 in serve: adding `permalinks:` to site.yml moves the section's pages on the next rebuild,
/// they stay in their section's reading order, and a later body edit keeps the new URLs; each result equals a clean build.</summary>
public sealed class PermalinkServeTests : IDisposable
{
    private readonly TestSite _site = ServeSite.Create();
    private readonly BuildOptions _options;
    private readonly IncrementalBuilder _builder;

    public PermalinkServeTests()
    {
        _options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, true);
        _builder = new IncrementalBuilder(_options) { BaseUrl = "http://127.0.0.1:9/" };
        Assert.True(_builder.Build().Result.Succeeded);
    }

    public void Dispose() => _site.Dispose();

    private BuildResult Rebuild(string changed, string text)
    {
        _site.Write(changed, text);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, changed), DateTime.UtcNow.AddSeconds(Random.Shared.Next(1, 1000)));
        var (result, _) = _builder.Build(FileChanges.Of([Path.Combine(_site.Root, changed)]));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Html(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes ?? File.ReadAllBytes(result.Files.Single(f => f.Path == path).CopyFrom!));

    private void AssertEqualsCleanBuild(BuildResult served)
    {
        var clean = _site.Run(["build", .. _site.DefaultArgs(), "--base-url", "http://127.0.0.1:9/", "--drafts"]);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        var built = _site.Snapshot();
        Assert.Equal(built.Keys.Order(StringComparer.Ordinal), served.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in built)
        {
            Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), Html(served, path));
        }
    }

    [Fact]
    public void Adding_permalinks_moves_the_pages_and_a_body_edit_keeps_them_there()
    {
        var moved = Rebuild("site-content/site.yml",
            "title: Serve Test\nbase_url: https://example.org/\ntaxonomies: [tags]\npermalinks:\n  notes: /n/:filename/\nmenus:\n  main:\n    - { name: Notes, url: /notes/, weight: 1 }\n");
        Assert.Contains(moved.Files, f => f.Path == "n/alpha/index.html");
        Assert.DoesNotContain(moved.Files, f => f.Path == "notes/alpha/index.html");
        Assert.Contains("href=\"/n/beta/\"", Html(moved, "n/alpha/index.html"), StringComparison.Ordinal);
        Assert.Contains("href=\"/n/alpha/\"", Html(moved, "notes/index.html"), StringComparison.Ordinal);
        AssertEqualsCleanBuild(moved);

        var edited = Rebuild("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\nSecond note, edited.\n");
        Assert.Contains("Second note, edited.", Html(edited, "n/beta/index.html"), StringComparison.Ordinal);
        AssertEqualsCleanBuild(edited);
    }
}
