namespace SiteGen;

/// <summary>Prints diagnostics as `path:line:column: error: message`, each followed by its source line and a caret.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Of a kind with more warnings than <see cref="PrintedWhole"/>, only this many are printed in full.</summary>
    public const int ShownPerKind = 3;

    /// <summary>A kind with this many warnings or fewer is printed whole.</summary>
    public const int PrintedWhole = 5;

    /// <summary>
    /// Errors in full; warnings grouped by kind: a kind with many is shown by its first few, then one line with the
    /// count and how to see them all or silence the kind. <paramref name="allWarnings"/> (--all-warnings) prints each.
    /// </summary>
    public static void PrintGrouped(IReadOnlyList<Diagnostic> diagnostics, string root, TextWriter writer, bool allWarnings)
    {
        if (allWarnings)
        {
            Print(diagnostics, root, writer);
            return;
        }
        var perKind = diagnostics.Where(d => d.Severity == Severity.Warning).CountBy(d => d.Kind).ToDictionary(StringComparer.Ordinal);
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        var printed = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == Severity.Error || perKind[diagnostic.Kind] <= PrintedWhole)
            {
                printed.Add(diagnostic);
            }
            else if ((shown[diagnostic.Kind] = shown.GetValueOrDefault(diagnostic.Kind) + 1) <= ShownPerKind)
            {
                printed.Add(diagnostic);
            }
        }
        Print(printed, root, writer);
        foreach (var (kind, count) in perKind.Where(k => k.Value > PrintedWhole).OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(MoreOfKind(kind, count - ShownPerKind, count));
        }
    }

    /// <summary>The line that stands for the warnings of a kind left out.</summary>
    public static string MoreOfKind(string kind, int more, int total) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"warning [{kind}]: {more:N0} more like {(total - more == 1 ? "this" : "these")} ({total:N0} in all); see every one with --all-warnings, or silence the kind with `silence_warnings: [{kind}]` in site.yml");

    public static void Print(IEnumerable<Diagnostic> diagnostics, string root, TextWriter writer)
    {
        var sourceCache = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(OneLine(diagnostic.ToString()));
            if (diagnostic.Line <= 0 || SourceLine(diagnostic, root, sourceCache) is not { } line)
            {
                continue;
            }
            var number = diagnostic.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteLine($"  {number} | {Printable(line)}");
            var caretColumn = Math.Clamp(diagnostic.Column, 1, line.Length + 1);
            writer.WriteLine($"  {new string(' ', number.Length)} | {new string(' ', caretColumn - 1)}^");
        }
    }

    /// <summary>
    /// The diagnostic on one line, with control characters (line breaks, NUL, terminal escapes) from file names and
    /// quoted values shown as \u escapes: a name with a newline in it must not split the report or drive the terminal.
    /// </summary>
    private static string OneLine(string text)
    {
        if (!text.Any(IsControl))
        {
            return text;
        }
        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>The source line with tabs as spaces and other control characters as '?', so the caret stays aligned.</summary>
    private static string Printable(string line) =>
        line.Any(c => c == '\t' || IsControl(c)) ? string.Create(line.Length, line, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = text[i] == '\t' ? ' ' : IsControl(text[i]) ? '?' : text[i];
            }
        }) : line;

    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static string? SourceLine(Diagnostic diagnostic, string root, Dictionary<string, string[]?> cache)
    {
        if (!cache.TryGetValue(diagnostic.File, out var lines))
        {
            var path = Path.IsPathRooted(diagnostic.File) ? diagnostic.File : Path.Combine(root, diagnostic.File);
            try
            {
                lines = File.Exists(path) && new FileInfo(path).Length < 64 * 1024 * 1024
                    ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
                    : null;
            }
            catch (IOException)
            {
                lines = null;
            }
            cache[diagnostic.File] = lines;
        }
        if (lines is null || diagnostic.Line > lines.Length)
        {
            return null;
        }
        var text = lines[diagnostic.Line - 1];
        return text.Length > 200 ? text[..200] + "…" : text;
    }
}
