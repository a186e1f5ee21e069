using System.Globalization;
using System.Text;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Derive;
using static SiteGen.Feeds.FeedText;

namespace SiteGen.Feeds;

/// <summary>
/// One RSS 2.0 feed, the format Hugo writes (/index.xml, /blog/index.xml), so a moved site's subscribers keep reading:
/// the same pages as the Atom feed, with absolute links, each page's URL as its permanent <c>guid</c>, RFC 822 dates,
/// and the summary or the whole body as HTML in <c>description</c>.
/// </summary>
public static class RssFeed
{
    public static string Write(SiteConfig config, FeedHead head, IReadOnlyList<Page> newestFirst)
    {
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        text.Append("<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n");
        text.Append("  <channel>\n");
        Element(text, "    ", "title", head.Title);
        Element(text, "    ", "link", SitemapBuilder.Permalink(config, head.PagePath));
        // RSS requires a description; the site's, else its title.
        Element(text, "    ", "description", config.Description.Length > 0 ? config.Description : head.Title);
        Element(text, "    ", "language", config.Language);
        Element(text, "    ", "generator", "SiteGen");
        // A feed without items has no date of its own; the Unix epoch keeps the output the same on every build.
        var updated = newestFirst.Count == 0 ? DateTimeOffset.UnixEpoch : newestFirst.Max(Updated);
        Element(text, "    ", "lastBuildDate", Format(updated));
        text.Append("    <atom:link href=\"").Append(Escape(SitemapBuilder.Permalink(config, head.Path)))
            .Append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        foreach (var page in newestFirst)
        {
            var permalink = SitemapBuilder.Permalink(config, page.Path);
            text.Append("    <item>\n");
            Element(text, "      ", "title", page.Title);
            Element(text, "      ", "link", permalink);
            text.Append("      <guid isPermaLink=\"true\">").Append(Escape(permalink)).Append("</guid>\n");
            Element(text, "      ", "pubDate", Format(DateOf(page.FrontMatter.Date)!.Value));
            if (config.Feeds.FullContent)
            {
                // RSS has no xml:base: links in the body are made absolute by the feed reader against the item's link.
                Element(text, "      ", "description", Encoding.UTF8.GetString(page.Markdown.HtmlUtf8));
            }
            else if (Summary(page) is { Length: > 0 } summary)
            {
                Element(text, "      ", "description", summary);
            }
            text.Append("    </item>\n");
        }
        text.Append("  </channel>\n");
        text.Append("</rss>\n");
        return text.ToString();
    }

    /// <summary>An RFC 822 date as RSS 2.0 wants it: "Thu, 16 Feb 2017 09:29:00 +0100" (English names, four-digit year).</summary>
    private static string Format(DateTimeOffset date) =>
        date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
        + (date.Offset < TimeSpan.Zero ? "-" : "+") + date.Offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}
