namespace SiteGen.Search;

public enum HtmlTagKind { NotATag, Start, End, Other }

/// <summary>The element names the search scan treats specially; everything else is <see cref="Other"/>.</summary>
public enum TagName
{
    Other, Main, Nav, Header, Footer, Aside, Script, Style, Template, Svg, Noscript, Form,
    H1, H2, H3, H4,
    A, Abbr, B, Bdi, Bdo, Cite, Code, Data, Dfn, Em, I, Kbd, Mark, Q, S, Samp, Small, Span, Strong, Sub, Sup, Time, U, Var, Del, Ins, Wbr,
}

public static class TagNames
{
    public static bool IsSkipped(this TagName name) => name is >= TagName.Nav and <= TagName.Form;

    public static bool IsHeading(this TagName name) => name is >= TagName.H1 and <= TagName.H4;

    /// <summary>Phrasing elements: no word break at their tags ("un<em>usual</em>" is one word).</summary>
    public static bool IsInline(this TagName name) => name >= TagName.A;

    /// <summary>Elements that have no end tag (img, br, input, ...): ignoring one skips nothing after it.</summary>
    public static bool IsVoid(ReadOnlySpan<char> name)
    {
        if (name.Length > 6)
        {
            return false;
        }
        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        return lower is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta"
            or "source" or "track" or "wbr" or "param";
    }

    public static TagName Of(ReadOnlySpan<char> name)
    {
        if (name.Length > 8)
        {
            return TagName.Other;
        }
        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        return lower switch
        {
            "main" => TagName.Main,
            "nav" => TagName.Nav,
            "header" => TagName.Header,
            "footer" => TagName.Footer,
            "aside" => TagName.Aside,
            "script" => TagName.Script,
            "style" => TagName.Style,
            "template" => TagName.Template,
            "svg" => TagName.Svg,
            "noscript" => TagName.Noscript,
            "form" => TagName.Form,
            "h1" => TagName.H1,
            "h2" => TagName.H2,
            "h3" => TagName.H3,
            "h4" => TagName.H4,
            "a" => TagName.A,
            "abbr" => TagName.Abbr,
            "b" => TagName.B,
            "bdi" => TagName.Bdi,
            "bdo" => TagName.Bdo,
            "cite" => TagName.Cite,
            "code" => TagName.Code,
            "data" => TagName.Data,
            "dfn" => TagName.Dfn,
            "em" => TagName.Em,
            "i" => TagName.I,
            "kbd" => TagName.Kbd,
            "mark" => TagName.Mark,
            "q" => TagName.Q,
            "s" => TagName.S,
            "samp" => TagName.Samp,
            "small" => TagName.Small,
            "span" => TagName.Span,
            "strong" => TagName.Strong,
            "sub" => TagName.Sub,
            "sup" => TagName.Sup,
            "time" => TagName.Time,
            "u" => TagName.U,
            "var" => TagName.Var,
            "del" => TagName.Del,
            "ins" => TagName.Ins,
            "wbr" => TagName.Wbr,
            _ => TagName.Other,
        };
    }
}

/// <summary>
/// One tag read at a '&lt;' of a page's HTML: its kind and name, the <c>id</c> of a heading, whether it carries
/// <c>data-search-ignore</c>, and where it ends. Comments, doctypes and processing instructions are
/// <see cref="HtmlTagKind.Other"/>; a '&lt;' that starts no tag is <see cref="HtmlTagKind.NotATag"/>.
/// </summary>
public readonly ref struct HtmlTag
{
    public HtmlTagKind Kind { get; init; }

    public TagName Name { get; init; }

    public ReadOnlySpan<char> NameText { get; init; }

    public string? Id { get; init; }

    public bool IgnoredForSearch { get; init; }

    public bool SelfClosing { get; init; }

    /// <summary>The index just after the tag's '&gt;'.</summary>
    public int End { get; init; }

    public static HtmlTag Read(ReadOnlySpan<char> html, int at)
    {
        var i = at + 1;
        if (i >= html.Length)
        {
            return new HtmlTag { Kind = HtmlTagKind.NotATag };
        }
        if (html[i..].StartsWith("!--"))
        {
            var close = html[(i + 3)..].IndexOf("-->");
            return new HtmlTag { Kind = HtmlTagKind.Other, End = close < 0 ? html.Length : i + 3 + close + 3 };
        }
        if (html[i] is '!' or '?')
        {
            return new HtmlTag { Kind = HtmlTagKind.Other, End = AfterNext(html, i, '>') };
        }
        var end = html[i] == '/';
        if (end)
        {
            i++;
        }
        if (i >= html.Length || !char.IsAsciiLetter(html[i]))
        {
            return new HtmlTag { Kind = HtmlTagKind.NotATag };
        }
        var nameStart = i;
        while (i < html.Length && !IsTagSpace(html[i]) && html[i] is not ('>' or '/'))
        {
            i++;
        }
        var nameText = html[nameStart..i];
        var name = TagNames.Of(nameText);
        if (end)
        {
            return new HtmlTag { Kind = HtmlTagKind.End, Name = name, NameText = nameText, End = AfterNext(html, i, '>') };
        }
        string? id = null;
        var ignored = false;
        var selfClosing = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                i++;
                break;
            }
            if (IsTagSpace(c) || c == '/')
            {
                selfClosing = c == '/';
                i++;
                continue;
            }
            selfClosing = false;
            var attributeStart = i;
            while (i < html.Length && !IsTagSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }
            var attribute = html[attributeStart..i];
            ReadOnlySpan<char> value = default;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var quote = html[i];
                    var close = html[(i + 1)..].IndexOf(quote);
                    var valueEnd = close < 0 ? html.Length : i + 1 + close;
                    value = html[(i + 1)..valueEnd];
                    i = Math.Min(html.Length, valueEnd + 1);
                }
                else
                {
                    var valueStart = i;
                    while (i < html.Length && !IsTagSpace(html[i]) && html[i] != '>')
                    {
                        i++;
                    }
                    value = html[valueStart..i];
                }
            }
            if (attribute.Equals("data-search-ignore", StringComparison.OrdinalIgnoreCase))
            {
                ignored = true;
            }
            else if (name.IsHeading() && attribute.Equals("id", StringComparison.OrdinalIgnoreCase) && !value.IsEmpty)
            {
                id = value.ToString();
            }
        }
        return new HtmlTag
        {
            Kind = HtmlTagKind.Start,
            Name = name,
            NameText = nameText,
            Id = id,
            IgnoredForSearch = ignored,
            SelfClosing = selfClosing,
            End = i,
        };
    }

    /// <summary>The index after the end tag that closes raw text (script, style), or the end of the HTML.</summary>
    public static int SkipRawText(ReadOnlySpan<char> html, int from, string endTag)
    {
        var close = html[from..].IndexOf(endTag, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : AfterNext(html, from + close, '>');
    }

    private static int AfterNext(ReadOnlySpan<char> html, int from, char c)
    {
        var found = html[from..].IndexOf(c);
        return found < 0 ? html.Length : from + found + 1;
    }

    private static bool IsTagSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
