namespace SiteGen.Content;

/// <summary>
/// A page without front matter that starts with a `# Title` line (after blank lines, if any), as Markdown written for
/// GitHub or MkDocs does: the heading is the page's title and leaves the body.
/// </summary>
public static class HeadingTitle
{
    public static FrontMatterParser.Split? Split(string text, string file, DiagnosticBag diagnostics)
    {
        var line = 1;
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var lineText = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
            if (!lineText.IsWhiteSpace())
            {
                if (TitleOf(lineText) is { } title)
                {
                    return new FrontMatterParser.Split("", end < 0 ? "" : text[(end + 1)..], line + 1, title);
                }
                break;
            }
            if (end < 0)
            {
                break;
            }
            start = end + 1;
            line++;
        }
        diagnostics.Error(file, line, 1,
            "a page must start with front matter (a `---` line, `title: ...`, then a closing `---` line) or with a `# Title` line, which becomes its title");
        return null;
    }

    /// <returns>The plain text of a level-1 ATX heading ("# The *C#* guide #" gives "The C# guide"), or null when the line
    /// is not one or its text is empty.</returns>
    private static string? TitleOf(ReadOnlySpan<char> line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        line = line.TrimStart(' ');
        if (indent > 3 || line.Length < 2 || line[0] != '#' || line[1] is not (' ' or '\t'))
        {
            return null;
        }
        var title = Markdig.Markdown.ToPlainText(line.ToString()).Trim();
        return title.Length == 0 ? null : title;
    }
}
