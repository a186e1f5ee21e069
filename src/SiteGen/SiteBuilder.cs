using System.Diagnostics;
using System.Text;
using SiteGen.Aliases;
using SiteGen.Content;
using SiteGen.Derive;
using SiteGen.Feeds;
using SiteGen.Git;
using SiteGen.Hosting;
using SiteGen.Html;
using SiteGen.Markdown;
using SiteGen.Markdown.Highlighting;
using SiteGen.Output;
using SiteGen.Search;
using SiteGen.Templates;
using SiteGen.UrlGuard;

namespace SiteGen;

/// <summary>
/// The build, stage by stage: Load -> Markdown (with the git history pass beside it) -> Derive (then aliases, feeds and the URL guard) -> Templates -> Hosting (fingerprinted
/// assets, _headers, _redirects) -> Check links -> Search index; then Write (and, with --compress, the .gz and .br siblings).
/// Everything before Write happens in memory, with one exception that keeps a large site's memory flat: when the
/// build writes, each page leaves the templates stage straight into <see cref="OutputStaging"/>, a hidden folder that
/// only replaces the output folder once the whole build, link check included, has no errors.
/// Each stage collects diagnostics instead of stopping, so one build reports every error it can find.
/// </summary>
public static class SiteBuilder
{
    /// <summary>
    /// Builds and, when the build has no errors, replaces the output folder with the result. Refuses before any work
    /// an output folder that is not proven to be SiteGen's own (<paramref name="force"/> lifts only that refusal).
    /// </summary>
    public static BuildResult BuildAndWrite(BuildOptions options, bool force = false)
    {
        if (OutputFolderGuard.ProblemReplacing(options.Paths, force, clean: false) is { } problem)
        {
            return new BuildResult([], [Diagnostic.Error("--output", 0, 0, problem)], 0, 0, [], [], [], new HashSet<string>());
        }
        // The guard has proven the output folder SiteGen's own: its sitemap lists what the previous build published.
        options = options with { PublishedUrls = options.PublishedUrls ?? new(Path.Combine(options.Paths.Output, "sitemap.xml"), Strict: false) };
        using var staging = OutputStaging.Open(options.Paths.Output);
        var result = Build(options, cache: null, staging);
        if (!result.Succeeded)
        {
            return result;
        }
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(result.Files, staging.Write);
        var timings = new List<StageTiming>(result.Timings) { new("write", clock.Elapsed) };
        if (options.Compress)
        {
            clock.Restart();
            PrecompressedSiblings.Write(staging);
            timings.Add(new StageTiming("compress", clock.Elapsed));
        }
        staging.Commit();
        return result with { Timings = timings };
    }

