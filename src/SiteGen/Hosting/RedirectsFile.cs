using System.Text;
using SiteGen.Content;

namespace SiteGen.Hosting;

/// <summary>
/// <c>_redirects</c> for Netlify and Cloudflare Pages: a permanent redirect (301) from each alias of a page's front
/// matter to the page, so those hosts answer with a real redirect instead of the alias's refresh page (which stays,
/// for every other host). Written only when some page has aliases.
/// </summary>
public static class RedirectsFile
{
    public const string Name = "_redirects";

    /// <returns>The file's text, or null when no page has an alias.</returns>
    public static string? Text(IEnumerable<Page> pages, string basePath)
    {
        var lines = pages.SelectMany(p => p.FrontMatter.Aliases.Select(a => $"{basePath}{a.Path} {basePath}{p.Path} 301"))
            .Order(StringComparer.Ordinal).ToList();
        if (lines.Count == 0)
        {
            return null;
        }
        var text = new StringBuilder("# Written by SiteGen from the pages' aliases (host_files in site.yml); other hosts ignore it.\n");
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }
}
