using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Html;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// Stage 6 (after the link check): the search index under <c>search-index/</c>. The rendering workers took each page's
/// text (<see cref="Indexer"/>); this stage merges and writes meta.json, the word chunks and the box's script and styles
/// (serve: merges them on the first request for one).
/// Nothing when <c>search:</c> is off.
/// </summary>
public static class SearchStage
{
    /// <summary>
    /// What a rendering worker does for search with a page it just rendered. A build adds the page's words to the index
    /// at once, so no page's search data outlives its rendering; serve
    /// keeps each page's <see cref="PageSearchEntry"/> with the rendered page in its cache instead, and merges them all
    /// when the index is first asked for (<see cref="Run"/>), so an edit re-tokenises only the pages it re-rendered.
    /// <c>check</c> does no search work.
    /// </summary>
    public sealed class Indexer(SiteConfig config, SearchIndex? index)
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
                return PageSearchEntry.Make(page, text);
            }
            if (index.NumberOf(page) is { } number)
            {
                index.Add(number, page.Title, text);
            }
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
            return new Indexer(config, null);
        }
        var index = new SearchIndex(pages.Where(p => SearchScope.Indexes(config.Search, p)), config.BasePath);
        staging!.CreateFolders([SearchIndex.Folder + "w/", SearchIndex.Folder + "u/"]);
        return new Indexer(config, index);
    }

    /// <summary>Writes the index: a build writes meta.json, the word chunks, the URL files, script and styles straight to
    /// its staging folder as they are made. Serve gets the script and styles in <see cref="Result.Files"/> and meta.json,
    /// the chunks and the URL files in <see cref="Result.Merged"/>, merged on first use: every score depends on site-wide counts, so one edit
    /// changes every chunk, and merging them all (0.5–1 s at 10,000 pages) waits until a reader searches.</summary>
    public static Result Run(SiteConfig config, Indexer? indexer, IReadOnlyList<RenderedPage> rendered, OutputStaging? staging)
    {
        if (indexer is null)
        {
            return new Result([], 0);
        }
        if (indexer.Index is not { } index)
        {
            return Serve(config, rendered);
        }
        var written = 0;
        void Write(string path, ReadOnlySpan<byte> bytes)
        {
            staging!.Write(path, bytes);
            Interlocked.Increment(ref written);
        }
        index.WriteFiles(config.Search.Results, Write);
        foreach (var file in SearchIndexFiles.Ui())
        {
            Write(file.Path, file.Bytes);
        }
        return new Result([], written);
    }

    private static Result Serve(SiteConfig config, IReadOnlyList<RenderedPage> rendered)
    {
        // Number the pages that have an entry now (the scope is asked again: a cached page may predate an edit).
        var kept = rendered.Where(r => r.Search is not null && SearchScope.Indexes(config.Search, r.Page))
            .OrderBy(r => r.Page.Path, StringComparer.Ordinal).ToList();
        var index = new SearchIndex(kept.Select(r => r.Page), config.BasePath);
        var entries = kept.Take(index.PageCount).Select(r => r.Search!).ToArray();
        var files = SearchIndexFiles.Ui().ToList();
        var results = config.Search.Results;
        var merge = new Lazy<IReadOnlyDictionary<string, byte[]>>(() =>
        {
            for (var i = 0; i < entries.Length; i++)
            {
                index.Add(i, entries[i]);
            }
            var merged = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            index.WriteFiles(results, (path, bytes) =>
            {
                var copy = bytes.ToArray();
                lock (merged)
                {
                    merged.Add(path, copy);
                }
            });
            return merged;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        return new Result(files, 0, merge);
    }

    /// <param name="Files">files still to write or serve.</param>
    /// <param name="Written">files already written to the staging folder (a build's chunks, URL files, script and styles).</param>
    /// <param name="Merged">serve: meta.json and the word chunks by path, merged on first use, once (concurrent callers
    /// wait for the same merge).</param>
    public sealed record Result(List<OutputFile> Files, int Written, Lazy<IReadOnlyDictionary<string, byte[]>>? Merged = null);
}
