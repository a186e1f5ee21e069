using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Writes a code block as <c>&lt;pre tabindex="0"&gt;&lt;code class="language-x"&gt;</c>, its text (with the spans the walk
/// highlighted, if any) and <c>&lt;/code&gt;&lt;/pre&gt;</c>: Markdig's wrapper, plus a tab stop so that keyboard users
/// can scroll a block wider than the screen (axe: scrollable-region-focusable), whether it has a language or not.
/// Blocks Markdig writes as a <c>&lt;div&gt;</c> (diagrams), and any block when HTML is off, are left to Markdig's own
/// renderer, byte for byte.
/// </summary>
public sealed class HighlightedCodeRenderer(CodeBlockRenderer plain) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        if (!renderer.EnableHtmlForBlock || (obj is FencedCodeBlock { Info: { } info } && plain.BlocksAsDiv.Contains(info)))
        {
            ((IMarkdownObjectRenderer)plain).Write(renderer, obj);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<pre tabindex=\"0\"><code");
        renderer.WriteAttributes(obj);
        renderer.Write('>');
        if (CodeHighlighting.HtmlOf(obj) is { } html)
        {
            renderer.Write(html);
        }
        else
        {
            renderer.WriteLeafRawLines(obj, true, renderer.EnableHtmlEscape);
        }
        renderer.WriteLine("</code></pre>");
        renderer.EnsureLine();
    }

    /// <summary>The pipeline extension that puts this renderer in the place of Markdig's code block renderer.</summary>
    public sealed class Extension : IMarkdownExtension
    {
        public void Setup(MarkdownPipelineBuilder pipeline)
        {
        }

        public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
        {
            if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } plain)
            {
                html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeRenderer(plain));
            }
        }
    }
}
