using System.Text;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;
using SiteGen.Markdown.Components;
using SiteGen.Markdown.Highlighting;
using SiteGen.Markdown.Images;

namespace SiteGen.Markdown;

/// <summary>Renders each page's Markdown to HTML, rewriting .md links to URLs and collecting its table of contents.</summary>
/// <param name="images">the site's static files, for the size of the images pages show (none when left out).</param>
/// <param name="components">renders the pages' component calls (null: calls render as nothing).</param>
/// <param name="highlighting">colours fenced code with a language (null: plain code).</param>
public sealed class MarkdownRenderer(MarkdownPipelines pipelines, LinkResolver links, ImageFiles? images = null, ComponentRenderer? components = null,
    CodeHighlighting? highlighting = null)
{
    public LinkResolver Links => links;

    /// <param name="dependencies">receives what the page's components read and the image files whose sizes it shows
    /// (serve re-renders the page when one changes).</param>
    public RenderedMarkdown Render(Page page, DiagnosticBag diagnostics, List<(string Target, string? Path)> targets, HashSet<string>? dependencies = null)
    {
        if (page.Body.Length == 0)
        {
            return RenderedMarkdown.Empty;
        }
        var pipeline = pipelines.For(page.Body);
        var document = Markdig.Markdown.Parse(page.Body, pipeline);
        var walk = new PageWalk(page, links, diagnostics, targets, new ImageRules(page, images ?? ImageFiles.None, diagnostics, dependencies), highlighting);
        walk.VisitBlock(document);
        walk.Links.AddRange(walk.Autolinks);
        if (walk.Tables is { } tables)
        {
            AccessibleMarkdown.PrepareTables(tables, page, diagnostics);
        }
        if (walk.Components is { } calls)
        {
            components?.RenderAll(calls, page, pipeline, diagnostics, dependencies ?? []);
        }

        // Markdig renders through its own pooled renderers, set up once per pipeline.
        var html = document.ToHtml(pipeline);
        return new RenderedMarkdown(System.Text.Encoding.UTF8.GetBytes(html), walk.Toc, walk.Links, WordCount.Of(page.Body));
    }

    /// <summary>
    /// One pass over the document in document order (what Markdig's Descendants would visit): rewrites and records
    /// links, records autolinks, tables and the headings of the table of contents; numbers callouts, applies the image rules.
    /// </summary>
    private sealed class PageWalk(Page page, LinkResolver resolver, DiagnosticBag diagnostics, List<(string Target, string? Path)> targets, ImageRules images,
        CodeHighlighting? highlighting)
    {
        private int _callouts;

        public List<MarkdownLink> Links { get; } = [];

        public List<MarkdownLink> Autolinks { get; } = [];

        public List<Table>? Tables { get; private set; }

        public List<TocEntry> Toc { get; } = [];

        /// <summary>The component calls, in post-order: a call inside another's body comes before it.</summary>
        public List<MarkdownObject>? Components { get; private set; }

        public void VisitBlock(Block block)
        {
            switch (block)
            {
                case ContainerBlock container:
                    if (container is Table table)
                    {
                        (Tables ??= []).Add(table);
                    }
                    else if (container is AlertBlock alert)
                    {
                        Callouts.Prepare(alert, page, diagnostics, ref _callouts);
                    }
                    for (var i = 0; i < container.Count; i++)
                    {
                        VisitBlock(container[i]);
                    }
                    if (container is ComponentBlock component)
                    {
                        (Components ??= []).Add(component);
                    }
                    break;
                case HtmlBlock html:
                    AddHtmlLinks(html);
                    break;
                case LeafBlock leaf:
                    if (leaf.Inline is { } inline)
                    {
                        VisitInlines(inline, 1);
                    }
                    if (leaf is FencedCodeBlock fenced)
                    {
                        highlighting?.Apply(fenced, page, diagnostics);
                    }
                    if (leaf is HeadingBlock { Level: >= 2 and <= 4 } heading && heading.TryGetAttributes()?.Id is { } id)
                    {
                        Toc.Add(new TocEntry(heading.Level, id, PlainText(heading.Inline)));
                    }
                    break;
            }
        }

        /// <summary>Records the href and src of raw HTML written in the Markdown, each at its line (and column when the
        /// value is written as it appears in the page), so a broken one is reported where the author wrote it.</summary>
        private void AddHtmlLinks(HtmlBlock html)
        {
            var lines = html.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                var text = lines.Lines[i].Slice.AsSpan();
                if (!text.Contains('='))
                {
                    continue;
                }
                foreach (var reference in Html.HtmlLinkScanner.Scan(text).References)
                {
                    var at = reference.Length == 0 ? -1 : text.IndexOf(reference, StringComparison.Ordinal);
                    Links.Add(new MarkdownLink(reference, page.BodyLine + lines.Lines[i].Line, lines.Lines[i].Column + Math.Max(at, 0) + 1));
                }
            }
        }

        /// <param name="depth">how deep the inline is nested: past Markdig's limit its renderer would throw anyway, and
        /// stopping here keeps this recursion far from the end of the stack.</param>
        private void VisitInlines(ContainerInline container, int depth)
        {
            if (depth > MarkdownFailure.MarkdigDepthLimit)
            {
                throw new PageWalkTooDeepException();
            }
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case LinkInline link:
                        var line = page.BodyLine + link.Line;
                        var column = link.Column + 1;
                        if (link.IsImage)
                        {
                            images.Apply(link, line, column);
                        }
                        if (resolver.Rewrite(page, link.Url, line, column, diagnostics, targets) is { } href)
                        {
                            link.Url = href;
                            Links.Add(new MarkdownLink(href, line, column));
                        }
                        break;
                    case AutolinkInline autolink:
                        Autolinks.Add(new MarkdownLink(autolink.Url, page.BodyLine + autolink.Line, autolink.Column + 1));
                        break;
                    case ComponentInline { Literal: null } component:
                        (Components ??= []).Add(component);
                        break;
                    case HtmlInline html:
                        foreach (var reference in Html.HtmlLinkScanner.Scan(html.Tag).References)
                        {
                            Links.Add(new MarkdownLink(reference, page.BodyLine + html.Line, html.Column + 1));
                        }
                        break;
                }
                if (inline is ContainerInline children)
                {
                    VisitInlines(children, depth + 1);
                }
            }
        }
    }

    private static string PlainText(ContainerInline? container)
    {
        if (container is null)
        {
            return "";
        }
        var builder = new StringBuilder();
        AppendPlainText(container, builder);
        return builder.ToString().Trim();
    }

    private static void AppendPlainText(ContainerInline container, StringBuilder builder)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal: builder.Append(literal.Content.AsSpan()); break;
                case CodeInline code: builder.Append(code.Content); break;
                case LineBreakInline: builder.Append(' '); break;
                case ContainerInline children: AppendPlainText(children, builder); break;
            }
        }
    }
}
