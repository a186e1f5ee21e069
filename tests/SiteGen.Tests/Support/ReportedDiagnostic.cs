using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.Support;

/// <summary>
/// One diagnostic line of SiteGen's stderr (`file:line:column: error: message`, `...: warning: message [kind]`, or `file: error: message` when the
/// position is unknown), parsed so tests assert the file, position and kind instead of pinning the whole wording.
/// </summary>
public sealed partial record ReportedDiagnostic(string File, int Line, int Column, string Kind, string Message)
{
    public static IReadOnlyList<ReportedDiagnostic> Parse(string stderr) =>
        [.. stderr.Split('\n').Select(line => DiagnosticLine().Match(line.TrimEnd('\r'))).Where(m => m.Success).Select(m => new ReportedDiagnostic(
            m.Groups["file"].Value,
            m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture) : 0,
            m.Groups["column"].Success ? int.Parse(m.Groups["column"].Value, CultureInfo.InvariantCulture) : 0,
            m.Groups["kind"].Value,
            m.Groups["message"].Value)
        {
            WarningKind = m.Groups["code"].Success ? m.Groups["code"].Value : null,
        })];

    /// <summary>A warning's kind, printed after its message as `[table-caption]` (null for errors).</summary>
    public string? WarningKind { get; init; }

    /// <summary>The only error of the run, failing the test (with the whole run) unless there is exactly one.</summary>
    public static ReportedDiagnostic SingleError(BuildRun run)
    {
        var errors = Parse(run.Stderr).Where(d => d.Kind == "error").ToList();
        Assert.True(errors.Count == 1, $"expected exactly one error:\n{run}");
        return errors[0];
    }

    [GeneratedRegex(@"^(?<file>[^\s:][^:]*?)(?::(?<line>\d+):(?<column>\d+))?: (?<kind>error|warning): (?<message>.*?)(?: \[(?<code>[a-z-]+)\])?$")]
    private static partial Regex DiagnosticLine();
}
