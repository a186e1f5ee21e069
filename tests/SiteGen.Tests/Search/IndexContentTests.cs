using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>What the index of a built site finds (issue 11, "Index content"), queried as search.js does.</summary>
public sealed class IndexContentTests : IDisposable
{
    private readonly TestSite _site = SearchSite.Create();
    private readonly SearchIndexReader _index;

    public IndexContentTests()
    {
        _site.BuildOk("--drafts");
        _index = SearchIndexReader.ForFolder(_site.Output);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_word_only_in_the_title_finds_the_page()
    {
        // The docs list links to the page by its title, so it matches too, below the page itself.
        var hits = _index.Search("zebracorn");
        Assert.Equal(("/docs/zebra/", "Zebracorn Handbook", ""), (hits[0].Url, hits[0].Title, hits[0].Anchor));
        Assert.Equal(["/docs/zebra/", "/docs/"], hits.Select(h => h.Url));
    }

    [Fact]
    public void A_word_only_in_a_heading_links_to_the_heading()
    {
        var hit = Assert.Single(_index.Search("Quokkafication"));
        Assert.Equal("/docs/zebra/#quokkafication-steps", hit.Link);
        Assert.Equal("Quokkafication steps", hit.Heading);
        Assert.NotNull(_site.Html("docs/zebra/index.html").GetElementById("quokkafication-steps"));
    }

    [Fact]
    public void Words_in_a_table_cell_and_in_a_code_block_are_found_in_their_section()
    {
        Assert.Equal("/docs/zebra/#quokkafication-steps", Assert.Single(_index.Search("tablecellword")).Link);
        Assert.Equal("/docs/zebra/#quokkafication-steps", Assert.Single(_index.Search("codeblockword")).Link);
        Assert.Equal("/docs/zebra/#later-part", Assert.Single(_index.Search("c++ node")).Link);
    }

    [Fact]
    public void Prefixes_case_and_diacritics_match_and_several_words_narrow()
    {
        Assert.Equal(["/docs/zebra/", "/docs/other/"], _index.Search("kube").Select(h => h.Url).Order(StringComparer.Ordinal).Reverse());
        Assert.Equal("/docs/zebra/", Assert.Single(_index.Search("KUBERNETES cafe")).Url);
        Assert.Equal("/docs/zebra/", Assert.Single(_index.Search("Café")).Url);
        Assert.Empty(_index.Search("kubernetes zebracornx"));
    }

    [Fact]
    public void A_title_match_ranks_above_a_body_match()
    {
        _site.Write("site-content/docs/third.md", "---\ntitle: Briefly noted\n---\nNothing else.\n");
        _site.BuildOk();
        var index = SearchIndexReader.ForFolder(_site.Output);
        Assert.Equal("/docs/third/", index.Search("briefly")[0].Url);
    }

    [Theory]
    [InlineData("headerchromeword")]
    [InlineData("navchromeword")]
    [InlineData("footerchromeword")]
    [InlineData("tocnavword")]
    [InlineData("asidechromeword")]
    [InlineData("ignoredblockword")]
    [InlineData("ignorednestedword")]
    [InlineData("scriptchromeword")]
    public void Words_only_in_chrome_are_not_indexed(string word)
    {
        Assert.Empty(_index.Search(word));
        Assert.DoesNotContain(word, _index.AllWords());
    }

    [Fact]
    public void Text_after_an_ignored_image_is_indexed() => Assert.Equal(2, _index.Search("afterimageword", 50).Count);

    [Theory]
    [InlineData("notfoundword")]
    [InlineData("draftonlyword")]
    [InlineData("optoutword")]
    [InlineData("excludedword")]
    [InlineData("outofsectionword")]
    public void The_404_page_drafts_opted_out_excluded_and_out_of_section_pages_are_not_indexed(string word)
    {
        Assert.Empty(_index.Search(word));
        Assert.DoesNotContain(word, _index.AllWords());
    }

    [Fact]
    public void The_index_holds_the_home_page_and_the_docs_pages_in_url_order()
    {
        Assert.Equal(["/", "/docs/", "/docs/other/", "/docs/zebra/"], _index.Pages.Select(p => p.Url));
        Assert.Equal("Zebracorn Handbook", _index.Pages[3].Title);
        Assert.Equal(5, _index.Meta.Results);
    }

    [Fact]
    public void A_result_takes_each_section_with_its_heading_and_text_from_the_page()
    {
        var (_, title, sections) = _index.Page(_index.NumberOf("/docs/zebra/"));
        Assert.Equal("Zebracorn Handbook", title);
        Assert.Equal(["", "quokkafication-steps", "later-part"], sections.Select(s => s.Anchor));
        Assert.Equal("Zebracorn Handbook", sections[0].Heading);
        Assert.Equal("Quokkafication steps", sections[1].Heading);
        Assert.StartsWith("afterimageword Intro about Kubernetes and a café, with café spelled", sections[0].Text, StringComparison.Ordinal);
        Assert.Equal("Text about C++ and node.js & more.", sections[2].Text);
    }

    [Fact]
    public void The_sections_a_result_takes_from_the_page_are_those_the_index_numbered()
    {
        // The index's section numbers come from the build's scanner (SearchText); the box counts sections on the page's
        // DOM. For every indexed page both must give the same anchors, headings and texts.
        for (var page = 0; page < _index.Meta.Pages; page++)
        {
            var (url, title, sections) = _index.Page(page);
            var html = File.ReadAllText(Path.Combine(_site.Output, _index.FileOf(url)));
            var engine = SiteGen.Search.SearchText.Extract(title, html).ToSections()
                .Select(s => new PageSection(s.Anchor, s.Heading, s.Text));
            Assert.Equal(engine, sections);
        }
    }

    [Fact]
    public void The_script_and_styles_are_the_embedded_ui_byte_for_byte()
    {
        var source = Path.Combine(RepoPaths.Root, "src", "SiteGen", "Search", "Ui");
        Assert.Equal(File.ReadAllBytes(Path.Combine(source, "search.js")), File.ReadAllBytes(Path.Combine(_site.Output, "search-index", "search.js")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(source, "search.css")), File.ReadAllBytes(Path.Combine(_site.Output, "search-index", "search.css")));
    }

    [Fact]
    public void Templates_get_the_box_pieces()
    {
        var html = _site.Html("docs/zebra/index.html");
        var form = html.QuerySelector("form[role=search]")!;
        Assert.Equal("/search-index/", form.GetAttribute("data-search-index"));
        Assert.Equal("5", form.GetAttribute("data-results"));
        Assert.Equal("/search-index/search.js", html.QuerySelector("script[src]")!.GetAttribute("src"));
        Assert.Equal("/search-index/search.css", html.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Two_builds_of_the_same_site_give_byte_identical_index_files()
    {
        var first = _site.Snapshot();
        _site.BuildOk("--drafts");
        var second = _site.Snapshot();
        Assert.Equal(first.Keys, second.Keys);
        Assert.Contains("search-index/meta.json", first.Keys);
        foreach (var (path, bytes) in first)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), path + " differs between two builds");
        }
    }
}
