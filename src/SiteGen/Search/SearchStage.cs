using SiteGen.Config;
using SiteGen.Html;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// Stage 6 (after the link check): the search index under <c>search-index/</c>, merged from the entries the rendering
/// workers made (<see cref="PageSearchEntry"/>), plus the box's script and styles. Nothing when <c>search:</c> is off.
/// </summary>
public static class SearchStage
{
    public static List<OutputFile> Run(SiteConfig config, IReadOnlyList<RenderedPage> rendered)
    {
        if (!config.Search.Enabled)
        {
            return [];
        }
        var entries = new List<PageSearchEntry>(rendered.Count);
        foreach (var page in rendered)
        {
            // The scope is asked again: serve may reuse a page rendered before its front matter changed.
            if (page.Search is { } entry && SearchScope.Indexes(config.Search, page.Page))
            {
                entries.Add(entry);
            }
        }
        var files = SearchIndexBuilder.Build(entries, config.Search.Results);
        files.AddRange(SearchIndexFiles.Ui());
        return files;
    }
}
