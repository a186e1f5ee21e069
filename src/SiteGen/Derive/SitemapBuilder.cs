using System.Security;
using System.Text;
using SiteGen.Config;
using SiteGen.Content;

namespace SiteGen.Derive;

/// <summary>sitemap.xml (every page that is not opted out, sorted by URL, with its <see cref="Page.LastModified"/>) and
/// a robots.txt that points at it.</summary>
public static class SitemapBuilder
{
    public static string Sitemap(SiteConfig config, IEnumerable<Page> pages)
    {
        var builder = new StringBuilder();
        builder.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        builder.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p.FrontMatter.InSitemap).OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            builder.Append("  <url><loc>").Append(SecurityElement.Escape(Permalink(config, page.Path))).Append("</loc>");
            if (page.LastModified is { } lastModified)
            {
                builder.Append("<lastmod>").Append(lastModified.Iso).Append("</lastmod>");
            }
            builder.Append("</url>\n");
        }
        builder.Append("</urlset>\n");
        return builder.ToString();
    }

    public static string Robots(SiteConfig config) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {config.BaseUrl}sitemap.xml\n";

    public static string Permalink(SiteConfig config, string path) => config.BaseUrl.TrimEnd('/') + path;
}
