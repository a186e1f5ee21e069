using System.Text;

namespace SiteGen.Tests.Properties;

/// <summary>What a page's Markdown may link to: the other pages (content paths and heading texts) and static files.</summary>
public sealed record LinkTargets(IReadOnlyList<(string ContentPath, IReadOnlyList<string> Headings)> Pages, IReadOnlyList<string> StaticFiles);

/// <summary>
/// Markdown bodies: nested quotes, lists and emphasis, headings (repeated ones too), tables, code, raw HTML, links to
/// pages, anchors and files that exist and to ones that do not, and huge lines.
/// </summary>
public sealed class MarkdownText(Draw draw, string contentPath, LinkTargets targets, IReadOnlyList<string> headings)
{
    /// <summary>Headings whose id is known without Markdig (GitHub style: lower case, spaces to dashes).</summary>
    private static readonly string[] PlainHeadings = ["notes", "setup", "usage", "examples", "more info", "faq"];

    private readonly StringBuilder _text = new();

    /// <summary>The headings the body will hold: chosen first, so other pages can link to their anchors.</summary>
    public static IReadOnlyList<string> Headings(Draw draw)
    {
        var count = draw.Count(5);
        var headings = new List<string>();
        for (var i = 0; i < count; i++)
        {
            // Repeats are common in real pages ("Example", "Notes"): Markdig must make every id unique.
            headings.Add(headings.Count > 0 && draw.Chance(0.3) ? draw.From(headings) : draw.Chance(0.4) ? draw.Pick(PlainHeadings) : OddText.Phrase(draw, 4));
        }
        return headings;
    }

    public string Body()
    {
        var headingIndex = 0;
        var blocks = draw.Count(10);
        for (var i = 0; i < blocks || headingIndex < headings.Count; i++)
        {
            if (headingIndex < headings.Count && (i >= blocks || draw.Chance(0.3)))
            {
                _text.Append(new string('#', draw.Weighted((1, 1), (6, 2), (3, 3), (2, 4), (1, 5), (1, 6)))).Append(' ').Append(headings[headingIndex++]);
                if (draw.Mistake(0.2))
                {
                    _text.Append(draw.Pick(" {#custom-id}", " ##", " {.class}", " {#" + OddText.Word(draw) + "}"));
                }
                _text.Append("\n\n");
                continue;
            }
            Block(depth: 0);
            _text.Append("\n\n");
        }
        return _text.ToString();
    }

    private void Block(int depth)
    {
        var kind = depth > 3 ? "paragraph" : draw.Weighted(
            (8, "paragraph"), (2, "quote"), (3, "list"), (1, "ordered"), (1, "tasks"), (2, "table"), (1, "code"), (1, "html"),
            (1, "rule"), (1, "setext"), (1, "huge"), (1, "definition"));
        switch (kind)
        {
            case "quote":
                var marker = new string('>', draw.Between(1, 3));
                var start = _text.Length;
                Block(depth + 1);
                var quoted = _text.ToString(start, _text.Length - start).Replace("\n", "\n" + marker + " ", StringComparison.Ordinal);
                _text.Length = start;
                _text.Append(marker).Append(' ').Append(quoted);
                break;
            case "list" or "ordered" or "tasks":
                List(kind, depth, indent: "");
                break;
            case "table":
                Table();
                break;
            case "code":
                var fence = draw.Pick("```", "~~~", "````");
                _text.Append(fence).Append((draw.Mistake(0.2) ? "`bad" : draw.Pick("", "go", "c#", "html", "{.x}"))).Append('\n')
                    .Append(OddText.Phrase(draw)).Append("\n[not a link](missing.md)\n");
                if (!draw.Mistake(0.2))
                {
                    _text.Append(fence);
                }
                break;
            case "html":
                _text.Append(draw.Pick(
                    "<div class=\"note\">\n" + OddText.Phrase(draw) + "\n</div>",
                    "<details><summary>" + OddText.Phrase(draw) + "</summary>\n\n" + OddText.Phrase(draw) + "\n\n</details>",
                    "<!-- " + OddText.Phrase(draw) + " -->",
                    // Raw HTML is not rewritten: only links that need no rewriting are safe in it.
                    "<a href=\"" + (draw.Messy ? Target() : draw.Pick("#top", "https://example.com/")) + "\">raw link</a>",
                    "<img src=\"" + (draw.Messy ? Target() : "https://example.com/x.png") + "\" alt=\"\">",
                    "<span id=\"" + OddText.Word(draw) + "\">x</span>",
                    "<script>var a = '<a href=\"/nowhere/\">';</script>",
                    "<table><tr><td>" + OddText.Phrase(draw) + "</td></tr></table>",
                    "<p>unclosed <b>bold"));
                break;
            case "rule":
                _text.Append(draw.Pick("---", "***", "___", "- - -"));
                break;
            case "setext":
                _text.Append(OddText.Phrase(draw)).Append('\n').Append(draw.Pick("===", "---"));
                break;
            case "huge":
                _text.Append(OddText.HugeLine(draw));
                break;
            case "definition":
                _text.Append('[').Append(OddText.Word(draw)).Append("]: ").Append(Target()).Append("\n\n[").Append(OddText.Word(draw)).Append("][]");
                break;
            default:
                Paragraph(depth);
                break;
        }
    }

