using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Content;

namespace SiteGen.Markdown.Images;

/// <summary>
/// What every image of a page gets, applied while the page's Markdown is walked (one instance per page): alt text is
/// required unless the image is marked {.decorative} (then alt=""), width and height come from the file, every image
/// but the first loads lazily, and an image with a title alone in its paragraph becomes a figure with that caption.
/// </summary>
/// <param name="dependencies">receives "static:&lt;output path&gt;" for each image file whose size the page shows, so serve
/// renders the page again when the file is edited.</param>
public sealed class ImageRules(Page page, ImageFiles files, DiagnosticBag diagnostics, HashSet<string>? dependencies = null)
{
    /// <summary>The class that marks an image as decorative: it gets alt="" and needs no description.</summary>
    public const string DecorativeClass = "decorative";

    private int _images;

    /// <param name="line">the image's 1-based line in the source file.</param>
    /// <param name="column">its 1-based column.</param>
    public void Apply(LinkInline image, int line, int column)
    {
        _images++;
        var file = page.SourceFile ?? page.Path;
        var url = image.Url ?? "";
        var attributes = image.GetAttributes();
        if (attributes.Classes?.Remove(DecorativeClass) == true)
        {
            if (attributes.Classes.Count == 0)
            {
                attributes.Classes = null;
            }
            if (HasText(image))
            {
                diagnostics.Warning(WarningKinds.DecorativeImageAlt, file, line, column,
                    $"image '{url}' is marked {{.{DecorativeClass}}} but has alt text, which is dropped (decorative images get alt=\"\"); remove the text or the mark");
                while (image.FirstChild is { } child)
                {
                    child.Remove();
                }
            }
        }
        else if (!HasText(image))
        {
            diagnostics.Error(file, line, column,
                $"image '{url}' has no alt text; describe it in ![...], or mark a purely decorative image with {{.{DecorativeClass}}}");
        }

        WriteSize(image, attributes, url, file, line, column);
        if (_images > 1 && !Has(attributes, "loading"))
        {
            // The first image is the likely hero, in the first screen; the rest load as the reader scrolls to them.
            attributes.AddProperty("loading", "lazy");
        }
        if (!string.IsNullOrWhiteSpace(image.Title) && AloneInParagraph(image) is { } paragraph)
        {
            // The caption says it; a title tooltip would repeat it.
            paragraph.SetData(FigureParagraphRenderer.CaptionKey, image.Title.Trim());
            image.Title = null;
        }
    }

    private void WriteSize(LinkInline image, HtmlAttributes attributes, string url, string file, int line, int column)
    {
        var width = Number(attributes, "width");
        var height = Number(attributes, "height");
        if ((width is not null && height is not null) || files.SourceOf(page.Path, url, out var output) is not { } source)
        {
            return;
        }
        dependencies?.Add(StaticFileCollector.Dependency(output));
        if (files.SizeOf(source) is not { } size)
        {
            if (!Has(attributes, "width") && !Has(attributes, "height"))
            {
                diagnostics.Warning(WarningKinds.ImageSize, file, line, column,
                    $"could not read the size of '{url}' (SiteGen reads {ImageSize.Formats}); width and height are left out, so the page may shift as it loads: write them as {{width=... height=...}} after the image");
            }
            return;
        }
        // A width or height the author gave wins; the other keeps the picture's proportions.
        var (w, h) = (width, height) switch
        {
            ({ } given, null) => (given, (int)Math.Round((double)given * size.Height / size.Width)),
            (null, { } given) => ((int)Math.Round((double)given * size.Width / size.Height), given),
            _ => (size.Width, size.Height),
        };
        if (!Has(attributes, "width"))
        {
            attributes.AddProperty("width", w.ToString(CultureInfo.InvariantCulture));
        }
        if (!Has(attributes, "height"))
        {
            attributes.AddProperty("height", h.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static ParagraphBlock? AloneInParagraph(LinkInline image) =>
        image.Parent is { Parent: null, ParentBlock: ParagraphBlock paragraph } root && root.FirstChild == image && image.NextSibling is null
            ? paragraph
            : null;

    private static bool Has(HtmlAttributes attributes, string name) =>
        attributes.Properties?.Exists(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)) == true;

    private static int? Number(HtmlAttributes attributes, string name) =>
        attributes.Properties?.Find(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } value &&
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : null;

    /// <summary>True when the image's description ([...] of ![...]) has any visible text.</summary>
    private static bool HasText(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var text = inline switch
            {
                LiteralInline literal => !literal.Content.IsEmptyOrWhitespace(),
                CodeInline code => !string.IsNullOrWhiteSpace(code.Content),
                HtmlEntityInline entity => !entity.Transcoded.IsEmptyOrWhitespace(),
                ContainerInline children => HasText(children),
                _ => false,
            };
            if (text)
            {
                return true;
            }
        }
        return false;
    }
}
