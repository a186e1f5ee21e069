using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace SiteGen.Markdown;

/// <summary>
/// Writes a callout prepared by <see cref="Callouts.Prepare"/>:
/// <c>&lt;div class="callout callout-tip" role="note" aria-labelledby="callout-1"&gt;&lt;p class="callout-title"
/// id="callout-1"&gt;&lt;svg aria-hidden="true" ...&gt;Tip&lt;/p&gt;...&lt;/div&gt;</c>. A role="note" group, not a
/// region: several regions named "Note" on one page would be landmarks that cannot be told apart. An alert of an
/// unknown kind is written as the plain &lt;blockquote&gt; GitHub shows.
/// </summary>
public sealed class CalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock obj)
    {
        renderer.EnsureLine();
        var callout = Callouts.Of(obj);
        if (renderer.EnableHtmlForBlock)
        {
            if (callout is null)
            {
                renderer.WriteLine("<blockquote>");
            }
            else
            {
                renderer.Write("<div class=\"callout callout-").Write(callout.Kind).Write("\" role=\"note\" aria-labelledby=\"")
                    .Write(callout.TitleId).WriteLine("\">");
                renderer.Write("<p class=\"callout-title\" id=\"").Write(callout.TitleId).Write("\">")
                    .Write("<svg class=\"callout-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\"")
                    .Write(" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"><path d=\"")
                    .Write(callout.Icon).Write("\"/></svg>").Write(callout.Word).WriteLine("</p>");
            }
        }
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(obj);
        renderer.ImplicitParagraph = implicitParagraph;
        if (renderer.EnableHtmlForBlock)
        {
            renderer.WriteLine(callout is null ? "</blockquote>" : "</div>");
        }
        renderer.EnsureLine();
    }
}
