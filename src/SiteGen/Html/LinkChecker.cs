using SiteGen.Content;

namespace SiteGen.Html;

/// <summary>A page as rendered, with the Markdown links it came from (to point errors at source lines).</summary>
public sealed record RenderedPage(Page Page, string OutputFile, string Html);

/// <summary>A link to another site, with where it was found (for `check --external`).</summary>
public sealed record ExternalLink(string Url, string File, int Line, int Column);

/// <summary>
/// Checks every internal href and src of every rendered page: the target file must be produced by this build and a
/// #fragment must name an id on the target page. Broken links are reported together, numbered.
/// </summary>
public sealed class LinkChecker(string baseUrl, string basePath)
{
    /// <returns>The external http(s) links found, each once, sorted.</returns>
    public IReadOnlyList<ExternalLink> Check(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> otherFiles, DiagnosticBag diagnostics)
    {
        var scans = new PageLinks[pages.Count];
        Parallel.For(0, pages.Count, i => scans[i] = HtmlLinkScanner.Scan(pages[i].Html));
        var idsByFile = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            idsByFile[pages[i].OutputFile] = scans[i].Ids;
        }

        var broken = new List<Diagnostic>[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var found = new List<Diagnostic>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var reference in scans[i].References)
            {
                if (!seen.Add(reference) || CheckOne(pages[i], reference, idsByFile, otherFiles) is not { } problem)
                {
                    continue;
                }
                found.Add(Report(pages[i], reference, problem));
            }
            broken[i] = found;
        });
        var count = 0;
        foreach (var list in broken)
        {
            foreach (var diagnostic in list)
            {
                count++;
                diagnostics.Add(diagnostic with { Message = $"broken link #{count}: {diagnostic.Message}" });
            }
        }
        return ExternalLinks(pages, scans);
    }

    private List<ExternalLink> ExternalLinks(IReadOnlyList<RenderedPage> pages, PageLinks[] scans)
    {
        var byUrl = new SortedDictionary<string, ExternalLink>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var reference in scans[i].References)
            {
                if (!reference.StartsWith(baseUrl, StringComparison.Ordinal) && (reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) && !byUrl.ContainsKey(reference))
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

    /// <returns>null when the reference is fine or external, else what is wrong.</returns>
    private string? CheckOne(RenderedPage page, string reference, Dictionary<string, IReadOnlySet<string>> idsByFile, IReadOnlySet<string> otherFiles)
    {
        if (reference.Length == 0)
        {
            return "is empty";
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
        else
        {
            var resolved = new Uri(new Uri("http://site.invalid" + basePath + page.Page.Path), reference);
            if (resolved.Host != "site.invalid")
            {
                return null;
            }
            var path = resolved.AbsolutePath + resolved.Fragment;
            if (!path.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                return $"points outside the site's base path {basePath}/";
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
        if (!idsByFile.ContainsKey(file) && !otherFiles.Contains(file))
        {
            if (idsByFile.ContainsKey(file + "/index.html"))
            {
                file += "/index.html";
            }
            else
            {
                return $"points to {filePath}, which this build does not produce";
            }
        }
        if (string.IsNullOrEmpty(fragment) || fragment == "top")
        {
            return null;
        }
        if (!idsByFile.TryGetValue(file, out var ids))
        {
            return null;
        }
        return ids.Contains(fragment) ? null : $"points to #{fragment}, but {filePath} has no element with id=\"{fragment}\"";
    }

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
