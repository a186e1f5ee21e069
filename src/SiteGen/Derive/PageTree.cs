using SiteGen.Content;

namespace SiteGen.Derive;

/// <summary>Places every page in the site's tree by its place (the URL its source file's path gives, so a page with
/// `url:` or a permalink stays in its folder's section; a generated page's URL): parent section, child pages and
/// sections, previous and next.</summary>
public static class PageTree
{
    public static void Link(IReadOnlyDictionary<string, Page> pagesByPath)
    {
        var places = Places(pagesByPath);
        foreach (var page in pagesByPath.Values)
        {
            page.Parent = FindParent(page, places);
            if (page.Parent is null)
            {
                continue;
            }
            if (page.IsListPage)
            {
                page.Parent.Sections.Add(page);
            }
            else if (page.Parent.Kind != PageKind.Term && !UrlPath.HasExtension(page.Path))
            {
                // Pages published as a file (/404.html, /feed.xml) are not part of a section's reading order.
                page.Parent.Pages.Add(page);
            }
        }
        foreach (var page in pagesByPath.Values)
        {
            page.Pages.Sort(Order);
            page.Sections.Sort(Order);
        }
        foreach (var page in pagesByPath.Values.Where(p => p.IsListPage))
        {
            for (var i = 0; i < page.Pages.Count; i++)
            {
                if (page.Pages[i].Parent != page)
                {
                    continue;
                }
                page.Pages[i].Prev = i > 0 ? page.Pages[i - 1] : null;
                page.Pages[i].Next = i < page.Pages.Count - 1 ? page.Pages[i + 1] : null;
            }
        }
    }

    /// <summary>Weighted pages first by weight, then the rest; then pages with a date, newest first (to the second:
    /// a time breaks ties between pages of one day), before those without; ties by title, then URL.</summary>
    public static int Order(Page a, Page b)
    {
        var aw = a.FrontMatter.Weight == 0 ? int.MaxValue : a.FrontMatter.Weight;
        var bw = b.FrontMatter.Weight == 0 ? int.MaxValue : b.FrontMatter.Weight;
        var byWeight = aw.CompareTo(bw);
        if (byWeight != 0)
        {
            return byWeight;
        }
        var (ad, bd) = (a.FrontMatter.Date, b.FrontMatter.Date);
        if (ad is not null || bd is not null)
        {
            var byDate = ad is null ? 1 : bd is null ? -1 : bd.Utc.CompareTo(ad.Utc);
            if (byDate != 0)
            {
                return byDate;
            }
        }
        var byTitle = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Path, b.Path);
    }

    public static IReadOnlyList<Page> Breadcrumbs(Page page)
    {
        var chain = new List<Page>();
        for (var p = page.Parent; p is not null; p = p.Parent)
        {
            chain.Add(p);
        }
        chain.Reverse();
        return chain;
    }

    /// <summary>The list pages by place: by URL, except that a section page moved by `url:` is found at its folder's place.</summary>
    private static IReadOnlyDictionary<string, Page> Places(IReadOnlyDictionary<string, Page> pagesByPath)
    {
        var moved = pagesByPath.Values.Where(p => p.IsListPage && p.Place is { } place && place != p.Path).ToList();
        if (moved.Count == 0)
        {
            return pagesByPath;
        }
        var places = new Dictionary<string, Page>(pagesByPath, StringComparer.Ordinal);
        foreach (var page in moved.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            places[page.Place!] = page;
        }
        return places;
    }

    private static Page? FindParent(Page page, IReadOnlyDictionary<string, Page> pagesByPath)
    {
        for (var path = UrlPath.Parent(page.Place ?? page.Path); path is not null; path = UrlPath.Parent(path))
        {
            if (pagesByPath.TryGetValue(path, out var parent) && parent.IsListPage)
            {
                return parent;
            }
        }
        return null;
    }
}
