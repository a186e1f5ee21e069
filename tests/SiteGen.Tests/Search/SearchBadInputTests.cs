using System.Text;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>Bad input for search (issue 11): unusual pages are indexed without error and findable; wrong `search:`
/// values are errors at their position that leave the last output as it was.</summary>
public sealed class SearchBadInputTests : IDisposable
{
    private readonly TestSite _site = SearchSite.Create("search: {}\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_page_with_a_megabyte_of_text_is_indexed_and_findable()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 1024 * 1024; i++)
        {
            text.Append("filler").Append(i % 5000).Append(i % 40 == 0 ? "\n\n" : " ");
        }
        text.Append("\n\nneedleatthe end.\n");
        _site.Write("site-content/docs/huge.md", "---\ntitle: Huge\n---\n" + text);
        _site.BuildOk();
        var index = SearchIndexReader.ForFolder(_site.Output);
        var hit = Assert.Single(index.Search("needleatthe"));
        Assert.Equal("/docs/huge/", hit.Url);
        Assert.Equal("/docs/huge/", Assert.Single(index.Search("filler4999")).Url);
        // The box takes the excerpt from the page itself, so the word at the very end is there to show.
        Assert.EndsWith(" needleatthe end.", index.Page(hit.Page).Sections[0].Text, StringComparison.Ordinal);
        var files = Directory.GetFiles(Path.Combine(_site.Output, "search-index"), "*", SearchOption.AllDirectories);
        var big = files.Where(f => new FileInfo(f).Length > SearchIndex.MaxChunkBytes).ToList();
        Assert.True(big.Count == 0, $"files over {SearchIndex.MaxChunkBytes} bytes in search-index/: {string.Join(", ", big)}");
    }

    [Fact]
    public void A_page_of_only_symbols_is_indexed_by_its_title()
    {
        _site.Write("site-content/docs/symbols.md", "---\ntitle: Symbolpage\n---\n!@#$%^&*()_+-=[]{}|;':\",./<>? → ← ✓ ★ 🚀 © ™ … — –\n\n| --- | *** |\n");
        _site.BuildOk();
        var index = SearchIndexReader.ForFolder(_site.Output);
        Assert.Equal("/docs/symbols/", index.Search("symbolpage")[0].Url);
    }

    [Theory]
    [InlineData("korean", "백엔드 개발자 연봉 정보", "개발자")]
    [InlineData("arabic", "مطور الواجهة الخلفية والرواتب", "الخلفية")]
    [InlineData("chinese", "后端开发工程师的薪资", "开发")]
    [InlineData("chinese-one-char", "后端开发工程师的薪资", "薪")]
    [InlineData("japanese", "バックエンド開発者の給料", "エンド")]
    public void Text_in_other_scripts_is_indexed_and_findable(string name, string body, string query)
    {
        _site.Write($"site-content/docs/{name}.md", $"---\ntitle: Page {name}\n---\n{body}\n");
        _site.BuildOk();
        var index = SearchIndexReader.ForFolder(_site.Output);
        Assert.Equal($"/docs/{name}/", Assert.Single(index.Search(query)).Url);
    }

    [Theory]
    [InlineData("search:\n  results: 0\n", "site.yml:4:12: error: 'search.results' must be between 1 and 50")]
    [InlineData("search:\n  result: 5\n", "site.yml:4:3: error: unknown search key 'result'; did you mean 'results'?")]
    [InlineData("search: maybe\n", "site.yml:3:9: error: 'search' must be true or false, not 'maybe'")]
    [InlineData("search: [a]\n", "site.yml:3:9: error: 'search' must be true, false or a mapping")]
    [InlineData("search:\n  sections: [roles/a]\n", "error: 'search.sections' entry 'roles/a' must be a top-level section name")]
    [InlineData("search:\n  exclude: [about/]\n", "error: 'search.exclude' entry 'about/' must be a URL path from the site root")]
    [InlineData("search:\n  enabled: sometimes\n", "site.yml:4:12: error: 'search.enabled' must be true or false")]
    public void Wrong_search_options_are_errors_at_their_position(string options, string expected)
    {
        _site.BuildOk();
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\n" + options);
        FailedBuild.AssertFailsWith(_site, expected);
    }

    [Fact]
    public void A_wrong_search_value_in_front_matter_is_an_error_at_its_position()
    {
        _site.BuildOk();
        _site.Write("site-content/docs/other.md", "---\ntitle: Other\nsearch: no-thanks\n---\nText.\n");
        FailedBuild.AssertFailsWith(_site, "site-content/docs/other.md:3:9: error: 'search' must be true or false, not 'no-thanks'");
    }

    [Fact]
    public void A_static_file_inside_search_index_is_an_error_naming_it()
    {
        _site.BuildOk();
        _site.Write("site-content/static/search-index/meta.json", "{}");
        FailedBuild.AssertFailsWith(_site, "the static file", "search-index/meta.json, inside search-index/, which the search index fills");
    }

    [Fact]
    public void Without_search_there_is_no_index_and_templates_see_it_off()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nsearch: false\n");
        _site.BuildOk();
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "search-index")));
        Assert.Null(_site.Html("docs/zebra/index.html").QuerySelector("form[role=search]"));
    }

    [Fact]
    public void Under_a_base_path_index_urls_and_template_urls_carry_it()
    {
        _site.BuildOk("--base-url", "https://example.org/guide/");
        var index = SearchIndexReader.ForFolder(_site.Output, "/guide/");
        Assert.Equal("/guide/docs/zebra/#quokkafication-steps", Assert.Single(index.Search("quokkafication")).Link);
        var html = _site.Html("docs/zebra/index.html");
        Assert.Equal("/guide/search-index/", html.QuerySelector("form[role=search]")!.GetAttribute("data-search-index"));
        Assert.Equal("/guide/search-index/search.js", html.QuerySelector("script[src]")!.GetAttribute("src"));
    }
}
