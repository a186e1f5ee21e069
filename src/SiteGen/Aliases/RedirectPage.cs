using System.Net;
using System.Text;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Derive;

namespace SiteGen.Aliases;

/// <summary>
/// The small HTML page written at an alias: it sends browsers on at once (meta refresh), tells search engines where the
/// page lives now (canonical link) and not to index the old address (noindex), and shows a link for anyone it does not
/// send on.
/// </summary>
public static class RedirectPage
{
    public static byte[] Html(SiteConfig config, Page target)
    {
        var url = WebUtility.HtmlEncode(config.BasePath + target.Path);
        var permalink = WebUtility.HtmlEncode(SitemapBuilder.Permalink(config, target.Path));
        var title = WebUtility.HtmlEncode(target.Title);
        var language = WebUtility.HtmlEncode(config.Language);
        return Encoding.UTF8.GetBytes($"""
            <!doctype html>
            <html lang="{language}"><head><meta charset="utf-8">
            <title>Moved: {title}</title>
            <link rel="canonical" href="{permalink}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={url}">
            </head>
            <body><main><p>This page has moved to <a href="{url}">{title}</a>.</p></main></body></html>

            """);
    }
}
