using System.Globalization;
using System.Text;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Derive;
using static SiteGen.Feeds.FeedText;

namespace SiteGen.Feeds;

/// <summary>
/// One Atom 1.0 feed (RFC 4287): the newest dated pages, newest first, with absolute URLs for ids and links, and a
/// summary (the page's description, else its first paragraph) or the whole body as HTML.
/// </summary>
public static class AtomFeed
{
    public static string Write(SiteConfig config, FeedHead head, IReadOnlyList<Page> newestFirst)
    {
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        text.Append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").Append(Escape(config.Language)).Append("\">\n");
        Element(text, "  ", "title", head.Title);
        if (config.Description.Length > 0)
        {
            Element(text, "  ", "subtitle", config.Description);
        }
        var self = SitemapBuilder.Permalink(config, head.Path);
        Element(text, "  ", "id", self);
        text.Append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").Append(Escape(self)).Append("\"/>\n");
        text.Append("  <link rel=\"alternate\" type=\"text/html\" href=\"").Append(Escape(SitemapBuilder.Permalink(config, head.PagePath))).Append("\"/>\n");
        // A feed without entries has no date of its own; the Unix epoch keeps the output the same on every build.
        var updated = newestFirst.Count == 0 ? DateTimeOffset.UnixEpoch : newestFirst.Max(Updated);
        Element(text, "  ", "updated", Format(updated));
        text.Append("  <author><name>").Append(Escape(config.Title)).Append("</name></author>\n");
        Element(text, "  ", "generator", "SiteGen");
        foreach (var page in newestFirst)
        {
            var permalink = SitemapBuilder.Permalink(config, page.Path);
            text.Append("  <entry>\n");
            Element(text, "    ", "title", page.Title);
            text.Append("    <link rel=\"alternate\" type=\"text/html\" href=\"").Append(Escape(permalink)).Append("\"/>\n");
            Element(text, "    ", "id", permalink);
            Element(text, "    ", "published", Format(DateOf(page.FrontMatter.Date)!.Value));
            Element(text, "    ", "updated", Format(Updated(page)));
            if (config.Feeds.FullContent)
            {
                // Links in the body are root-relative ("/guide/x/"); xml:base makes them absolute for feed readers.
                text.Append("    <content type=\"html\" xml:base=\"").Append(Escape(permalink)).Append("\">")
                    .Append(Escape(Encoding.UTF8.GetString(page.Markdown.HtmlUtf8))).Append("</content>\n");
            }
            else if (Summary(page) is { Length: > 0 } summary)
            {
                Element(text, "    ", "summary", summary);
            }
            text.Append("  </entry>\n");
        }
        text.Append("</feed>\n");
        return text.ToString();
    }

    private static string Format(DateTimeOffset date) =>
        date.Offset == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
