using Markdig;
using Markdig.Extensions.Alerts;
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
/// &lt;caption&gt;, header cells get scope="col" (both written by <see cref="CaptionedTableRenderer"/>), and task-list
/// checkboxes get an accessible name.
/// </summary>
public static class AccessibleMarkdown
{
    private const string CaptionPrefix = "Table: ";

    /// <summary>Moves `Table: ...` paragraphs into their tables (as the caption the renderer writes) and warns about tables
    /// without one.</summary>
    public static void PrepareTables(IReadOnlyList<Table> tables, Page page, DiagnosticBag diagnostics)
    {
        foreach (var table in tables)
        {
            var parent = table.Parent!;
            var index = parent.IndexOf(table);
            if (index > 0 && parent[index - 1] is ParagraphBlock paragraph && CaptionOf(paragraph) is { } caption)
            {
                parent.RemoveAt(index - 1);
                table.SetData(CaptionedTableRenderer.CaptionKey, caption);
            }
            else
            {
                diagnostics.Warning(WarningKinds.TableCaption, page.SourceFile ?? page.Path, page.BodyLine + table.Line, 1,
                    "table has no caption; put a line `Table: what the table shows` right before it (screen readers announce it)");
            }
        }
    }

    /// <summary>A pipeline extension (after UsePipeTables and UseTaskLists) that swaps in the accessible table and
    /// checkbox renderers.</summary>
    public sealed class AccessibleRenderers : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is HtmlRenderer html)
            {
                html.ObjectRenderers.RemoveAll(r => r is HtmlTaskListRenderer or HtmlTableRenderer);
                html.ObjectRenderers.Add(new LabelledTaskListRenderer());
                html.ObjectRenderers.Add(new CaptionedTableRenderer());
                SetupCalloutsAndFigures(html);
            }
        }
    }

    /// <summary>Callouts (<see cref="CalloutRenderer"/>) instead of Markdig's alert boxes, and paragraphs that may be figures.</summary>
    private static void SetupCalloutsAndFigures(HtmlRenderer html)
    {
        // Before the quote renderer, which would otherwise take alerts too (an alert is a quote).
        html.ObjectRenderers.RemoveAll(r => r is AlertBlockRenderer);
        html.ObjectRenderers.InsertBefore<QuoteBlockRenderer>(new CalloutRenderer());
        html.ObjectRenderers.ReplaceOrAdd<ParagraphRenderer>(new Images.FigureParagraphRenderer());
    }

    private static string? CaptionOf(ParagraphBlock paragraph)
    {
        if (paragraph.Inline?.FirstChild is not LiteralInline first || !first.Content.AsSpan().StartsWith(CaptionPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var text = new System.Text.StringBuilder();
        AppendLiterals(paragraph.Inline, text);
        return text.ToString(CaptionPrefix.Length, text.Length - CaptionPrefix.Length).Trim();
    }

    private static void AppendLiterals(ContainerInline container, System.Text.StringBuilder text)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal)
            {
                text.Append(literal.Content.AsSpan());
            }
            else if (inline is ContainerInline children)
            {
                AppendLiterals(children, text);
            }
        }
    }

    private sealed class LabelledTaskListRenderer : HtmlObjectRenderer<TaskList>
    {
        protected override void Write(HtmlRenderer renderer, TaskList obj) =>
            renderer.Write(obj.Checked
                ? "<input class=\"task-list-item-checkbox\" type=\"checkbox\" disabled checked aria-label=\"Done\">"
                : "<input class=\"task-list-item-checkbox\" type=\"checkbox\" disabled aria-label=\"To do\">");
    }
}
