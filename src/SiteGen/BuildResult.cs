using SiteGen.Output;

namespace SiteGen;

/// <summary>A finished build in memory: every output file, every diagnostic, and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    int PageCount,
    IReadOnlyList<StageTiming> Timings,
    IReadOnlyList<Html.ExternalLink> ExternalLinks,
    IReadOnlySet<string> DraftFiles)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public TimeSpan Elapsed => TimeSpan.FromTicks(Timings.Sum(t => t.Elapsed.Ticks));
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed);
