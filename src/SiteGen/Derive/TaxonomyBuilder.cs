using Scriban.Runtime;
using SiteGen.Config;
using SiteGen.Content;

namespace SiteGen.Derive;

/// <summary>
/// Builds taxonomy pages: a term page per term (/skills/python/) listing the pages that carry it, merged with the
/// Markdown page at that URL when one exists, and an index page per taxonomy (/skills/).
/// </summary>
public static class TaxonomyBuilder
{
    /// <returns>The pages added (generated term and index pages).</returns>
    public static IReadOnlyList<Page> Build(SiteConfig config, Dictionary<string, Page> pagesByPath)
    {
        var added = new List<Page>();
        foreach (var taxonomy in config.Taxonomies)
        {
            var indexPath = "/" + taxonomy + "/";
            if (pagesByPath.TryGetValue(indexPath, out var index) && index.Kind == PageKind.Section)
            {
                index.Kind = PageKind.Taxonomy;
            }
            else if (index is null)
            {
                index = Generated(PageKind.Taxonomy, indexPath, char.ToUpperInvariant(taxonomy[0]) + taxonomy[1..]);
                pagesByPath[indexPath] = index;
                added.Add(index);
            }

            // Markdown pages directly in the taxonomy's folder are term pages, even before a page uses the term.
            foreach (var page in pagesByPath.Values.Where(p => p.Kind == PageKind.Page && UrlPath.Parent(p.Path) == indexPath && !UrlPath.HasExtension(p.Path)))
            {
                page.Kind = PageKind.Term;
                page.Taxonomy = taxonomy;
                page.Term = new TermName(page.Title, page.Path[indexPath.Length..].TrimEnd('/'));
            }

            var tagged = pagesByPath.Values
                .Where(p => p.FrontMatter.Terms.ContainsKey(taxonomy))
                .OrderBy(p => p.Path, StringComparer.Ordinal);
            foreach (var page in tagged)
            {
                var termPages = new List<Page>();
                foreach (var name in page.FrontMatter.Terms[taxonomy])
                {
                    var slug = UrlSegment.OfTitle(name);
                    var termPath = indexPath + slug + "/";
                    if (!pagesByPath.TryGetValue(termPath, out var term))
                    {
                        term = Generated(PageKind.Term, termPath, name);
                        pagesByPath[termPath] = term;
                        added.Add(term);
                    }
                    if (term.Kind != PageKind.Term)
                    {
                        continue;
                    }
                    term.Taxonomy = taxonomy;
                    term.Term ??= new TermName(name, slug);
                    // A page joins a term's list only here, once per distinct term (a linear check on the term's list
                    // would make this quadratic in the site's size).
                    if (!termPages.Contains(term))
                    {
                        termPages.Add(term);
                        term.Pages.Add(page);
                    }
                }
                page.PageTerms[taxonomy] = termPages;
            }
        }
        return added;
    }

    private static Page Generated(PageKind kind, string path, string title) => new()
    {
        Kind = kind,
        Path = path,
        FrontMatter = new FrontMatter(title, null, null, path, null, 0, false, null, null, true,
            new SortedDictionary<string, IReadOnlyList<string>>(), new ScriptObject()),
    };
}
