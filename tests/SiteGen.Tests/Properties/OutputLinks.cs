using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Properties;

/// <summary>
/// A second link checker, independent of SiteGen's: parses every HTML file of the output with AngleSharp, resolves each
/// href and src the way a browser does (WHATWG URL parsing, against the page's own address under the base URL) and
/// checks that every link into the site names a file of the output and, with a fragment, an id on that page.
/// </summary>
public static class OutputLinks
{
    public static List<string> Broken(string output, string baseUrl)
    {
        var site = new AngleSharp.Dom.Url(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
        var basePath = "/" + site.Path;
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file)
        {
            if (!ids.TryGetValue(file, out var set))
            {
                var document = parser.ParseDocument(File.ReadAllText(Path.Combine(output, file)));
                set = [.. document.QuerySelectorAll("[id]").Select(e => e.Id!), .. document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!)];
                ids[file] = set;
            }
            return set;
        }

        var broken = new List<string>();
        foreach (var path in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(output, path).Replace('\\', '/');
            var pageUrl = new AngleSharp.Dom.Url(site, string.Join('/', (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file)
                .Split('/').Select(Uri.EscapeDataString)));
            var document = parser.ParseDocument(File.ReadAllText(path));
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                foreach (var attribute in new[] { "href", "src" })
                {
                    if (element.GetAttribute(attribute) is not { } value)
                    {
                        continue;
                    }
                    if (Check(value, pageUrl, site, baseUrl, basePath, output, file, IdsOf) is { } problem)
                    {
                        broken.Add($"{file}: <{element.LocalName} {attribute}=\"{value}\">: {problem}");
                    }
                }
            }
        }
        return broken;
    }

    private static string? Check(string value, AngleSharp.Dom.Url pageUrl, AngleSharp.Dom.Url site, string baseUrl, string basePath, string output, string file, Func<string, HashSet<string>> idsOf)
    {
        var trimmed = value.Trim();
        var resolved = new AngleSharp.Dom.Url(pageUrl, trimmed);
        if (resolved.IsInvalid)
        {
            // "http://" and the like: an external link (SiteGen's build checks none of those; `check --external` does).
            return trimmed.Contains("://", StringComparison.Ordinal) ? null : "not a valid URL";
        }
        if (resolved.Scheme is not ("http" or "https") || resolved.Origin != site.Origin)
        {
            return null;
        }
        if (new AngleSharp.Dom.Url(trimmed) is { IsInvalid: false, IsAbsolute: true } && !trimmed.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            // An absolute address on the same host outside the site (https://example.org/ for a site at /guide/) is
            // another site's page, as SiteGen's checker sees it too.
            return null;
        }
        var path = "/" + resolved.Path;
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return $"points outside the base path {basePath}";
        }
        var target = Uri.UnescapeDataString(path[basePath.Length..]);
        if (target.Length == 0 || target.EndsWith('/'))
        {
            target += "index.html";
        }
        if (!File.Exists(Path.Combine(output, target)))
        {
            return $"no file {target} in the output";
        }
        var fragment = resolved.Fragment is { Length: > 0 } f ? Uri.UnescapeDataString(f) : null;
        if (fragment is null || fragment == "top" || !target.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }
        return idsOf(target).Contains(fragment) ? null : $"no id '{fragment}' on {target}";
    }
}
