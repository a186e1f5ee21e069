using System.Text;
using SiteGen.Content;

namespace SiteGen.Search;

/// <summary>One part of a page for search: before the first heading with an id (anchor "", heading = the page's title),
/// or from such a heading (h2, h3, h4) to the next. Text is whitespace-collapsed.</summary>
public sealed record SearchSection(string Anchor, string Heading, string Text);

/// <summary>
/// Takes a page's text for search from its final HTML in one pass, in the rendering worker: only inside the first
/// <c>&lt;main&gt;</c>, skipping nav, header, footer, aside, script, style, template, svg, noscript, form and any element
/// with <c>data-search-ignore</c>; entities decoded; split into <see cref="SearchSection"/>s at h2–h4 headings with an id.
/// The h1 goes to the title field when it repeats the page's title, else to section 0. No DOM: a scanner over the span.
/// </summary>
public static class SearchText
{
    public static IReadOnlyList<SearchSection> Extract(Page page, ReadOnlySpan<char> html) => Extract(page.Title, html);

    public static IReadOnlyList<SearchSection> Extract(string title, ReadOnlySpan<char> html)
    {
        var scan = new Scan(title);
        var main = FindMain(html);
        if (main < 0)
        {
            return scan.Finish();
        }
        var i = main;
        Span<char> decoded = stackalloc char[2];
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
        return scan.Finish();
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

    /// <summary>What the scan has collected so far and where text goes now (body, heading, h1, or nowhere).</summary>
    private sealed class Scan(string pageTitle)
    {
        private readonly string _title = pageTitle;
        private readonly List<SearchSection> _sections = [];
        private readonly Collector _body = new();
        private readonly Collector _heading = new();
        private string _anchor = "";
        private string _sectionHeading = pageTitle;
        private string? _pendingAnchor;
        private TagName _headingTag;
        private TagName _skipTag;
        private string? _skipName;
        private int _skipDepth;

        private Collector? Target => _skipDepth > 0 ? null : _headingTag != TagName.Other ? _heading : _body;

        public void Text(ReadOnlySpan<char> text) => Target?.Append(text);

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
                HeadingTag(tag);
                return;
            }
            if (!tag.Name.IsInline())
            {
                Target?.Separate();
            }
        }

        private void HeadingTag(HtmlTag tag)
        {
            if (tag.Kind == HtmlTagKind.Start && _headingTag == TagName.Other && (tag.Name == TagName.H1 || tag.Id is not null))
            {
                _headingTag = tag.Name;
                _pendingAnchor = tag.Id;
                _heading.Clear();
                return;
            }
            if (tag.Kind == HtmlTagKind.End && tag.Name == _headingTag)
            {
                _headingTag = TagName.Other;
                var text = _heading.ToString();
                if (tag.Name == TagName.H1)
                {
                    if (text != Collector.Collapse(_title))
                    {
                        _body.Separate();
                        _body.Append(text);
                        _body.Separate();
                    }
                    return;
                }
                _sections.Add(new SearchSection(_anchor, _sectionHeading, _body.ToString()));
                _body.Clear();
                (_anchor, _sectionHeading) = (_pendingAnchor ?? "", text);
                return;
            }
            Target?.Separate();
        }

        public IReadOnlyList<SearchSection> Finish()
        {
            _sections.Add(new SearchSection(_anchor, _sectionHeading, _body.ToString()));
            return _sections;
        }
    }

    /// <summary>Text with every run of whitespace as one space, without leading or trailing space.</summary>
    private sealed class Collector
    {
        private readonly StringBuilder _text = new();
        private bool _space;

        public void Separate() => _space = _text.Length > 0;

        public void Append(ReadOnlySpan<char> text)
        {
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    Flush(text[start..i]);
                    _space = _text.Length > 0;
                    start = i + 1;
                }
            }
            Flush(text[start..]);
        }

        private void Flush(ReadOnlySpan<char> run)
        {
            if (run.IsEmpty)
            {
                return;
            }
            if (_space)
            {
                _text.Append(' ');
                _space = false;
            }
            _text.Append(run);
        }

        public void Clear()
        {
            _text.Clear();
            _space = false;
        }

        public override string ToString() => _text.ToString();

        public static string Collapse(string text)
        {
            var collector = new Collector();
            collector.Append(text);
            return collector.ToString();
        }
    }
}