    private void List(string kind, int depth, string indent)
    {
        var items = draw.Between(1, 4);
        for (var i = 0; i < items; i++)
        {
            var bullet = kind switch
            {
                "ordered" => (i + 1) + draw.Pick(".", ")"),
                "tasks" => "- " + draw.Pick("[ ]", "[x]", "[X]", "[-]"),
                _ => draw.Pick("-", "*", "+"),
            };
            _text.Append(indent).Append(bullet).Append(' ');
            Inline(depth + 1);
            _text.Append('\n');
            if (depth < 4 && draw.Chance(0.25))
            {
                List(draw.Pick("list", "ordered", "tasks"), depth + 1, indent + new string(' ', bullet.Length + 1));
            }
        }
    }

    private void Table()
    {
        var columns = draw.Between(1, 4);
        var rows = draw.Count(4);
        var header = Enumerable.Range(0, columns).Select(_ => OddText.Phrase(draw, 2).Replace("|", "\\|", StringComparison.Ordinal));
        _text.Append("| ").Append(string.Join(" | ", header)).Append(" |\n|");
        for (var c = 0; c < columns; c++)
        {
            _text.Append(draw.Pick("---", ":--", "--:", ":-:")).Append('|');
        }
        _text.Append('\n');
        for (var r = 0; r < rows; r++)
        {
            // Rows with fewer or more cells than the header happen.
            var cells = Math.Max(0, columns + draw.Pick(0, 0, 0, -1, 1));
            _text.Append('|');
            for (var c = 0; c < cells; c++)
            {
                _text.Append(' ');
                Inline(2);
                _text.Append(" |");
            }
            _text.Append('\n');
        }
        if (draw.Chance(0.3))
        {
            _text.Append(draw.Pick("Table: ", ": ")).Append(OddText.Phrase(draw)).Append('\n');
        }
    }

    private void Paragraph(int depth)
    {
        var sentences = draw.Between(1, 3);
        for (var i = 0; i < sentences; i++)
        {
            Inline(depth);
            _text.Append(draw.Pick(" ", "\n", "  \n", "\\\n"));
        }
    }

    private void Inline(int depth)
    {
        var parts = draw.Between(1, 4);
        for (var i = 0; i < parts; i++)
        {
            if (i > 0)
            {
                _text.Append(' ');
            }
            var kind = depth > 5 ? "text" : draw.Weighted(
                (6, "text"), (2, "emphasis"), (3, "link"), (1, "image"), (1, "code"), (1, "autolink"), (1, "escape"), (1, "footnote"));
            switch (kind)
            {
                case "emphasis":
                    var mark = draw.Pick("*", "_", "**", "__", "***", "~~", "==", "^", "~");
                    _text.Append(mark);
                    Inline(depth + 1);
                    if (draw.Chance(0.85))
                    {
                        _text.Append(mark);
                    }
                    break;
                case "link":
                    _text.Append('[');
                    Inline(depth + 1);
                    _text.Append("](").Append(Target());
                    if (draw.Chance(0.1))
                    {
                        _text.Append(draw.Pick(" \"title\"", " 'title'", " (title)"));
                    }
                    if (draw.Chance(0.95))
                    {
                        _text.Append(')');
                    }
                    break;
                case "image":
                    _text.Append("![").Append(OddText.Phrase(draw, 2)).Append("](").Append(Target()).Append(')');
                    break;
                case "code":
                    _text.Append('`').Append(OddText.Phrase(draw, 2).Replace("`", "", StringComparison.Ordinal)).Append('`');
                    break;
                case "autolink":
                    _text.Append(draw.Pick("<https://example.com/a>", "https://example.com/x", "<mailto:a@b.c>", "www.example.com", "<" + Target() + ">"));
                    break;
                case "escape":
                    _text.Append(draw.Pick("\\*", "\\[", "&amp;", "&copy;", "&#128512;", "&#0;", "&nbsp;", "\\", "<", "&"));
                    break;
                case "footnote":
                    _text.Append("[^").Append(draw.Pick("1", "n", "x y")).Append(']');
                    break;
                default:
                    _text.Append(OddText.Phrase(draw));
                    break;
            }
        }
    }

