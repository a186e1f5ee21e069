using System.Text;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>What one query downloads is bounded (issue 11's first-query budget): a word keeps at most
/// <see cref="SearchIndex.MaxPostings"/> postings, one a page once it has more, and the result still lands on the
/// right page and heading. The reader decodes the delta-encoded pages of format v2 and checks the bound on every word.</summary>
public sealed class SearchIndexLimitTests : IDisposable
{
    private readonly TestSite _site = SearchSite.Create("search: {}\n");

    public SearchIndexLimitTests()
    {
        // 4,000 sections without the tests' words: the words then hold under half the index's sections, so their scores
        // differ (a word in almost every section has an idf near 0 and scores 1 everywhere).
        var filler = new StringBuilder("---\ntitle: Filler\n---\nIntro.\n");
        for (var i = 0; i < 4000; i++)
        {
            filler.Append($"\n## Filler {i}\n\nfiller text\n");
        }
        _site.Write("site-content/docs/filler.md", filler.ToString());
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_word_in_more_sections_than_the_limit_keeps_one_posting_a_page_on_its_best_heading()
    {
        var text = new StringBuilder("---\ntitle: Many sections\n---\nIntro.\n");
        for (var i = 0; i < SearchIndex.MaxPostings + 10; i++)
        {
            text.Append(i == 1234 ? $"\n## Omnipresentword guide {i}\n\nomnipresentword\n" : $"\n## Part {i}\n\nomnipresentword text\n");
        }
        _site.Write("site-content/docs/many.md", text.ToString())
            .Write("site-content/docs/few.md", "---\ntitle: Few\n---\nomnipresentword once.\n\n## Again\n\nomnipresentword twice.\n");
        _site.BuildOk();

        var index = SearchIndexReader.ForFolder(_site.Output);
        var postings = index.PostingsOf("omnipresentword");
        Assert.Equal(2, postings.Length / 3);
        var hits = index.Search("omnipresentword");
        var many = Assert.Single(hits, h => h.Url == "/docs/many/");
        Assert.Equal("omnipresentword-guide-1234", many.Anchor);
        Assert.Contains(hits, h => h.Url == "/docs/few/");
    }

    [Fact]
    public void A_word_on_more_pages_than_the_limit_keeps_its_best_pages_in_a_chunk_of_its_own()
    {
        for (var i = 0; i <= SearchIndex.MaxPostings; i++)
        {
            _site.Write($"site-content/docs/p{i}.md", i == 2500
                ? "---\ntitle: Everywhereword\n---\neverywhereword in the title and here.\n"
                : $"---\ntitle: Page {i}\n---\nSome everywhereword text on page {i}, with other words around it.\n");
        }
        _site.BuildOk();

        var index = SearchIndexReader.ForFolder(_site.Output);
        Assert.Equal(SearchIndex.MaxPostings, index.PostingsOf("everywhereword").Length / 3);
        Assert.Equal("/docs/p2500/", index.Search("everywhereword")[0].Url);
        Assert.Contains(("everywhereword", "everywhereword"), index.Meta.Chunks);
    }
}
