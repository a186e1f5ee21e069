using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.Properties;

/// <summary>
/// Checks a build's stderr line by line: every line is a diagnostic as DiagnosticPrinter writes it
/// (`path:line:column: error|warning: message`, or `path: error|warning: message` for a problem with a whole file),
/// the source excerpt under it (`  12 | text` and the caret line), or the closing "Build failed" summary. A stack trace,
/// an exception message or a bare "error: ..." without a file is a problem.
/// </summary>
public static partial class DiagnosticLines
{
    /// <summary>Problems that concern a whole file, where no line can be given.</summary>
    private static readonly string[] WholeFileMessages =
    [
        "file is ",                       // over max_page_mb
        "cannot read file",
        "static file would overwrite the page",
        "symbolic link ",
        "the static file ",               // a static file and another source write one output path
        "URL ",                           // a URL the previous output's sitemap.xml had that the build drops (url guard)
        "the generated ",                 // ... when the other source is generated (sitemap.xml, robots.txt, a term page)                 // a link that leaves the site, loops or leads nowhere: the link is the problem
    ];

    [GeneratedRegex(@"^(?<file>.+?)(?::(?<line>\d+):(?<column>\d+))?: (?<kind>error|warning): (?<message>.+)$")]
    private static partial Regex Diagnostic();

    [GeneratedRegex(@"^broken link #\d+: '.*' in the page .+; the link comes from a template$")]
    private static partial Regex FromTemplate();

    [GeneratedRegex(@"\\u([0-9A-F]{4})")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"^warning \[[a-z-]+\]: [\d,]+ more like th(is|ese) \([\d,]+ in all\); see every one with --all-warnings")]
    private static partial Regex MoreOfKind();

    [GeneratedRegex(@"^  \d+ \| ")]
    private static partial Regex Excerpt();

    [GeneratedRegex(@"^  +\| *\^$")]
    private static partial Regex Caret();

    [GeneratedRegex(@"^Build failed: \d+ errors?, \d+ warnings?(?: \([\d,]+ more silenced in site\.yml\))? \(\d+ pages? rendered, [\d.]+ s\); .+ was left unchanged\.$")]
    private static partial Regex Summary();

    /// <returns>Each line that breaks the format, with the reason.</returns>
    public static List<string> Problems(string stderr, string siteRoot)
    {
        var problems = new List<string>();
        var lines = stderr.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var afterExcerpt = false;
        foreach (var line in lines)
        {
            if (line.Length == 0 || Summary().IsMatch(line) || MoreOfKind().IsMatch(line))
            {
                continue;
            }
            if (Excerpt().IsMatch(line))
            {
                afterExcerpt = true;
                continue;
            }
            if (afterExcerpt && Caret().IsMatch(line))
            {
                afterExcerpt = false;
                continue;
            }
            afterExcerpt = false;
            var match = Diagnostic().Match(line);
            if (!match.Success)
            {
                problems.Add("not a diagnostic: " + Show(line));
                continue;
            }
            // DiagnosticPrinter shows control characters of file names as \u escapes.
            var file = Escaped().Replace(match.Groups["file"].Value, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
            if (FromTemplate().IsMatch(match.Groups["message"].Value))
            {
                // A broken link that a template wrote: SiteGen names the page's output file, as it cannot tell the
                // template line (a limitation the lead knows of; the message says which page and template).
                continue;
            }
            var full = Path.Combine(siteRoot, file);
            if (Path.IsPathRooted(file) || !(File.Exists(full) || Directory.Exists(full)))
            {
                problems.Add("names no file of the site: " + Show(line));
                continue;
            }
            if (!match.Groups["line"].Success)
            {
                if (!WholeFileMessages.Any(m => match.Groups["message"].Value.StartsWith(m, StringComparison.Ordinal)))
                {
                    problems.Add("no line and column: " + Show(line));
                }
                continue;
            }
            var lineNumber = int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture);
            var lineCount = File.Exists(full) ? LineCount(File.ReadAllBytes(full)) : 1;
            if (lineNumber < 1 || lineNumber > lineCount + 1 || int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture) < 1)
            {
                problems.Add($"position outside the file ({lineCount} lines): " + Show(line));
            }
        }
        return problems;
    }

    /// <summary>Lines as SiteGen counts them: \n, \r\n and a lone \r each end one.</summary>
    private static int LineCount(byte[] bytes)
    {
        var count = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n'))
            {
                count++;
            }
        }
        return count;
    }

    private static string Show(string line) => line.Length > 300 ? line[..300] + "…" : line;
}
