using System.Globalization;
using Markdig.Extensions.Alerts;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;

namespace SiteGen.Markdown;

/// <summary>
/// GitHub's alert syntax (`> [!NOTE]`, TIP, IMPORTANT, WARNING, CAUTION; any case) as accessible callouts: a note
/// (role="note") labelled by its visible title, whose icon is hidden from assistive technology because the title's word
/// says the same. Markdig parses them (UseAlertBlocks); the page walk numbers them here and
/// <see cref="CalloutRenderer"/> writes them. An unknown kind stays the quote GitHub shows, with a warning.
/// </summary>
public static class Callouts
{
    /// <summary>The kinds GitHub knows, by upper-case name: the title's word and the icon's path (16 x 16, stroked).</summary>
    private static readonly Dictionary<string, (string Word, string Icon)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NOTE"] = ("Note", "M8 1.25a6.75 6.75 0 1 0 0 13.5 6.75 6.75 0 0 0 0-13.5ZM8 7.25v4M8 4.75v.01"),
        ["TIP"] = ("Tip", "M8 1.25a4.5 4.5 0 0 0-2.5 8.25V11h5V9.5A4.5 4.5 0 0 0 8 1.25ZM6 13.5h4"),
        ["IMPORTANT"] = ("Important", "M1.75 2h12.5v9H8l-3.25 3v-3h-3ZM8 4v3.5M8 9.25v.01"),
        ["WARNING"] = ("Warning", "M8 1.5 15 14.25H1ZM8 6v3.75M8 12v.01"),
        ["CAUTION"] = ("Caution", "M5.25 1.25h5.5l4 4v5.5l-4 4h-5.5l-4-4v-5.5ZM8 4.5v4M8 11.25v.01"),
    };

    /// <summary>What the renderer needs to write one callout: its class suffix, title word, icon and title id.</summary>
    public sealed record Callout(string Kind, string Word, string Icon, string TitleId);

    /// <summary>Called by the page walk for each alert, in document order (<paramref name="number"/> counts the page's
    /// callouts): a known kind gets its title id; an unknown one a warning, and its `[!KIND]` back as text.</summary>
    public static void Prepare(AlertBlock alert, Page page, DiagnosticBag diagnostics, ref int number)
    {
        var kind = alert.Kind.ToString();
        if (Kinds.TryGetValue(kind, out var known))
        {
            number++;
            var document = Document(alert);
            var id = HeadingIds.Claim(document, "callout-" + number.ToString(CultureInfo.InvariantCulture));
            alert.SetData(typeof(Callout), new Callout(kind.ToLowerInvariant(), known.Word, known.Icon, id));
            return;
        }
        var (line, column) = Position(alert, page);
        diagnostics.Warning(WarningKinds.CalloutKind, page.SourceFile ?? page.Path, line, column,
            $"unknown callout '[!{kind}]'; use NOTE, TIP, IMPORTANT, WARNING or CAUTION (it is shown as a plain quote, as GitHub does)");
        if (alert.Count > 0 && alert[0] is ParagraphBlock { Inline: { } inline })
        {
            // Markdig took the marker out of the quote's first paragraph: put it back, so the quote reads as written.
            var marker = new LiteralInline("[!" + kind + "]");
            if (inline.FirstChild is { } first)
            {
                first.InsertBefore(marker);
                marker.InsertAfter(new LineBreakInline());
            }
            else
            {
                inline.AppendChild(marker);
            }
        }
    }

    /// <summary>The callout's data, or null for an unknown kind (written as a quote).</summary>
    public static Callout? Of(AlertBlock alert) => alert.GetData(typeof(Callout)) as Callout;

    private static MarkdownDocument Document(Block block)
    {
        var current = block;
        while (current.Parent is { } parent)
        {
            current = parent;
        }
        return (MarkdownDocument)current;
    }

    /// <summary>The source line of the alert and the column of its `[!`.</summary>
    private static (int Line, int Column) Position(AlertBlock alert, Page page)
    {
        var body = page.Body.AsSpan();
        for (var i = 0; i < alert.Line; i++)
        {
            var newline = body.IndexOf('\n');
            if (newline < 0)
            {
                break;
            }
            body = body[(newline + 1)..];
        }
        var end = body.IndexOf('\n');
        var marker = (end < 0 ? body : body[..end]).IndexOf("[!", StringComparison.Ordinal);
        return (page.BodyLine + alert.Line, marker >= 0 ? marker + 1 : alert.Column + 1);
    }
}
