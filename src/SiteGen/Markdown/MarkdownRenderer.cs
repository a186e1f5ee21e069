using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;

namespace SiteGen.Markdown;

/// <summary>Renders each page's Markdown to HTML, rewriting .md links to URLs and collecting its table of contents.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, LinkResolver links)
{
    public LinkResolver Links => links;

    public RenderedMarkdown Render(Page page, DiagnosticBag diagnostics, List<(string Target, string? Path)> targets)
    {
        if (page.Body.Length == 0)
        {
            return RenderedMarkdown.Empty;
        }
        var document = Markdig.Markdown.Parse(page.Body, pipeline);
        var recorded = new List<MarkdownLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var line = page.BodyLine + link.Line;
            var column = link.Column + 1;
            if (links.Rewrite(page, link.Url, line, column, diagnostics, targets) is { } href)
            {
                link.Url = href;
                recorded.Add(new MarkdownLink(href, line, column));
            }
        }
        foreach (var link in document.Descendants<AutolinkInline>())
        {
            recorded.Add(new MarkdownLink(link.Url, page.BodyLine + link.Line, link.Column + 1));
        }

        AccessibleMarkdown.PrepareTables(document, page, diagnostics);

        var toc = new List<TocEntry>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.TryGetAttributes()?.Id;
            if (heading.Level is >= 2 and <= 4 && id is not null)
            {
                toc.Add(new TocEntry(heading.Level, id, PlainText(heading.Inline)));
            }
        }

        // Markdig renders through its own pooled renderers, set up once per pipeline.
        var html = document.ToHtml(pipeline);
        return new RenderedMarkdown(AccessibleMarkdown.FinishTables(html), toc, recorded, CountWords(page.Body));
    }

    private static string PlainText(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }
        var builder = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: builder.Append(literal.Content.ToString()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case LineBreakInline: builder.Append(' '); break;
            }
        }
        return builder.ToString().Trim();
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }
}
