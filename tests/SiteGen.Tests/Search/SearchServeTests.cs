using System.Net;
using SiteGen.Serve;
using SiteGen.Tests.Serve;
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

    /// <summary>Every file serve serves under search-index/, by path: the script and styles it keeps, and meta.json,
    /// the word chunks and the URL files, merged now.</summary>
    private static Dictionary<string, byte[]> SearchFiles(BuildResult result)
    {
        var site = ServedSite.From(1, result, null, File.ReadAllBytes);
        var paths = site.Files.Keys.Concat(site.SearchIndex!.Value.Keys).Where(p => p.StartsWith("search-index/", StringComparison.Ordinal));
        return paths.ToDictionary(p => p, p => site.File(p)!);
    }

    /// <summary>The index as serve serves it, pages included (a result's sections come from the served page).</summary>
    private static SearchIndexReader Served(BuildResult result) => new(ServedSite.From(1, result, null, File.ReadAllBytes).File);

    private Dictionary<string, byte[]> CleanBuild(string baseUrl)
    {
        _site.BuildOk("--base-url", baseUrl, "--drafts");
        return _site.Snapshot().Where(f => f.Key.StartsWith("search-index/", StringComparison.Ordinal)).ToDictionary();
    }

    private void AssertIndexEqualsCleanBuild(BuildResult served)
    {
        var built = CleanBuild(BaseUrl);
        var inMemory = SearchFiles(served);
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

    [Fact]
    public void A_rebuild_leaves_the_merged_index_to_the_first_request()
    {
        var (result, _) = Edit("site-content/docs/other.md", "---\ntitle: Other page\n---\nNow about wombatification instead.\n");
        Assert.DoesNotContain(result.Files, f => f.Path is "search-index/meta.json" or "search-index/w/0.json");
        Assert.False(result.SearchIndex!.IsValueCreated);
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("search-index/u/", StringComparison.Ordinal) || f.Path.StartsWith("search-index/p/", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.Path == "search-index/search.js");
    }

    [Fact]
    public async Task After_an_edit_the_first_requests_for_the_index_serve_the_new_one()
    {
        await using var serve = await RunningServe.StartAsync(_site);
        var token = TestContext.Current.CancellationToken;
        async Task<byte[]?> Get(string path)
        {
            using var response = await serve.Http.GetAsync("/search-index/" + path, token);
            return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsByteArrayAsync(token) : null;
        }
        Assert.NotNull(await Get("meta.json"));

        // Once the page shows the edit, the site served is the edited one, and nobody has asked for its index yet.
        await serve.EditAndWaitFor("site-content/docs/other.md", "---\ntitle: Other page\n---\nNow about wombatification instead.\n",
            "/docs/other/", (status, body) => status == HttpStatusCode.OK && body.Contains("wombatification", StringComparison.Ordinal), "the edited page");
        var first = await Task.WhenAll(Get("meta.json"), Get("meta.json"), Get("w/0.json"), Get("w/0.json"));

        var built = CleanBuild(serve.Server.Address.ToString());
        Assert.All(first[..2], bytes => Assert.Equal(built["search-index/meta.json"], bytes));
        Assert.All(first[2..], bytes => Assert.Equal(built["search-index/w/0.json"], bytes));
        var served = new Dictionary<string, byte[]?>();
        foreach (var path in built.Keys)
        {
            served[path] = await Get(path["search-index/".Length..]);
            Assert.True(built[path].AsSpan().SequenceEqual(served[path]), path + " differs from a clean build");
        }
        // The pages too, as served: the reader checks each listed page exists and takes a hit's sections from it.
        foreach (var page in _site.Snapshot().Keys.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)))
        {
            using var response = await serve.Http.GetAsync("/" + page[..^"index.html".Length], token);
            served[page] = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsByteArrayAsync(token) : null;
        }
        var index = new SearchIndexReader(served.GetValueOrDefault);
        Assert.Equal("/docs/other/", Assert.Single(index.Search("wombatification")).Url);
    }
}
