using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown;

/// <summary>
/// Writes a Markdown table as Markdig's own table renderer does, plus what WCAG asks for: the table's caption (set by
/// <see cref="AccessibleMarkdown.PrepareTables"/>) as a &lt;caption&gt; and scope="col" on every header cell. Doing it
/// while rendering saves a search-and-replace pass over every page's HTML.
/// </summary>
public sealed class CaptionedTableRenderer : HtmlObjectRenderer<Table>
{
    /// <summary>The key under which a table carries its caption text (<see cref="Markdig.Syntax.MarkdownObject.SetData"/>).</summary>
    public static readonly object CaptionKey = new();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            WriteText(renderer, table);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine('>');
        if (table.GetData(CaptionKey) is string caption)
        {
            renderer.Write("<caption>").WriteEscape(caption).WriteLine("</caption>");
        }
        WriteColumnWidths(renderer, table);

        var inHead = false;
        var hadHead = false;
        var inBody = false;
        foreach (var block in table)
        {
            var row = (TableRow)block;
            if (row.IsHeader)
            {
                if (!hadHead)
                {
                    renderer.WriteLine("<thead>");
                    inHead = true;
                    hadHead = true;
                }
            }
            else if (!inBody)
            {
                if (inHead)
                {
                    renderer.WriteLine("</thead>");
                    inHead = false;
                }
                renderer.WriteLine("<tbody>");
                inBody = true;
            }
            WriteRow(renderer, table, row);
        }
        if (inBody)
        {
            renderer.WriteLine("</tbody>");
        }
        else if (inHead)
        {
            renderer.WriteLine("</thead>");
        }
        renderer.WriteLine("</table>");
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row)
    {
        renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
        var columns = table.ColumnDefinitions;
        for (var i = 0; i < row.Count; i++)
        {
            var cell = (TableCell)row[i];
            renderer.EnsureLine();
            renderer.Write(row.IsHeader ? "<th scope=\"col\"" : "<td");
            if (cell.ColumnSpan != 1)
            {
                renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
            }
            if (cell.RowSpan != 1)
            {
                renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
            }
            if (columns.Count > 0)
            {
                var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : i;
                renderer.Write(columns[Math.Min(column, columns.Count - 1)].Alignment switch
                {
                    TableColumnAlign.Left => " style=\"text-align: left;\"",
                    TableColumnAlign.Center => " style=\"text-align: center;\"",
                    TableColumnAlign.Right => " style=\"text-align: right;\"",
                    _ => "",
                });
            }
            renderer.WriteAttributes(cell);
            renderer.Write('>');
            var implicitParagraph = renderer.ImplicitParagraph;
            if (cell.Count == 1)
            {
                renderer.ImplicitParagraph = true;
            }
            renderer.Write(cell);
            renderer.ImplicitParagraph = implicitParagraph;
            renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
        }
        renderer.WriteLine("</tr>");
    }

    private static void WriteColumnWidths(HtmlRenderer renderer, Table table)
    {
        if (!table.ColumnDefinitions.Exists(c => c.Width is not (0.0f or 1.0f)))
        {
            return;
        }
        foreach (var column in table.ColumnDefinitions)
        {
            var width = Math.Round(column.Width * 100) / 100;
            renderer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<col style=\"width:{width:0.##}%\" />"));
        }
    }

    /// <summary>Without HTML (plain-text rendering), the cells' text separated by spaces.</summary>
    private static void WriteText(HtmlRenderer renderer, Table table)
    {
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true;
        foreach (var block in table)
        {
            foreach (var cell in (TableRow)block)
            {
                renderer.Write(cell);
                renderer.Write(' ');
            }
        }
        renderer.ImplicitParagraph = implicitParagraph;
    }
}
