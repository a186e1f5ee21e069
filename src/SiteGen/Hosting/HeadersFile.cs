using System.Text;

namespace SiteGen.Hosting;

/// <summary>
/// <c>_headers</c> in the format Netlify and Cloudflare Pages read: security headers for every path, a year of caching
/// for each fingerprinted file, and revalidation for the rest. The two hosts combine the headers of overlapping rules
/// differently (Netlify keeps the later value, Cloudflare joins both with a comma), so no two rules that can match one
/// path set Cache-Control: the short rule is written per top-level file or folder of the output that holds no
/// fingerprinted file; a folder that does (css/) keeps the host's default, which on both is the same revalidation.
/// </summary>
public static class HeadersFile
{
    public const string Name = "_headers";

    /// <summary>Fingerprinted files never change: a year, and browsers need not even revalidate.</summary>
    public const string LongCache = "public, max-age=31536000, immutable";

    /// <summary>HTML and every file that keeps its name: cached, but checked with the host (ETag) on every use, so a
    /// deploy is seen at once and a page never points at a stylesheet name the host no longer has.</summary>
    public const string ShortCache = "public, max-age=0, must-revalidate";

    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <param name="outputPaths">every file of the output (pages, static, generated), fingerprinted ones included.</param>
    /// <param name="fingerprinted">the fingerprinted files among them.</param>
    public static string Text(IEnumerable<string> outputPaths, IReadOnlyCollection<string> fingerprinted, string basePath, string contentSecurityPolicy)
    {
        var text = new StringBuilder();
        text.Append("# Written by SiteGen for Netlify and Cloudflare Pages (host_files in site.yml); other hosts ignore it.\n");
        text.Append(basePath).Append("/*\n");
        text.Append("  Content-Security-Policy: ").Append(contentSecurityPolicy).Append('\n');
        text.Append("  X-Content-Type-Options: nosniff\n");
        text.Append("  Referrer-Policy: ").Append(ReferrerPolicy).Append('\n');
        foreach (var file in fingerprinted.Order(StringComparer.Ordinal))
        {
            text.Append('\n').Append(basePath).Append('/').Append(file).Append("\n  Cache-Control: ").Append(LongCache).Append('\n');
        }
        var mixed = fingerprinted.Select(TopLevel).ToHashSet(StringComparer.Ordinal);
        var topLevel = outputPaths.Select(TopLevel).Where(t => !mixed.Contains(t) && t != Name && t != RedirectsFile.Name)
            .ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (topLevel.Count > 0)
        {
            text.Append("\n# Revalidated on every use: each top-level file and folder without fingerprinted files.\n");
        }
        foreach (var entry in topLevel)
        {
            // "index.html" is also served at the folder's own URL, "/".
            var rules = entry == "index.html" ? new[] { "/", "/index.html" } : [entry.EndsWith('/') ? "/" + entry + "*" : "/" + entry];
            foreach (var rule in rules)
            {
                text.Append(basePath).Append(rule).Append("\n  Cache-Control: ").Append(ShortCache).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>"css/site.css" -> "css/", "404.html" -> "404.html".</summary>
    private static string TopLevel(string path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? path : path[..(slash + 1)];
    }
}
