using System.Buffers;
using Markdig;

namespace SiteGen.Markdown;

/// <summary>
/// The Markdig pipelines, built once per process and shared by every build and worker (Markdig pipelines are thread-safe): the
/// full one, and the same without bare-URL autolinks for pages that cannot contain one.
/// </summary>
/// <remarks>
/// Measured: the autolink parser costs about a third of parsing a page, because it interrupts every run of text at
/// each h, f, m, t and w to look for http://, https://, ftp://, mailto:, tel: or www. A page none of whose text contains
/// one of these (in any case) renders the same without it, so such pages skip it.
/// </remarks>
public sealed class MarkdownPipelines
{
    /// <summary>The pipelines every build of this process uses: built once, not on every serve rebuild.</summary>
    public static MarkdownPipelines Shared { get; } = new();

    /// <summary>What Markdig's autolink parser needs to find in the text to make a link (it matches them in any case).</summary>
    internal static readonly SearchValues<string> AutoLinkMarkers =
        SearchValues.Create(["://", "www.", "mailto:", "tel:"], StringComparison.OrdinalIgnoreCase);

    public MarkdownPipeline Full { get; } = Builder().UseAutoLinks().UseGenericAttributes().Build();

    public MarkdownPipeline WithoutAutoLinks { get; } = Builder().UseGenericAttributes().Build();

    /// <summary>The pipeline to parse and render this Markdown with.</summary>
    public MarkdownPipeline For(string markdown) =>
        markdown.AsSpan().ContainsAny(AutoLinkMarkers) ? Full : WithoutAutoLinks;

    private static MarkdownPipelineBuilder Builder() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .Use<HeadingIds>()
            .UseFootnotes()
            .UseTaskLists()
            .UseAlertBlocks()
            .Use<Components.ComponentExtension>()
            .Use<AccessibleMarkdown.AccessibleRenderers>()
            .Use<Highlighting.HighlightedCodeRenderer.Extension>();
}
