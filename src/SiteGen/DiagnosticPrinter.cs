namespace SiteGen;

/// <summary>Prints diagnostics as `path:line:column: error: message`, each followed by its source line and a caret.</summary>
public static class DiagnosticPrinter
{
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
