using System.Diagnostics;
using System.Text;
using SiteGen.Content;
using SiteGen.Derive;
using SiteGen.Html;
using SiteGen.Markdown;
using SiteGen.Output;
using SiteGen.Templates;

namespace SiteGen;

/// <summary>
/// The build, stage by stage: Load -> Markdown -> Derive -> Templates -> Check links; then Write.
/// Everything before Write happens in memory; only <see cref="OutputWriter"/> touches the output folder.
/// Each stage collects diagnostics instead of stopping, so one build reports every error it can find.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds and, when the build has no errors, replaces the output folder with the result.</summary>
    public static BuildResult BuildAndWrite(BuildOptions options)
    {
        var result = Build(options);
        if (!result.Succeeded)
        {
            return result;
        }
        var clock = Stopwatch.StartNew();
        OutputWriter.Write(options.Paths.Output, result.Files);
        return result with { Timings = [.. result.Timings, new StageTiming("write", clock.Elapsed)] };
    }

    /// <param name="cache">what the previous build kept (serve passes one; build does not).</param>
    public static BuildResult Build(BuildOptions options, BuildCache? cache = null)
    {
        var paths = options.Paths;
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
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
            return new BuildResult([], diagnostics.Sorted(), 0, timings, [], new HashSet<string>());
        }

        if (OutputFolderGuard.Problem(paths) is { } outputProblem)
        {
            diagnostics.Error("--output", 0, 0, outputProblem);
            return Failed();
        }
        var site = LoadStage.Run(options, diagnostics, cache);
        Lap("load");
        if (site is null)
        {
            return Failed();
        }
        MarkdownStage.Run(paths, site.Config, site.Content, diagnostics, cache);
        Lap("markdown");
        var derived = DeriveStage.Run(site, paths, diagnostics, cache);
        Lap("derive");
        var rendered = TemplateStage.Run(site, derived, paths, diagnostics, cache);
        Lap("templates");
        IReadOnlyList<ExternalLink> externalLinks = [];
        if (!diagnostics.HasErrors)
        {
            var otherFiles = site.StaticFiles.Select(f => f.OutputPath).Concat(derived.ExtraFiles.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
            externalLinks = new LinkChecker(site.Config.BaseUrl, site.Config.BasePath).Check(rendered, otherFiles, diagnostics, cache);
        }
        Lap("links");

        if (cache is not null)
        {
            // After a failed build some renders were skipped; the next build re-renders every page once.
            cache.LastSucceeded = !diagnostics.HasErrors;
        }
        var pageCount = rendered.Count;
        RenderedPage?[] pagesToEncode = [.. rendered];
        rendered = [];
        var files = OutputFiles(pagesToEncode, site.StaticFiles, derived.ExtraFiles, cache);
        return new BuildResult(files, diagnostics.Sorted(), pageCount, timings, externalLinks, derived.DraftFiles);
    }

    /// <summary>Every file of the site, sorted by path: pages as UTF-8 bytes, static files by reference, generated files.</summary>
    /// <param name="rendered">taken over: each page's HTML is released once encoded, so a large site never holds
    /// every page twice (as UTF-16 text and as UTF-8 bytes).</param>
    private static List<OutputFile> OutputFiles(RenderedPage?[] rendered, IReadOnlyList<StaticFile> staticFiles, IReadOnlyList<OutputFile> extraFiles, BuildCache? cache)
    {
        var files = new List<OutputFile>(rendered.Length + staticFiles.Count + extraFiles.Count);
        for (var i = 0; i < rendered.Length; i++)
        {
            var page = rendered[i]!;
            rendered[i] = null;
            var bytes = cache is not null && cache.Renders.TryGetValue(page.Page.Path, out var cached) && ReferenceEquals(cached.Html, page.Html)
                ? cached.Bytes
                : Encoding.UTF8.GetBytes(page.Html);
            files.Add(new OutputFile(page.OutputFile, bytes, null));
        }
        files.AddRange(staticFiles.Select(f => new OutputFile(f.OutputPath, null, f.SourcePath)));
        files.AddRange(extraFiles);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }
}
