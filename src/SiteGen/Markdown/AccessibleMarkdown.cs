using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;

namespace SiteGen.Markdown;

/// <summary>
/// Makes Markdown output meet WCAG without author effort: a `Table: caption` paragraph right before a table becomes its
/// &lt;caption&gt;, header cells get scope="col", and task-list checkboxes get an accessible name.
/// </summary>
public static partial class AccessibleMarkdown
{
    private const string CaptionPrefix = "Table: ";
    private const string CaptionMarkerStart = "<table data-sitegen-caption=";

    /// <summary>Moves `Table: ...` paragraphs into their tables (as a marker attribute) and warns about tables without one.</summary>
    public static void PrepareTables(MarkdownDocument document, Page page, DiagnosticBag diagnostics)
    {
        foreach (var table in document.Descendants<Table>().ToList())
        {
            var parent = table.Parent!;
            var index = parent.IndexOf(table);
            if (index > 0 && parent[index - 1] is ParagraphBlock paragraph && CaptionOf(paragraph) is { } caption)
            {
                parent.RemoveAt(index - 1);
                table.GetAttributes().AddProperty("data-sitegen-caption", caption);
            }
            else
            {
                diagnostics.Warning(page.SourceFile ?? page.Path, page.BodyLine + table.Line, 1,
                    "table has no caption; put a line `Table: what the table shows` right before it (screen readers announce it)");
            }
        }
    }

    /// <summary>Turns the caption markers into &lt;caption&gt; elements and scopes the header cells (plain string
    /// replacement: Markdig writes these tags in exactly these forms).</summary>
    public static string FinishTables(string html)
    {
        if (!html.Contains("<table", StringComparison.Ordinal))
        {
            return html;
        }
        if (html.Contains(CaptionMarkerStart, StringComparison.Ordinal))
        {
            html = CaptionMarker().Replace(html, m => $"<table>\n<caption>{m.Groups["caption"].Value}</caption>");
        }
        return html.Replace("<th>", "<th scope=\"col\">", StringComparison.Ordinal)
            .Replace("<th style=", "<th scope=\"col\" style=", StringComparison.Ordinal);
    }

    /// <summary>A pipeline extension (after UseTaskLists) that swaps in the labelled checkbox renderer.</summary>
    public sealed class LabelledTaskLists : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is HtmlRenderer html)
            {
                html.ObjectRenderers.RemoveAll(r => r is HtmlTaskListRenderer);
                html.ObjectRenderers.Add(new LabelledTaskListRenderer());
            }
        }
    }

    private static string? CaptionOf(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline first || !first.Content.ToString().StartsWith(CaptionPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var text = string.Concat(paragraph.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        return text[CaptionPrefix.Length..].Trim();
    }

    [GeneratedRegex(@"<table data-sitegen-caption=""(?<caption>[^""]*)"">", RegexOptions.ExplicitCapture)]
    private static partial Regex CaptionMarker();


    private sealed class LabelledTaskListRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj) =>
            renderer.Write(obj.Checked
                ? "<input class=\"task-list-item-checkbox\" type=\"checkbox\" disabled checked aria-label=\"Done\">"
                : "<input class=\"task-list-item-checkbox\" type=\"checkbox\" disabled aria-label=\"To do\">");
    }
}
