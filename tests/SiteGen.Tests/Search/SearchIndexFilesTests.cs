using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>Index format v3 writes a handful of files, not one per page: meta.json, the word chunks, one URL file per
/// 32 pages, search.js and search.css. A result's excerpt comes from the page itself (no p/ fragment files).</summary>
public sealed class SearchIndexFilesTests : IDisposable
{
    private readonly TestSite _site = SearchSite.Create("search: {}\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_300_page_site_gets_a_few_index_files_and_no_fragment_folder()
    {
        for (var i = 0; i < 300; i++)
        {
            _site.Write($"site-content/docs/page{i:D3}.md", $"---\ntitle: Page {i}\n---\nText of page {i} about wombat{i}.\n\n## Part two\n\nMore words.\n");
        }
        _site.BuildOk();

        var folder = Path.Combine(_site.Output, "search-index");
        Assert.False(Directory.Exists(Path.Combine(folder, "p")), "search-index/p/ should not exist: format v3 has no fragment files");
        var index = SearchIndexReader.ForFolder(_site.Output);
        Assert.InRange(index.Meta.Pages, 300, 310);
        var urlFiles = (index.Meta.Pages + SearchIndex.PagesPerUrlFile - 1) / SearchIndex.PagesPerUrlFile;
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(index.Meta.Chunks.Length + urlFiles + 3, files.Count);
        Assert.True(files.Count < 20, $"{files.Count} files under search-index/: {string.Join(", ", files)}");
        Assert.Equal(Enumerable.Range(0, urlFiles).Select(k => $"u/{k}.json").Order(StringComparer.Ordinal), files.Where(f => f.StartsWith("u/", StringComparison.Ordinal)));

        // Every page listed is reachable: page 250 is entry 250 % 32 of u/7.json, and its result links its own page.
        var hit = Assert.Single(index.Search("wombat250"));
        Assert.Equal("/docs/page250/", hit.Url);
        Assert.Equal("/docs/page250/", index.Pages[hit.Page].Url);
        Assert.Equal("Page 250", hit.Title);
    }
}
