using SiteGen.Content;

namespace SiteGen.Search;

/// <summary>One part of a page for search: before the first heading with an id (anchor "", heading = the page's title),
/// or from such a heading (h2, h3, h4) to the next. Text is whitespace-collapsed.</summary>
public sealed record SearchSection(string Anchor, string Heading, string Text);

/// <summary>
/// Takes a page's text for search from its final HTML in one pass, in the rendering worker: only inside the first
/// <c>&lt;main&gt;</c>, skipping nav, header, footer, aside, script, style, template, svg, noscript, form and any element
/// with <c>data-search-ignore</c>; entities decoded; split into sections at h2–h4 headings with an id. The h1 goes to
/// the title field when it repeats the page's title, else to section 0. No DOM: a scanner over the span, writing into
/// one buffer per worker thread (<see cref="PageText"/>), so a page's text costs no allocation but its anchors.
/// </summary>
public static class SearchText
{
    /// <summary>The most sections a page is split into (later headings stay text of the last section).</summary>
    public const int MaxSections = SearchIndex.MaxSections;

    [ThreadStatic]
    private static PageText? t_text;

    /// <summary>The page's text; valid until this thread extracts the next page.</summary>
    public static PageText Extract(Page page, ReadOnlySpan<char> html) => Extract(page.Title, html);

    public static PageText Extract(string title, ReadOnlySpan<char> html)
    {
        var text = t_text ??= new PageText();
        text.Start(title);
        var main = FindMain(html);
        var i = main < 0 ? html.Length : main;
        Span<char> decoded = stackalloc char[2];
        var scan = new Scan(text);
        while (i < html.Length)
        {
            var next = html[i..].IndexOfAny('<', '&');
            if (next < 0)
            {
                scan.Text(html[i..]);
                break;
            }
            scan.Text(html.Slice(i, next));
            i += next;
            if (html[i] == '&')
            {
                i = HtmlEntities.Decode(html, i, decoded, out var written);
                scan.Text(decoded[..written]);
                continue;
            }
            var tag = HtmlTag.Read(html, i);
            if (tag.Kind == HtmlTagKind.NotATag)
            {
                scan.Text("<");
                i++;
                continue;
            }
            i = tag.End;
            if (tag.Kind == HtmlTagKind.End && tag.Name == TagName.Main)
            {
                break;
            }
            if (tag.Kind == HtmlTagKind.Start && tag.Name is TagName.Script or TagName.Style && !tag.SelfClosing)
            {
                // Raw text: nothing in it is a tag until its own end tag.
                i = HtmlTag.SkipRawText(html, i, tag.Name == TagName.Script ? "</script" : "</style");
                continue;
            }
            scan.Tag(tag);
        }
        text.EndSection();
        return text;
    }

    /// <summary>Where the content of the first &lt;main&gt; starts, or -1.</summary>
    private static int FindMain(ReadOnlySpan<char> html)
    {
        var from = 0;
        while (true)
        {
            var at = html[from..].IndexOf("<main", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }
            var tag = HtmlTag.Read(html, from + at);
            if (tag.Kind == HtmlTagKind.Start && tag.Name == TagName.Main)
            {
                return tag.End;
            }
            from += at + 5;
        }
    }

    /// <summary>Where text goes now (the current section, a heading, the h1, or nowhere inside a skipped element).</summary>
    private ref struct Scan(PageText text)
    {
        private TagName _headingTag;
        private TagName _skipTag;
        private string? _skipName;
        private int _skipDepth;

        public readonly void Text(ReadOnlySpan<char> chars)
        {
            if (_skipDepth == 0)
            {
                text.Append(chars);
            }
        }

        public void Tag(HtmlTag tag)
        {
            if (_skipDepth > 0)
            {
                if (tag.Name == _skipTag && (tag.Name != TagName.Other || tag.NameText.Equals(_skipName, StringComparison.OrdinalIgnoreCase)))
                {
                    _skipDepth += tag.Kind == HtmlTagKind.End ? -1 : tag.SelfClosing ? 0 : 1;
                }
                return;
            }
            if (tag.Kind == HtmlTagKind.Start && !tag.SelfClosing && (tag.IgnoredForSearch || tag.Name.IsSkipped()) && !TagNames.IsVoid(tag.NameText))
            {
                (_skipTag, _skipName, _skipDepth) = (tag.Name, tag.Name == TagName.Other ? tag.NameText.ToString() : null, 1);
                return;
            }
            if (tag.Name.IsHeading())
            {
                Heading(tag);
                return;
            }
            if (!tag.Name.IsInline())
            {
                text.Separate();
            }
        }

        private void Heading(HtmlTag tag)
        {
            if (tag.Kind == HtmlTagKind.Start && _headingTag == TagName.Other)
            {
                if (tag.Name == TagName.H1)
                {
                    _headingTag = TagName.H1;
                    text.StartH1();
                    return;
                }
                if (tag.Id is not null && text.Sections < MaxSections)
                {
                    _headingTag = tag.Name;
                    text.StartHeading(tag.Id);
                    return;
                }
            }
            if (tag.Kind == HtmlTagKind.End && tag.Name == _headingTag)
            {
                _headingTag = TagName.Other;
                if (tag.Name == TagName.H1)
                {
                    text.EndH1();
                    return;
                }
                text.EndHeading();
                return;
            }
            text.Separate();
        }
    }
}