    /// <param name="cache">what the previous build kept (serve passes one; build does not).</param>
    /// <param name="staging">where pages go as they are rendered (build); without it serve keeps their bytes in the
    /// result and check keeps nothing.</param>
    public static BuildResult Build(BuildOptions options, BuildCache? cache = null, OutputStaging? staging = null)
    {
        var paths = options.Paths;
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        IReadOnlySet<string> silenced = new HashSet<string>();
        void Lap(string stage)
        {
            timings.Add(new StageTiming(stage, clock.Elapsed));
            clock.Restart();
        }
        BuildResult Failed()
        {
            if (cache is not null)
            {
                cache.LastSucceeded = false;
            }
            return Silence(new BuildResult([], diagnostics.Sorted(), 0, 0, timings, [], [], new HashSet<string>()), silenced);
        }

        if (OutputFolderGuard.Problem(paths) is { } outputProblem)
        {
            diagnostics.Error("--output", 0, 0, outputProblem);
            return Failed();
        }
        if (LoadStage.ReadConfig(options, diagnostics, cache) is not { } config)
        {
            Lap("load");
            return Failed();
        }
        silenced = config.SilencedWarnings;
        // The one pass over git history runs on a worker from here, beside loading and Markdown; Finish waits for it.
        var gitHistory = GitStage.Start(config, paths, cache);
        var site = LoadStage.Run(options, config, diagnostics, cache);
        Lap("load");
        var highlighting = CodeHighlighting.For(site.Config.Highlight, paths.Display(paths.ConfigFile), diagnostics);
        site = MarkdownStage.Run(paths, site, diagnostics, cache, highlighting);
        Lap("markdown");
        site = GitStage.Finish(gitHistory, site, paths, diagnostics, cache);
        Lap("git");
        var derived = DeriveStage.Run(site, paths, diagnostics, cache);
        derived = AliasStage.Run(site, derived, diagnostics);
        derived = FeedStage.Run(site, derived, paths, diagnostics);
        UrlGuardStage.Run(options.PublishedUrls, paths, site, derived, diagnostics, cache);
        Lap("derive");
        staging?.CreateFolders(derived.Pages.Select(p => p.OutputFile));
        var search = SearchStage.Start(site.Config, derived.Pages, staging, keep: cache is not null);
        var finisher = new PageFinisher(new PageLinkScanner(site.Config.BaseUrl, site.Config.BasePath), staging, keepBytes: cache is not null, search);
        var fingerprints = AssetFingerprints.For(site, cache?.Fingerprints);
        var rendered = TemplateStage.Run(site, derived, paths, finisher.Finish, diagnostics, cache, fingerprints);
        Lap("templates");
        var otherFiles = site.StaticFiles.Select(f => f.OutputPath).Concat(derived.ExtraFiles.Select(f => f.Path))
            .Concat(SearchIndexFiles.Linkable(site.Config)).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<OutputFile> hostFiles = diagnostics.HasErrors ? [] : HostingStage.Run(site, derived, fingerprints, otherFiles, options.Compress, paths, diagnostics);
        Lap("hosting");
        IReadOnlyList<ExternalLink> externalLinks = [];
        if (!diagnostics.HasErrors)
        {
            otherFiles.UnionWith(hostFiles.Select(f => f.Path));
            LinkChecker.Check(rendered, otherFiles, diagnostics, cache?.Links);
            // serve never checks external links; skipping the list keeps its rebuilds short.
            externalLinks = cache is null ? LinkChecker.ExternalLinks(rendered) : [];
        }
        Lap("links");
        // The index is merged from what each rendering worker took from its page's HTML (PageFinisher).
        var searchFiles = diagnostics.HasErrors ? new SearchStage.Result([], 0) : SearchStage.Run(site.Config, search, rendered, staging);
        Lap("search");

        if (cache is not null)
        {
            // After a failed build some renders were skipped; the next build re-renders every page once.
            cache.LastSucceeded = !diagnostics.HasErrors;
        }
        var files = new List<OutputFile>(site.StaticFiles.Count + derived.ExtraFiles.Count + hostFiles.Count + searchFiles.Files.Count + (cache is null ? 0 : rendered.Count));
        if (cache is not null)
        {
            files.AddRange(rendered.Select(p => new OutputFile(p.OutputFile, p.Bytes, null)));
        }
        files.AddRange(site.StaticFiles.Select(f => new OutputFile(f.OutputPath, null, f.SourcePath)));
        files.AddRange(derived.ExtraFiles);
        files.AddRange(hostFiles);
        files.AddRange(searchFiles.Files);
        var otherFileCount = site.StaticFiles.Count + derived.ExtraFiles.Count + hostFiles.Count + searchFiles.Files.Count + searchFiles.Written;
        var result = new BuildResult(files, diagnostics.Sorted(), rendered.Count, otherFileCount, timings, finisher.Breakdown(), externalLinks, derived.DraftFiles,
            searchFiles.Merged);
        return Silence(result with
        {
            Highlight = highlighting?.Elapsed,
            HighlightWaiting = highlighting?.Waiting ?? TimeSpan.Zero,
            GitPass = site.Repository.Head is null ? null : site.Repository.ReadTime,
        }, silenced);
    }

    /// <summary>Leaves out the warnings of the kinds site.yml silences, counting them for the summary line.</summary>
    private static BuildResult Silence(BuildResult result, IReadOnlySet<string> kinds)
    {
        if (kinds.Count == 0)
        {
            return result;
        }
        var kept = result.Diagnostics.Where(d => d.Severity == Severity.Error || !kinds.Contains(d.Kind)).ToList();
        return result with { Diagnostics = kept, SilencedWarningCount = result.Diagnostics.Count - kept.Count, SilencedKinds = kinds };
    }

    /// <summary>
    /// What happens to a page the moment its templates are done, in the rendering worker: its links are scanned, its
    /// text taken for the search index (when the site has search and the page is in it), then it is written to the
    /// staging folder (build), encoded and kept (serve), or dropped (check).
    /// </summary>
    private sealed class PageFinisher(PageLinkScanner scanner, OutputStaging? staging, bool keepBytes, SearchStage.Indexer? search)
    {
        private long _scanTicks;
        private long _searchTicks;
        private long _writeTicks;

        public RenderedPage Finish(Page page, ReadOnlySpan<char> html)
        {
            var start = Stopwatch.GetTimestamp();
            var scan = scanner.Scan(page.Path, html);
            var scanned = Stopwatch.GetTimestamp();
            var entry = search?.Take(page, html);
            var indexed = Stopwatch.GetTimestamp();
            byte[]? bytes = null;
            if (staging is not null)
            {
                staging.WriteText(page.OutputFile, html);
            }
            else if (keepBytes)
            {
                bytes = new byte[Encoding.UTF8.GetByteCount(html)];
                Encoding.UTF8.GetBytes(html, bytes);
            }
            Interlocked.Add(ref _scanTicks, scanned - start);
            Interlocked.Add(ref _searchTicks, indexed - scanned);
            Interlocked.Add(ref _writeTicks, Stopwatch.GetTimestamp() - indexed);
            return new RenderedPage(page, page.OutputFile, scan, bytes, entry);
        }

        public IReadOnlyList<StageTiming> Breakdown() =>
        [
            new StageTiming("link scan", Stopwatch.GetElapsedTime(0, _scanTicks)),
            .. search is null ? Array.Empty<StageTiming>() : [new StageTiming("search text", Stopwatch.GetElapsedTime(0, _searchTicks))],
            new StageTiming(staging is null ? "encode" : "write", Stopwatch.GetElapsedTime(0, _writeTicks)),
        ];
    }
}
