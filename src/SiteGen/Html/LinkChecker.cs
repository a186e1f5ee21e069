using SiteGen.Content;

namespace SiteGen.Html;

/// <summary>A page as rendered, with the Markdown links it came from (to point errors at source lines).</summary>
public sealed record RenderedPage(Page Page, string OutputFile, string Html);

/// <summary>A link to another site, with where it was found (for `check --external`).</summary>
public sealed record ExternalLink(string Url, string File, int Line, int Column);

/// <summary>One href/src of a page resolved to a file of the site (and a fragment), or the reason it cannot be.</summary>
public sealed record ResolvedReference(string Reference, string? File, string? Fragment, string? Problem);

/// <summary>What a page links to and which ids it defines; depends only on the page's HTML and URL, so serve reuses it.</summary>
public sealed record PageScan(string Html, PageLinks Links, IReadOnlyList<ResolvedReference> Resolved);

/// <summary>
/// Checks every internal href and src of every rendered page: the target file must be produced by this build and a
/// #fragment must name an id on the target page. Broken links are reported together, numbered.
/// </summary>
public sealed class LinkChecker(string baseUrl, string basePath)
{
    /// <returns>The external http(s) links found, each once, sorted.</returns>
    public IReadOnlyList<ExternalLink> Check(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> otherFiles, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        var scans = new PageScan[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            scans[i] = cache is not null && cache.Scans.TryGetValue(page.Page.Path, out var cached) && ReferenceEquals(cached.Html, page.Html)
                ? cached
                : Scan(page);
        });
        var toValidate = cache is null ? null : IncrementalLinkCheck.PagesToValidate(cache, pages, scans, otherFiles);
        var idsByFile = cache is null ? IdsByFile(pages, scans) : IncrementalLinkCheck.RememberScans(cache, pages, scans, toValidate, IdsByFile);

        var broken = new List<Diagnostic>?[pages.Count];
        // A few changed pages are validated faster on this thread than by waking workers.
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = toValidate is null ? -1 : 1 }, i =>
        {
            if (toValidate is not null && !toValidate[i])
            {
                return;
            }
            List<Diagnostic>? found = null;
            foreach (var resolved in scans[i].Resolved)
            {
                if (Validate(resolved, idsByFile, otherFiles) is { } problem)
                {
                    (found ??= []).Add(Report(pages[i], resolved.Reference, problem));
                }
            }
            broken[i] = found;
        });
        var count = 0;
        foreach (var list in broken)
        {
            foreach (var diagnostic in list ?? [])
            {
                count++;
                diagnostics.Add(diagnostic with { Message = $"broken link #{count}: {diagnostic.Message}" });
            }
        }
        if (cache is not null)
        {
            IncrementalLinkCheck.Remember(cache, otherFiles, count == 0);
        }
        // serve (the one caller with a cache) never asks external links.
        return cache is null ? ExternalLinks(pages, scans) : [];
    }

    private static Dictionary<string, IReadOnlySet<string>> IdsByFile(IReadOnlyList<RenderedPage> pages, PageScan[] scans)
    {
        var idsByFile = new Dictionary<string, IReadOnlySet<string>>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            idsByFile[pages[i].OutputFile] = scans[i].Links.Ids;
        }
        return idsByFile;
    }

    private PageScan Scan(RenderedPage page)
    {
        var links = HtmlLinkScanner.Scan(page.Html);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var resolved = new List<ResolvedReference>(links.References.Count);
        foreach (var reference in links.References)
        {
            if (seen.Add(reference) && Resolve(page.Page.Path, reference) is { } target)
            {
                resolved.Add(target);
            }
        }
        return new PageScan(page.Html, links, resolved);
    }

    private static Diagnostic Report(RenderedPage page, string reference, string problem)
    {
        var source = page.Page.Markdown.Links.FirstOrDefault(l => l.Href == reference);
        if (source is not null && page.Page.SourceFile is not null)
        {
            return Diagnostic.Error(page.Page.SourceFile, source.Line, source.Column, $"'{reference}' {problem}");
        }
        var from = page.Page.SourceFile is null || page.Page.Kind == PageKind.Data ? "" : $" (source {page.Page.SourceFile})";
        return Diagnostic.Error(page.OutputFile, 0, 0, $"'{reference}' in the page {page.Page.Path}{from} {problem}; the link comes from a template");
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
            var resolved = new Uri(new Uri("http://site.invalid" + basePath + pagePath), reference);
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

    private static string? Validate(ResolvedReference resolved, Dictionary<string, IReadOnlySet<string>> idsByFile, IReadOnlySet<string> otherFiles)
    {
        if (resolved.Problem is not null)
        {
            return resolved.Problem;
        }
        var file = resolved.File!;
        if (!idsByFile.ContainsKey(file) && !otherFiles.Contains(file))
        {
            if (!idsByFile.ContainsKey(file + "/index.html"))
            {
                return $"points to /{file.Replace("index.html", "", StringComparison.Ordinal)}, which this build does not produce";
            }
            file += "/index.html";
        }
        if (resolved.Fragment is null || !idsByFile.TryGetValue(file, out var ids))
        {
            return null;
        }
        return ids.Contains(resolved.Fragment) ? null : $"points to #{resolved.Fragment}, but /{file.Replace("index.html", "", StringComparison.Ordinal)} has no element with id=\"{resolved.Fragment}\"";
    }

    private List<ExternalLink> ExternalLinks(IReadOnlyList<RenderedPage> pages, PageScan[] scans)
    {
        var byUrl = new SortedDictionary<string, ExternalLink>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var reference in scans[i].Links.References)
            {
                if (!reference.StartsWith(baseUrl, StringComparison.Ordinal) &&
                    (reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) &&
                    !byUrl.ContainsKey(reference))
                {
                    var source = pages[i].Page.Markdown.Links.FirstOrDefault(l => l.Href == reference);
                    byUrl[reference] = source is not null && pages[i].Page.SourceFile is { } file
                        ? new ExternalLink(reference, file, source.Line, source.Column)
                        : new ExternalLink(reference, pages[i].OutputFile, 0, 0);
                }
            }
        }
        return [.. byUrl.Values];
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
