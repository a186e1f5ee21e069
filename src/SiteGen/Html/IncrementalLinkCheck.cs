namespace SiteGen.Html;

/// <summary>
/// Lets serve's link check validate only the pages whose HTML changed. That gives the same answer as checking every
/// page when the last check found no broken link and nothing any other page's links depend on moved: the same page
/// files and other files exist, and every changed page defines the same ids as before.
/// </summary>
public static class IncrementalLinkCheck
{
    /// <summary>Call before the scans of this check replace the cached ones.</summary>
    /// <returns>For each page whether its links must be validated; null to validate every page.</returns>
    public static bool[]? PagesToValidate(BuildCache cache, IReadOnlyList<RenderedPage> pages, PageScan[] scans, IReadOnlySet<string> otherFiles)
    {
        if (!cache.LinksClean || cache.LinkedOtherFiles is not { } lastOtherFiles || pages.Count != cache.Scans.Count || !lastOtherFiles.SetEquals(otherFiles))
        {
            return null;
        }
        var validate = new bool[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            if (!cache.Scans.TryGetValue(pages[i].Page.Path, out var last))
            {
                return null;
            }
            if (!ReferenceEquals(last, scans[i]))
            {
                if (!last.Links.Ids.SetEquals(scans[i].Links.Ids))
                {
                    return null;
                }
                validate[i] = true;
            }
        }
        return validate;
    }

    /// <summary>Puts this check's scans in the cache (only the changed ones when the rest are the same pages).</summary>
    /// <returns>The ids each page file defines: the last check's when only pages with unchanged ids changed.</returns>
    public static Dictionary<string, IReadOnlySet<string>> RememberScans(BuildCache cache, IReadOnlyList<RenderedPage> pages, PageScan[] scans,
        bool[]? validated, Func<IReadOnlyList<RenderedPage>, PageScan[], Dictionary<string, IReadOnlySet<string>>> idsByFile)
    {
        if (validated is not null && cache.LinkedIds is { } kept)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                if (validated[i])
                {
                    cache.Scans[pages[i].Page.Path] = scans[i];
                }
            }
            return kept;
        }
        cache.Scans.Clear();
        for (var i = 0; i < pages.Count; i++)
        {
            cache.Scans[pages[i].Page.Path] = scans[i];
        }
        cache.LinkedIds = idsByFile(pages, scans);
        return cache.LinkedIds;
    }

    public static void Remember(BuildCache cache, IReadOnlySet<string> otherFiles, bool clean)
    {
        cache.LinksClean = clean;
        cache.LinkedOtherFiles = otherFiles;
    }
}
