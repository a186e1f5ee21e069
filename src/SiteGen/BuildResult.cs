using SiteGen.Output;

namespace SiteGen;

/// <summary>A finished build: the files still to write or serve, every diagnostic, and how long each stage took.</summary>
/// <param name="Files">static and generated files, and the pages' bytes when the build kept them in memory (serve);
/// a build that writes pages as it renders them (<see cref="SiteBuilder.BuildAndWrite"/>) has already staged them.</param>
/// <param name="SearchIndex">serve: the search index's meta.json and word chunks by path, merged on first use (null
/// without search, and for build, which writes them).</param>
/// <param name="Breakdown">work inside the templates stage, summed over its worker threads (link scans, writes).</param>
public sealed record BuildResult(
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    int PageCount,
    int OtherFileCount,
    IReadOnlyList<StageTiming> Timings,
    IReadOnlyList<StageTiming> Breakdown,
    IReadOnlyList<Html.ExternalLink> ExternalLinks,
    IReadOnlySet<string> DraftFiles,
    Lazy<IReadOnlyDictionary<string, byte[]>>? SearchIndex = null)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Warnings left out because site.yml's <c>silence_warnings</c> names their kind.</summary>
    public int SilencedWarningCount { get; init; }

    /// <summary>The kinds site.yml silences, for warnings found after the build (check --external).</summary>
    public IReadOnlySet<string> SilencedKinds { get; init; } = new HashSet<string>();

    /// <summary>Time spent highlighting code in the Markdown stage, summed over its threads (null when highlighting is off).</summary>
    public TimeSpan? Highlight { get; init; }

    /// <summary>Time the Markdown stage's threads waited for a grammar another thread was using, summed.</summary>
    public TimeSpan HighlightWaiting { get; init; }

    /// <summary>How long the git history pass took on its worker beside the Markdown stage (null when it read nothing).</summary>
    public TimeSpan? GitPass { get; init; }

    public TimeSpan Elapsed => TimeSpan.FromTicks(Timings.Sum(t => t.Elapsed.Ticks));
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
