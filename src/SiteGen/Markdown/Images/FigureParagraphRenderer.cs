using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace SiteGen.Markdown.Images;

/// <summary>
/// Writes a paragraph that is one captioned image (marked by <see cref="ImageRules"/>) as a &lt;figure&gt; with its
/// &lt;figcaption&gt;; every other paragraph exactly as Markdig does.
/// </summary>
public sealed class FigureParagraphRenderer : ParagraphRenderer
{
    /// <summary>The key under which such a paragraph carries its caption text.</summary>
    public static readonly object CaptionKey = new();

    protected override void Write(HtmlRenderer renderer, ParagraphBlock obj)
    {
        if (obj.GetData(CaptionKey) is not string caption || !renderer.EnableHtmlForBlock)
        {
            base.Write(renderer, obj);
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<figure").WriteAttributes(obj).WriteLine(">");
        renderer.WriteLeafInline(obj);
        renderer.EnsureLine();
        renderer.Write("<figcaption>").WriteEscape(caption).WriteLine("</figcaption>");
        renderer.WriteLine("</figure>");
    }
}