    /// <summary>Where a link points: another page (with or without an anchor), this page's anchors, a file, or nowhere.</summary>
    private string Target()
    {
        var kind = draw.Weighted((5, "page"), (2, "anchor"), (2, "static"), (draw.Messy ? 2 : 0, "missing"), (1, "external"), (draw.Messy ? 1 : 0, "odd"));
        switch (kind)
        {
            case "page" when targets.Pages.Count > 0:
                var (path, pageHeadings) = draw.From(targets.Pages);
                var link = Relative(path);
                return draw.Chance(0.4) && Anchor(pageHeadings) is { } anchor ? WithAnchor(link, anchor) : link;
            case "anchor":
                return Anchor(headings) is { } own ? "#" + own : "#top";
            case "static" when targets.StaticFiles.Any(f => draw.Messy || !f.EndsWith(".md", StringComparison.Ordinal)):
                // A link to a .md file is a link to a page, also under static/ (so a site without mistakes avoids it).
                var file = draw.From([.. targets.StaticFiles.Where(f => draw.Messy || !f.EndsWith(".md", StringComparison.Ordinal))]);
                return draw.Chance(0.5) || !IsSafe(file) && !draw.Messy ? "/" + Uri.EscapeDataString(file).Replace("%2F", "/", StringComparison.Ordinal) : "/" + file;
            case "missing":
                return draw.Pick("missing.md", "../missing.md", "/missing/", "/missing.png", "missing.md#x", "nope/", "#no-such-id");
            case "external":
                return draw.Pick("https://example.com/", "http://example.org/a?b=c#d", "mailto:x@example.com", "//cdn.example.com/x.js", "tel:+123", "ftp://x/");
            case "page" or "static" when !draw.Messy:
                return draw.Pick("#top", "https://example.com/");
            default:
                return draw.Pick("", "#", "?", "?q=1", ".", "./", "..", "/", "//", "\\", "%", "%zz", "a b.md", "<a b.md>", "javascript:alert(1)",
                    "data:text/html,x", "http://", "https://example.org/", "C:\\x.md", "..%2f..%2fetc", "/%2e%2e/", "x.md?y#z", "#top");
        }
    }

    /// <summary>An anchor that matches one of the headings the way Markdig makes ids, or (in a messy site) one that may
    /// not; null when a site without mistakes has no heading whose id is known.</summary>
    private string? Anchor(IReadOnlyList<string> pageHeadings)
    {
        if (draw.Messy)
        {
            return pageHeadings.Count > 0 && draw.Chance(0.7)
                ? Uri.EscapeDataString(string.Join('-', draw.From(pageHeadings).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))) + (draw.Chance(0.2) ? "-1" : "")
                : draw.Pick("top", "missing", "", "a%20b", "x#y");
        }
        var plain = pageHeadings.Where(h => PlainHeadings.Contains(h)).ToList();
        return plain.Count > 0 ? draw.From(plain).Replace(' ', '-') : draw.Chance(0.3) ? "top" : null;
    }

    private static string WithAnchor(string link, string anchor) =>
        link.EndsWith('>') ? link[..^1] + "#" + anchor + ">" : link + "#" + anchor;

    /// <summary>A path that needs no escaping in a Markdown link.</summary>
    private static bool IsSafe(string path) => path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_');

    /// <summary>The link from this page's Markdown file to another content file, as an author writes it.</summary>
    private string Relative(string target)
    {
        var from = contentPath.Contains('/') ? contentPath[..contentPath.LastIndexOf('/')] : "";
        var relative = Path.GetRelativePath("/" + from, "/" + target);
        string Escaped(string path) => string.Join('/', path.Split('/').Select(s => s == ".." ? s : Uri.EscapeDataString(s)));
        if (!draw.Messy && !IsSafe(target))
        {
            return draw.Chance(0.8) ? Escaped(relative) : "/" + Escaped(target);
        }
        return draw.Weighted((6, "plain"), (2, "escaped"), (1, "root"), (1, "dot")) switch
        {
            "escaped" => Escaped(relative),
            "root" => "/" + target,
            "dot" => "./" + relative,
            _ => relative.Contains(' ', StringComparison.Ordinal) ? "<" + relative + ">" : relative,
        };
    }
}
