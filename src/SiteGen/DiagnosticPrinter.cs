namespace SiteGen;

/// <summary>Prints diagnostics as `path:line:column: error: message`, each followed by its source line and a caret.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, string root, TextWriter writer)
    {
        var sourceCache = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
            if (diagnostic.Line <= 0 || SourceLine(diagnostic, root, sourceCache) is not { } line)
            {
                continue;
            }
            var number = diagnostic.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteLine($"  {number} | {line.Replace('\t', ' ')}");
            var caretColumn = Math.Clamp(diagnostic.Column, 1, line.Length + 1);
            writer.WriteLine($"  {new string(' ', number.Length)} | {new string(' ', caretColumn - 1)}^");
        }
    }

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
