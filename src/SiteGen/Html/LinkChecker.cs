using SiteGen.Content;

namespace SiteGen.Html;

/// <summary>A link to another site, with where it was found (for `check --external`).</summary>
public sealed record ExternalLink(string Url, string File, int Line, int Column);

/// <summary>
/// Checks every internal href and src of every rendered page: the target file must be produced by this build and a
/// #fragment must name an id on the target page. Broken links are reported together, numbered.
/// </summary>
public static class LinkChecker
{
    /// <summary>Checks every page's links and adds the broken ones, numbered, to <paramref name="diagnostics"/>.</summary>
    /// <param name="memory">the previous check (serve): only pages that changed, and pages linking to an anchor on a
    /// page whose ids changed, are checked again. Null for a one-off build.</param>
    public static void Check(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> otherFiles, DiagnosticBag diagnostics, LinkCheckMemory? memory = null)
    {
        var toCheck = memory?.PagesToCheck(pages, otherFiles);
        var idsByFile = toCheck is not null ? memory!.IdsByFile : IdsByFile(pages);
        var broken = new List<Diagnostic>?[pages.Count];
        var writtenAnywhere = new Lazy<Dictionary<string, (Page Page, MarkdownLink Link)>>(() => WrittenAnywhere(pages));
        void CheckPage(int i)
        {
            List<Diagnostic>? found = null;
            foreach (var resolved in pages[i].Scan.Resolved)
            {
                if (Validate(resolved, idsByFile, otherFiles) is { } problem)
                {
                    (found ??= []).Add(Report(pages[i], resolved.Reference, problem, writtenAnywhere));
                }
            }
            broken[i] = found;
        }
        if (toCheck is null)
        {
            Parallel.For(0, pages.Count, CheckPage);
        }
        else
        {
            for (var i = 0; i < pages.Count; i++)
            {
                if (toCheck.Contains(i))
                {
                    CheckPage(i);
                }
                else
                {
                    broken[i] = memory!.BrokenBefore(pages[i]);
                }
            }
        }
        memory?.Remember(pages, otherFiles, idsByFile, toCheck, broken);
        var count = 0;
        foreach (var list in broken)
        {
            foreach (var diagnostic in list ?? [])
            {
                count++;
                diagnostics.Add(diagnostic with { Message = $"broken link #{count}: {diagnostic.Message}" });
            }
        }
    }

    private static Dictionary<string, IReadOnlySet<string>> IdsByFile(IReadOnlyList<RenderedPage> pages)
    {
        var idsByFile = new Dictionary<string, IReadOnlySet<string>>(pages.Count, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            idsByFile[page.OutputFile] = page.Scan.Ids;
        }
        return idsByFile;
    }

    private static Diagnostic Report(RenderedPage page, string reference, string problem, Lazy<Dictionary<string, (Page Page, MarkdownLink Link)>> writtenAnywhere)
    {
        var source = MarkdownSource(page.Page, reference);
        if (source is not null && page.Page.SourceFile is not null)
        {
            return Diagnostic.Error(page.Page.SourceFile, source.Line, source.Column, $"'{source.Href}' {problem}");
        }
        if (writtenAnywhere.Value.TryGetValue(Uri.UnescapeDataString(reference), out var elsewhere))
        {
            // A list page whose template prints other pages' content: a relative link resolves from the list page.
            return Diagnostic.Error(elsewhere.Page.SourceFile!, elsewhere.Link.Line, elsewhere.Link.Column,
                $"'{elsewhere.Link.Href}' on the page {page.Page.Path} {problem}: its template prints the content written here, " +
                "and a relative link resolves from the page that shows it; link from the site root (/...) or to the .md file instead");
        }
        var from = page.Page.SourceFile is null || page.Page.Kind == PageKind.Data ? "" : $" (source {page.Page.SourceFile})";
        return Diagnostic.Error(page.OutputFile, 0, 0, $"'{reference}' in the page {page.Page.Path}{from} {problem}; the link comes from a template");
    }

    /// <returns>Where the page's Markdown wrote the link, or null when it comes from elsewhere (a template). Markdig
    /// writes a URL percent-encoded ("café" becomes "caf%C3%A9"), so the written form is compared decoded too.</returns>
    private static MarkdownLink? MarkdownSource(Page page, string reference)
    {
        var links = page.Markdown.Links;
        if (links.FirstOrDefault(l => l.Href == reference) is { } exact)
        {
            return exact;
        }
        var decoded = Uri.UnescapeDataString(reference);
        return links.FirstOrDefault(l => Uri.UnescapeDataString(l.Href) == decoded);
    }

    /// <summary>Every link written in a page's Markdown, decoded, with the first page (by URL) that wrote it.</summary>
    private static Dictionary<string, (Page Page, MarkdownLink Link)> WrittenAnywhere(IReadOnlyList<RenderedPage> pages)
    {
        var written = new Dictionary<string, (Page, MarkdownLink)>(StringComparer.Ordinal);
        foreach (var page in pages.Select(p => p.Page).Where(p => p.SourceFile is not null && p.Kind != PageKind.Data).OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            foreach (var link in page.Markdown.Links)
            {
                written.TryAdd(Uri.UnescapeDataString(link.Href), (page, link));
            }
        }
        return written;
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

    /// <returns>The links to other sites (for `check --external`), each once with where it was first found, sorted.</returns>
    public static IReadOnlyList<ExternalLink> ExternalLinks(IReadOnlyList<RenderedPage> pages)
    {
        var byUrl = new SortedDictionary<string, ExternalLink>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var reference in pages[i].Scan.External)
            {
                if (!byUrl.ContainsKey(reference))
                {
                    var source = MarkdownSource(pages[i].Page, reference);
                    byUrl[reference] = source is not null && pages[i].Page.SourceFile is { } file
                        ? new ExternalLink(reference, file, source.Line, source.Column)
                        : new ExternalLink(reference, pages[i].OutputFile, 0, 0);
                }
            }
        }
        return [.. byUrl.Values];
    }

}
