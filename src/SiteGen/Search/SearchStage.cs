using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Html;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// Stage 6 (after the link check): the search index under <c>search-index/</c>. The rendering workers took each page's
/// text (<see cref="Indexer"/>); this stage merges and writes meta.json, the word chunks and the box's script and styles.
/// Nothing when <c>search:</c> is off.
/// </summary>
public static class SearchStage
{
    /// <summary>
    /// What a rendering worker does for search with a page it just rendered. A build adds the page's words to the index
    /// at once and writes its fragment to the staging folder, so no page's search data outlives its rendering; serve
    /// keeps each page's <see cref="PageSearchEntry"/> with the rendered page in its cache instead, and merges them all in
    /// <see cref="Run"/>, so an edit re-tokenises only the pages it re-rendered. <c>check</c> does no search work.
    /// </summary>
    public sealed class Indexer(SiteConfig config, SearchIndex? index, OutputStaging? staging)
    {
        public SearchIndex? Index => index;

        /// <returns>The entry to keep with the rendered page (serve), or null.</returns>
        public PageSearchEntry? Take(Page page, ReadOnlySpan<char> html)
        {
            if (!SearchScope.Indexes(config.Search, page))
            {
                return null;
            }
            var text = SearchText.Extract(page, html);
            if (index is null)
            {
                return PageSearchEntry.Make(page, config.BasePath + page.Path, text, keepFragment: true, out _);
            }
            if (index.NumberOf(page) is not { } number)
            {
                return null;
            }
            var fragment = PageSearchEntry.AddTo(index, number, page, config.BasePath + page.Path, text);
            staging?.Write(SearchIndex.FragmentPath(number), fragment);
            return null;
        }
    }

    /// <summary>The indexer for a build: <paramref name="keep"/> (serve) keeps entries with the pages.</summary>
    public static Indexer? Start(SiteConfig config, IReadOnlyList<Page> pages, OutputStaging? staging, bool keep)
    {
        if (!config.Search.Enabled || (staging is null && !keep))
        {
            return null;
        }
        if (keep)
        {
            return new Indexer(config, null, null);
        }
        var index = new SearchIndex(pages.Where(p => SearchScope.Indexes(config.Search, p)));
        staging!.CreateFolders([SearchIndex.FragmentPath(0)]);
        return new Indexer(config, index, staging);
    }

    /// <summary>Merges (serve) and writes the index: a build writes meta.json, the chunks, script and styles straight to
    /// its staging folder as they are made; serve gets every file, fragments included, in <see cref="Result.Files"/>.</summary>
    public static Result Run(SiteConfig config, Indexer? indexer, IReadOnlyList<RenderedPage> rendered, OutputStaging? staging)
    {
        if (indexer is null)
        {
            return new Result([], 0);
        }
        var files = new List<OutputFile>();
        var written = 0;
        SearchIndex.FileWriter write = staging is null
            ? (path, bytes) => files.Add(new OutputFile(path, bytes.ToArray(), null))
            : (path, bytes) =>
            {
                staging.Write(path, bytes);
                written++;
            };
        var index = indexer.Index;
        if (index is null)
        {
            // serve: number the pages that have an entry now (the scope is asked again: a cached page may predate an edit).
            var kept = rendered.Where(r => r.Search is not null && SearchScope.Indexes(config.Search, r.Page))
                .OrderBy(r => r.Page.Path, StringComparer.Ordinal).ToList();
            index = new SearchIndex(kept.Select(r => r.Page));
            for (var i = 0; i < index.PageCount; i++)
            {
                index.Add(i, kept[i].Search!);
                files.Add(new OutputFile(SearchIndex.FragmentPath(i), kept[i].Search!.Fragment, null));
            }
        }
        else
        {
            written += index.PageCount;
        }
        index.WriteFiles(config.Search.Results, write);
        foreach (var file in SearchIndexFiles.Ui())
        {
            write(file.Path, file.Bytes);
        }
        return new Result(files, written);
    }

    /// <param name="Files">files still to write or serve.</param>
    /// <param name="Written">files already written to the staging folder (a build's fragments, chunks, ...).</param>
    public sealed record Result(List<OutputFile> Files, int Written);
}
