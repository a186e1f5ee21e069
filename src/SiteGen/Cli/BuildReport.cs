using System.Globalization;

namespace SiteGen.Cli;

/// <summary>Prints a build's diagnostics, optional stage timings and the one-line summary.</summary>
public static class BuildReport
{
    /// <param name="allWarnings">every warning in full (--all-warnings), not the first few of each kind.</param>
    public static void Print(BuildResult result, BuildOptions options, bool wrote, bool showTimings, TextWriter stdout, TextWriter stderr, bool allWarnings = false)
    {
        DiagnosticPrinter.PrintGrouped(result.Diagnostics, options.Paths.Root, stderr, allWarnings);
        if (showTimings)
        {
            stdout.WriteLine(string.Join("  ", result.Timings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms")));
            if (result.Breakdown.Count > 0)
            {
                stdout.WriteLine("templates stage, summed over its threads: " + string.Join(", ", result.Breakdown.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms")));
            }
            if (result.Highlight is { } highlight)
            {
                stdout.WriteLine($"markdown stage, summed over its threads: highlight {highlight.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms, " +
                    $"waiting for a grammar {result.HighlightWaiting.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
            }
            if (result.GitPass is { } gitPass)
            {
                var waited = result.Timings.FirstOrDefault(t => t.Stage == "git")?.Elapsed ?? TimeSpan.Zero;
                stdout.WriteLine($"git history pass (beside Markdown): {gitPass.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms, " +
                    $"waited for {waited.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
            }
            var gcPauses = GC.GetTotalPauseDuration().TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            stdout.WriteLine($"garbage collections: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; paused {gcPauses} ms; allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB");
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var otherFiles = result.OtherFileCount;
        var output = options.Paths.Display(options.Paths.Output);
        if (result.Succeeded)
        {
            var files = $"{Count(result.PageCount, "page")} and {Count(otherFiles, "other file")}";
            var what = wrote ? $"Built {files} into {output}" : $"Checked {files}";
            stdout.WriteLine($"{what} in {seconds} s: {Count(result.WarningCount, "warning")}{Silenced(result)}, 0 errors.");
            return;
        }
        var kept = wrote ? $"; {output} was left unchanged" : "";
        stderr.WriteLine($"{(wrote ? "Build" : "Check")} failed: {Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}{Silenced(result)} ({Count(result.PageCount, "page")} rendered, {seconds} s){kept}.");
    }

    private static string Silenced(BuildResult result) =>
        result.SilencedWarningCount == 0 ? "" : $" ({result.SilencedWarningCount.ToString("N0", CultureInfo.InvariantCulture)} more silenced in site.yml)";

    /// <summary>A count with its noun, singular for one: "1 error", "2 errors", "0 warnings".</summary>
    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
