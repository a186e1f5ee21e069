using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>serve keeps the index current: an edit re-renders (and re-extracts) only the pages it affects, and the
/// served index equals a clean build's, byte for byte.</summary>
public sealed class SearchServeTests : IDisposable
{
    private const string BaseUrl = "http://127.0.0.1:9/";
    private readonly TestSite _site = SearchSite.Create();
    private readonly IncrementalBuilder _builder;

    public SearchServeTests()
    {
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        _builder = new IncrementalBuilder(options) { BaseUrl = BaseUrl };
        Assert.True(_builder.Build().Result.Succeeded);
    }

    public void Dispose() => _site.Dispose();

    private (BuildResult Result, int Rendered) Edit(string path, string text)
    {
        _site.Write(path, text);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, path), DateTime.UtcNow.AddSeconds(Random.Shared.Next(1, 1000)));
        var build = _builder.Build(FileChanges.Of([Path.Combine(_site.Root, path)]));
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        return build;
    }

    private static SearchIndexReader Served(BuildResult result)
    {
        var files = result.Files.Where(f => f.Path.StartsWith("search-index/", StringComparison.Ordinal))
            .ToDictionary(f => f.Path["search-index/".Length..], f => f.Bytes!);
        return new SearchIndexReader(path => files.GetValueOrDefault(path));
    }

    private void AssertIndexEqualsCleanBuild(BuildResult served)
    {
        _site.BuildOk("--base-url", BaseUrl, "--drafts");
        var built = _site.Snapshot().Where(f => f.Key.StartsWith("search-index/", StringComparison.Ordinal)).ToDictionary();
        var inMemory = served.Files.Where(f => f.Path.StartsWith("search-index/", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes!);
        Assert.Equal(built.Keys.Order(StringComparer.Ordinal), inMemory.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in built)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(inMemory[path]), path + " differs from a clean build");
        }
    }

    [Fact]
    public void Editing_a_page_body_updates_the_served_index()
    {
        var (result, rendered) = Edit("site-content/docs/other.md", "---\ntitle: Other page\n---\nNow about wombatification instead.\n");
        Assert.Equal(1, rendered);
        var index = Served(result);
        Assert.Equal("/docs/other/", Assert.Single(index.Search("wombatification")).Url);
        Assert.Equal("/docs/zebra/", Assert.Single(index.Search("kubernetes")).Url);
        AssertIndexEqualsCleanBuild(result);
    }

    [Fact]
    public void Adding_a_page_and_opting_one_out_renumber_the_served_index()
    {
        Edit("site-content/docs/new.md", "---\ntitle: New page\n---\nplatypusword here.\n");
        var (result, _) = Edit("site-content/docs/other.md", "---\ntitle: Other page\nsearch: false\n---\nAlso about Kubernetes, briefly.\n");
        var index = Served(result);
        Assert.Equal("/docs/new/", Assert.Single(index.Search("platypusword")).Url);
        Assert.Equal("/docs/zebra/", Assert.Single(index.Search("kubernetes")).Url);
        AssertIndexEqualsCleanBuild(result);
    }
}
