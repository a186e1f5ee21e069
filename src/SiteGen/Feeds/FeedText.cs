using System.Net;
using System.Text;
using System.Xml;
using SiteGen.Content;

namespace SiteGen.Feeds;

/// <summary>What a feed is about: its title, its own URL path ("/blog/atom.xml"), the page it belongs to ("/blog/")
/// and the format it is written in.</summary>
public sealed record FeedHead(string Title, string Path, string PagePath, FeedFormat Format);

/// <summary>What Atom and RSS feeds say alike about a page: its dates, its summary, and XML-escaped text.</summary>
public static class FeedText
{
    /// <summary>A page's date for feeds: the front matter's day (midnight UTC) or date-time with its offset.</summary>
    public static DateTimeOffset? DateOf(PageDate? date) => date?.Value;

    /// <summary>When a page last changed, for an entry's <c>updated</c>: <c>page.lastmod</c> (front matter
    /// <c>updated</c>, else the last commit of its source) when it is after the page's date, else the date.</summary>
    public static DateTimeOffset Updated(Page page) =>
        DateOf(page.LastModified) is { } updated && updated > DateOf(page.FrontMatter.Date)!.Value ? updated : DateOf(page.FrontMatter.Date)!.Value;

    /// <summary>The description, else the text of the first paragraph of the body.</summary>
    public static string Summary(Page page)
    {
        if (!string.IsNullOrWhiteSpace(page.FrontMatter.Description))
        {
            return page.FrontMatter.Description;
        }
        var html = Encoding.UTF8.GetString(page.Markdown.HtmlUtf8);
        var start = html.IndexOf("<p>", StringComparison.Ordinal);
        var end = start < 0 ? -1 : html.IndexOf("</p>", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return "";
        }
        var text = new StringBuilder();
        var inTag = false;
        foreach (var c in html.AsSpan(start + 3, end - start - 3))
        {
            if (c == '<' || c == '>')
            {
                inTag = c == '<';
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }
        return WebUtility.HtmlDecode(text.ToString()).Trim();
    }

    public static void Element(StringBuilder text, string indent, string name, string value) =>
        text.Append(indent).Append('<').Append(name).Append('>').Append(Escape(value)).Append("</").Append(name).Append(">\n");

    /// <summary>XML-escaped, without the characters XML 1.0 cannot hold at all (control characters).</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
                continue;
            }
            if (!XmlConvert.IsXmlChar(c))
            {
                continue;
            }
            text.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}
