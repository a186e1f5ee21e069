using System.Collections.Concurrent;

namespace SiteGen.Html;

/// <summary>A page as rendered: its link scan, and its UTF-8 bytes when the build keeps them in memory (serve) rather
/// than writing them out as it goes (build) or not at all (check).</summary>
/// <param name="Search">the page's share of the search index (null when search is off or leaves the page out).</param>
public sealed record RenderedPage(Content.Page Page, string OutputFile, PageScan Scan, byte[]? Bytes, Search.PageSearchEntry? Search = null);

/// <summary>One href/src of a page resolved to a file of the site (and a fragment), or the reason it cannot be.</summary>
public sealed record ResolvedReference(string Reference, string? File, string? Fragment, string? Problem);

/// <summary>
/// What a page links to and which ids it defines: all the link check needs once the HTML is gone. Kept for every
/// page until the link check, so it holds no more than that: links to other sites as text, the rest resolved.
/// </summary>
public sealed record PageScan(IReadOnlySet<string> Ids, IReadOnlyList<ResolvedReference> Resolved, IReadOnlyList<string> External);

/// <summary>
/// Reads a rendered page's ids and links and resolves each internal link to the file (and fragment) it points at.
/// Runs on each page right after its templates, so the page's HTML can be written and dropped at once; the
/// <see cref="LinkChecker"/> then checks the resolved links against every page's ids.
/// Thread-safe: links that mean the same on every page (root-relative, absolute) are resolved once per build.
/// </summary>
public sealed class PageLinkScanner(string baseUrl, string basePath)
{
    private readonly ConcurrentDictionary<string, ResolvedReference?> _sameOnEveryPage = new(StringComparer.Ordinal);

    public PageScan Scan(string pagePath, ReadOnlySpan<char> html)
    {
        var links = HtmlLinkScanner.Scan(html);
        var seen = new HashSet<string>(links.References.Count, StringComparer.Ordinal);
        var resolved = new List<ResolvedReference>(links.References.Count);
        List<string>? external = null;
        foreach (var reference in links.References)
        {
            if (!seen.Add(reference))
            {
                continue;
            }
            if (ResolveCached(pagePath, reference) is { } target)
            {
                resolved.Add(target);
            }
            else if (reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                (external ??= []).Add(reference);
            }
        }
        return new PageScan(links.Ids, resolved, external ?? (IReadOnlyList<string>)[]);
    }

    private ResolvedReference? ResolveCached(string pagePath, string reference)
    {
        if (reference.Length == 0 || reference[0] != '/' && !reference.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            return Resolve(pagePath, reference);
        }
        if (_sameOnEveryPage.TryGetValue(reference, out var known))
        {
            return known;
        }
        var resolved = Resolve(pagePath, reference);
        _sameOnEveryPage.TryAdd(reference, resolved);
        return resolved;
    }

    /// <returns>null for external links, else the file and fragment it points at (or why it cannot point anywhere).</returns>
    private ResolvedReference? Resolve(string pagePath, string reference)
    {
        if (reference.Length == 0)
        {
            return new ResolvedReference(reference, null, null, "is empty");
        }
        string target;
        if (reference.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            target = "/" + reference[baseUrl.Length..];
        }
        else if (IsExternal(reference))
        {
            return null;
        }
        else if (reference[0] == '#')
        {
            // Same page: the common case of tables of contents, resolved without building a URI.
            target = pagePath + reference;
        }
        else if (reference[0] == '/' && IsPlainPath(reference))
        {
            if (!reference.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                return new ResolvedReference(reference, null, null, $"points outside the site's base path {basePath}/");
            }
            target = reference[basePath.Length..];
        }
        else
        {
            // System.Uri reads "b|c" as an old DOS drive path and throws; a browser sends '|' as %7C (found by fuzzing).
            var page = new Uri("http://site.invalid" + basePath + pagePath);
            if (!Uri.TryCreate(page, reference, out var resolved) && !Uri.TryCreate(page, reference.Replace("|", "%7C", StringComparison.Ordinal), out resolved))
            {
                return new ResolvedReference(reference, null, null, "is not a URL a browser could follow");
            }
            if (resolved.Host != "site.invalid")
            {
                return null;
            }
            var path = resolved.AbsolutePath + resolved.Fragment;
            if (!path.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                return new ResolvedReference(reference, null, null, $"points outside the site's base path {basePath}/");
            }
            target = path[basePath.Length..];
        }
        var hash = target.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(target[(hash + 1)..]) : null;
        var filePath = Uri.UnescapeDataString(hash >= 0 ? target[..hash] : target);
        var query = filePath.IndexOf('?');
        if (query >= 0)
        {
            filePath = filePath[..query];
        }
        var file = filePath.TrimStart('/');
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }
        return new ResolvedReference(reference, file, string.IsNullOrEmpty(fragment) || fragment == "top" ? null : fragment, null);
    }

    /// <summary>A root-relative path without dot segments, escapes or a query: it resolves to itself.</summary>
    private static bool IsPlainPath(string reference) =>
        !reference.StartsWith("//", StringComparison.Ordinal) && !reference.Contains("/.", StringComparison.Ordinal) &&
        reference.AsSpan().IndexOfAny('%', '?', '\\') < 0;

    private static bool IsExternal(string reference)
    {
        if (reference.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }
        var colon = reference.IndexOf(':');
        var slash = reference.IndexOfAny(['/', '#', '?']);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
