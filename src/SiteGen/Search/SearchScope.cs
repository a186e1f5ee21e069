using SiteGen.Config;
using SiteGen.Content;

namespace SiteGen.Search;

/// <summary>Which pages the search index holds: with <c>search:</c> on, every HTML page except the 404 page, drafts
/// (serve renders them), pages with <c>search: false</c>, and pages that <c>search.sections</c> or
/// <c>search.exclude</c> leave out.</summary>
public static class SearchScope
{
    public const string NotFoundPath = "/404.html";

    public static bool Indexes(SearchConfig search, Page page) =>
        search.Enabled
        && !page.FrontMatter.Draft
        && page.FrontMatter.InSearch
        && page.Path != NotFoundPath
        && page.OutputFile.EndsWith(".html", StringComparison.Ordinal)
        && !search.LeavesOut(page.Path, page.Section);
}
