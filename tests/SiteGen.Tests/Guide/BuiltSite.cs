using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Guide;

/// <summary>Where an href or src of a built page points.</summary>
/// <param name="Raw">the attribute value as written</param>
/// <param name="IsInternal">true when it points into the site (same scheme, host and port as the base URL)</param>
/// <param name="SitePath">the target's path without the base path ("/roles/api-developer/"), normalised so that
/// ".../index.html" becomes ".../"; null for external URLs and for problems</param>
/// <param name="Fragment">the unescaped #fragment, or null</param>
/// <param name="Problem">why an internal URL cannot resolve, or null</param>
public sealed record ResolvedUrl(string Raw, bool IsInternal, string? SitePath, string? Fragment, string? Problem);

/// <summary>The HTML files of a built site, parsed with AngleSharp, keyed by site path ("/", "/roles/", "/404.html").</summary>
public sealed class BuiltSite
{
    private BuiltSite(string outputDir, Uri baseUrl, IReadOnlyDictionary<string, IDocument> pages)
    {
        OutputDir = outputDir;
        BaseUrl = baseUrl;
        BasePath = baseUrl.AbsolutePath.TrimEnd('/');
        Pages = pages;
    }

    public string OutputDir { get; }

    /// <summary>The base URL of the build, ending in "/".</summary>
    public Uri BaseUrl { get; }

    /// <summary>The path part of the base URL without its trailing "/" ("/guide" or "").</summary>
    public string BasePath { get; }

    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    /// <summary>Every page's site path, sorted.</summary>
    public IReadOnlyList<string> PagePaths => [.. Pages.Keys.Order(StringComparer.Ordinal)];

    public static BuiltSite Load(string outputDir, string baseUrl)
    {
        var parser = new HtmlParser();
        var pages = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outputDir, file).Replace('\\', '/');
            pages[SitePathOfFile(relative)] = parser.ParseDocument(File.ReadAllText(file));
        }
        var normalisedBase = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        return new BuiltSite(outputDir, new Uri(normalisedBase), pages);
    }

    /// <summary>"roles/api-developer/index.html" -> "/roles/api-developer/"; "404.html" -> "/404.html".</summary>
    public static string SitePathOfFile(string relativeFile)
    {
        var path = "/" + relativeFile.Replace('\\', '/');
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }

    /// <summary>The page at a site path, or a test failure naming the pages that do exist nearby.</summary>
    public IDocument Page(string sitePath)
    {
        if (Pages.TryGetValue(sitePath, out var doc))
        {
            return doc;
        }
        var section = "/" + sitePath.Trim('/').Split('/')[0];
        var near = PagePaths.Where(p => p.StartsWith(section, StringComparison.Ordinal)).Take(30);
        Assert.Fail($"No page at {sitePath} (expected file {FileOf(sitePath)}). Pages under {section}: {string.Join(", ", near)}");
        return null!;
    }

    /// <summary>The output file a site path maps to ("/roles/" -> "roles/index.html").</summary>
    public string FileOf(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        return Path.Combine(OutputDir, relative.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>The absolute URL of a page of this build.</summary>
    public Uri UrlOf(string sitePath) => new(BaseUrl, sitePath.TrimStart('/'));

    /// <summary>Where <paramref name="raw"/>, found on the page at <paramref name="fromSitePath"/>, points.</summary>
    public ResolvedUrl Resolve(string fromSitePath, string raw)
    {
        var value = raw.Trim();
        if (!Uri.TryCreate(UrlOf(fromSitePath), value, out var absolute))
        {
            return new ResolvedUrl(raw, true, null, null, "not a valid URL");
        }
        if (absolute.Scheme != BaseUrl.Scheme || !string.Equals(absolute.Host, BaseUrl.Host, StringComparison.OrdinalIgnoreCase) || absolute.Port != BaseUrl.Port)
        {
            return new ResolvedUrl(raw, false, null, null, null);
        }
        var fragment = absolute.Fragment.Length > 1 ? Uri.UnescapeDataString(absolute.Fragment[1..]) : null;
        var path = Uri.UnescapeDataString(absolute.AbsolutePath);
        if (!path.StartsWith(BasePath + "/", StringComparison.Ordinal))
        {
            return new ResolvedUrl(raw, true, null, fragment, $"points outside the base path {BasePath}/");
        }
        var sitePath = path[BasePath.Length..];
        if (sitePath.EndsWith("/index.html", StringComparison.Ordinal))
        {
            sitePath = sitePath[..^"index.html".Length];
        }
        if (File.Exists(FileOf(sitePath)))
        {
            return new ResolvedUrl(raw, true, sitePath, fragment, null);
        }
        if (!sitePath.EndsWith('/') && File.Exists(FileOf(sitePath + "/")))
        {
            // A folder link without its trailing slash: static hosts redirect it, so it resolves.
            return new ResolvedUrl(raw, true, sitePath + "/", fragment, null);
        }
        return new ResolvedUrl(raw, true, null, fragment, $"no file {Path.GetRelativePath(OutputDir, FileOf(sitePath))} in the output");
    }

    /// <summary>The raw href/src values of the elements matching <paramref name="selector"/> on a page.</summary>
    /// <summary>Every internal href or src on any page that does not resolve to a built file, described for a failure message.</summary>
    public IReadOnlyList<string> BrokenInternalUrls()
    {
        var broken = new List<string>();
        foreach (var path in PagePaths)
        {
            foreach (var (element, value) in UrlAttributes(Page(path)))
            {
                var resolved = Resolve(path, value);
                if (resolved.IsInternal && resolved.Problem is { } problem)
                {
                    broken.Add($"{path}: <{element.LocalName}> \"{value}\": {problem}");
                }
            }
        }
        return broken;
    }

    public static IEnumerable<(IElement Element, string Value)> UrlAttributes(IDocument doc, string selector = "[href], [src]")
    {
        foreach (var element in doc.QuerySelectorAll(selector))
        {
            foreach (var name in new[] { "href", "src" })
            {
                var value = element.GetAttribute(name);
                if (value is not null)
                {
                    yield return (element, value);
                }
            }
        }
    }

    /// <summary>The site paths of the pages that the &lt;a href&gt; links inside <paramref name="scope"/> of a page lead to.</summary>
    public IEnumerable<string> LinkedPages(string fromSitePath, string scope = "body")
    {
        var doc = Page(fromSitePath);
        var root = doc.QuerySelector(scope) ?? doc.Body!;
        foreach (var anchor in root.QuerySelectorAll("a[href]"))
        {
            var resolved = Resolve(fromSitePath, anchor.GetAttribute("href")!);
            if (resolved.IsInternal && resolved.SitePath is { } target && Pages.ContainsKey(target))
            {
                yield return target;
            }
        }
    }

    /// <summary>Text with every run of whitespace (non-breaking spaces included) collapsed to one space.</summary>
    public static string NormaliseSpace(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The page's &lt;main&gt;, or its body when it has none.</summary>
    public static IElement MainOf(IDocument doc) => doc.QuerySelector("main") ?? doc.Body!;
}
