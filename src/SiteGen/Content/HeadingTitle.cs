using Markdig.Syntax;

namespace SiteGen.Content;

/// <summary>
/// The title a page gives in its text: a first-level heading at its start (after blank lines, if any), written as
/// `# Title` or as a `Title` line underlined with `===` (a setext heading). A page without front matter, or whose front
/// matter has no `title`, takes it as its title, and the heading leaves the body so it is not printed twice.
/// </summary>
public static class HeadingTitle
{
    /// <summary>A page without front matter: its title heading, or an error at its first line.</summary>
    public static FrontMatterParser.Split? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (TakeFrom(text, 1) is var (title, body, bodyLine))
        {
            return new FrontMatterParser.Split("", body, bodyLine, title);
        }
        diagnostics.Error(file, 1 + FirstTextLine(text).Index, 1,
            "a page must start with front matter (a `---` line, `title: ...`, then a closing `---` line) or with a `# Title` line, which becomes its title (TOML front matter goes between `+++` lines)");
        return null;
    }

    /// <param name="text">the page's text, or its body after the front matter.</param>
    /// <param name="firstLine">the file line <paramref name="text"/> starts at.</param>
    /// <returns>The plain text of the first-level heading the text starts with ("# The *C#* guide #" gives "The C#
    /// guide"), the text after it and the file line that starts at; null when the text does not start with one, or its
    /// heading is empty.</returns>
    public static (string Title, string Body, int BodyLine)? TakeFrom(string text, int firstLine)
    {
        var (skipped, start) = FirstTextLine(text);
        if (start >= text.Length)
        {
            return null;
        }
        // The first block ends at a blank line at the latest; Markdig decides whether it is a heading.
        var end = start;
        while (end < text.Length)
        {
            var lineEnd = text.IndexOf('\n', end);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (text.AsSpan(end, lineEnd - end).IsWhiteSpace())
            {
                break;
            }
            end = Math.Min(lineEnd + 1, text.Length);
        }
        var block = text[start..end];
        if (Markdig.Markdown.Parse(block).FirstOrDefault() is not HeadingBlock { Level: 1 } heading)
        {
            return null;
        }
        var headingEnd = block.IndexOf('\n', Math.Min(heading.Span.End, block.Length - 1));
        headingEnd = headingEnd < 0 ? block.Length : headingEnd + 1;
        var title = string.Join(' ', Markdig.Markdown.ToPlainText(block[..headingEnd]).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (title.Length == 0)
        {
            return null;
        }
        var headingLines = block.AsSpan(0, headingEnd).Count('\n') + (headingEnd == block.Length && !block.EndsWith('\n') ? 1 : 0);
        return (title, text[(start + headingEnd)..], firstLine + skipped + headingLines);
    }

    /// <returns>How many blank lines the text starts with, and where the first other line starts.</returns>
    private static (int Index, int Start) FirstTextLine(string text)
    {
        var index = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (!text.AsSpan(start, end - start).IsWhiteSpace())
            {
                return (index, start);
            }
            start = end + 1;
            index++;
        }
        return (index, text.Length);
    }
}
