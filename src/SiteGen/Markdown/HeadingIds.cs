using System.Globalization;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Markdown.Components;

namespace SiteGen.Markdown;

/// <summary>
/// The one owner of heading ids: every heading without an explicit <c>{#id}</c> gets a GitHub-style id from its text,
/// made unique in the page with -1, -2, ... ("h", "h-1", "h-2"). The ids are exactly those of Markdig's
/// AutoIdentifierExtension with <c>AutoIdentifierOptions.GitHub</c>, which this replaces: Markdig tries "h-1", "h-2", ...
/// from 1 again for every repeat, so a page of n identical headings took n²/2 tries (10,000 `## h`: 13 s); here each base
/// id remembers the suffix it has reached, so every heading takes about one try.
/// </summary>
public sealed class HeadingIds : IMarkdownExtension
{
    private static readonly ProcessBlockDelegate OnClosed = HeadingClosed;
    private static readonly ProcessInlineDelegate OnInlinesEnd = AssignId;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // The same hooks as Markdig's extension: ATX headings, and paragraphs that close as setext headings.
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void HeadingClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            // Ids come from the heading's text, known once its inlines are parsed.
            heading.ProcessInlinesEnd += OnInlinesEnd;
        }
    }

    /// <summary>An id for something other than a heading (a callout's title), unique among the document's heading ids:
    /// <paramref name="baseId"/>, or baseId-1, -2, ... when a heading already has it. Call after parsing.</summary>
    public static string Claim(MarkdownDocument document, string baseId) => UsedIdsOf(document).Claim(baseId);

    private static UsedIds UsedIdsOf(MarkdownDocument document)
    {
        if (document.GetData(typeof(UsedIds)) is not UsedIds used)
        {
            used = new UsedIds();
            document.SetData(typeof(UsedIds), used);
        }
        return used;
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        var used = UsedIdsOf(processor.Document);
        var heading = (HeadingBlock)processor.Block!;
        if (heading.Inline is null)
        {
            return;
        }
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null)
        {
            // An explicit {#id} is kept as written (and, as in Markdig, not counted as used).
            return;
        }
        var slug = LinkHelper.UrilizeAsGfm(WithoutComponents(HeadingText.Of(heading.Inline)));
        attributes.Id = used.Claim(string.IsNullOrEmpty(slug) ? "section" : slug);
    }

    /// <summary>
    /// The heading's text with its component calls taken out, and the spaces that stood beside them, so that
    /// <c>## Pay {{ badge(text: "new") }}</c> gets the id <c>pay</c>, not <c>pay-</c> (a component's output is made
    /// after ids are given, so it adds nothing to the id). Text without components is returned as it is.
    /// </summary>
    private static string WithoutComponents(string text)
    {
        if (!text.Contains(HeadingText.Component, StringComparison.Ordinal))
        {
            return text;
        }
        var parts = text.Split(HeadingText.Component);
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = i == 0 ? parts[i].TrimEnd() : i == parts.Length - 1 ? parts[i].TrimStart() : parts[i].Trim();
        }
        return string.Join(' ', parts.Where(part => part.Length > 0));
    }

    /// <summary>The ids given out in one document, and for each base id the first suffix not yet tried.</summary>
    private sealed class UsedIds
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, uint> _nextSuffix = new(StringComparer.Ordinal);

        /// <summary>
        /// The base id if free, else base-k for the smallest free k (ids are only ever added, so every k below the
        /// remembered suffix is still taken: the answer is Markdig's, found without trying them again).
        /// </summary>
        public string Claim(string baseId)
        {
            if (_ids.Add(baseId))
            {
                return baseId;
            }
            var suffix = _nextSuffix.GetValueOrDefault(baseId, 1u);
            string id;
            while (!_ids.Add(id = baseId + "-" + suffix.ToString(CultureInfo.InvariantCulture)))
            {
                suffix++;
            }
            _nextSuffix[baseId] = suffix + 1;
            return id;
        }
    }

    /// <summary>A heading's text without HTML tags or escaping, as Markdig's extension renders it before making the id;
    /// a component call is written as <see cref="Component"/>, its literal form as its text.</summary>
    private sealed class HeadingText : HtmlRenderer
    {
        /// <summary>Stands for a component call in the text (a control character, so never part of a heading).</summary>
        public const char Component = '\u0001';

        [ThreadStatic]
        private static HeadingText? t_renderer;

        private HeadingText() : base(new StringWriter(CultureInfo.InvariantCulture))
        {
            EnableHtmlForInline = false;
            EnableHtmlEscape = false;
            ObjectRenderers.Insert(0, new ComponentText());
        }

        public static string Of(ContainerInline inline)
        {
            var renderer = t_renderer ??= new HeadingText();
            try
            {
                renderer.Render(inline);
                return renderer.Writer.ToString()!;
            }
            finally
            {
                renderer.Reset();
            }
        }

        private sealed class ComponentText : HtmlObjectRenderer<ComponentInline>
        {
            protected override void Write(HtmlRenderer renderer, ComponentInline inline) =>
                renderer.Write(inline.Literal ?? Component.ToString());
        }
    }
}
