namespace SiteGen.Content;

/// <summary>
/// Which page files the content folder holds (content paths like "roles/a.md"): found by scanning the folder, or, in
/// serve, by applying the watcher's changes to the last build's list.
/// </summary>
public static class PageFiles
{
    /// <summary>A file under the content folder is a page when it is Markdown outside data/ and static/.</summary>
    public static bool IsPageFile(string contentPath) =>
        contentPath.EndsWith(".md", StringComparison.Ordinal) &&
        !contentPath.StartsWith("data/", StringComparison.Ordinal) && !contentPath.StartsWith("static/", StringComparison.Ordinal);

    /// <summary>The page files of the content folder, sorted; data/ and static/ are left to their own loaders.</summary>
    public static string[] Scan(SitePaths paths, DiagnosticBag diagnostics) =>
        SiteFolderWalk.Files(paths, paths.Content, diagnostics, skip: folder => folder is "data" or "static")
            .Select(f => Path.GetRelativePath(paths.Content, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(IsPageFile)
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>The page files of this build, sorted, and those the watcher saw change.</summary>
    public sealed record Listing(string[] Files, HashSet<string> Changed);

    /// <returns>The last build's page files with the watcher's changes applied, and the changed ones; null when the folder
    /// must be scanned: changes unknown, or a folder was created, renamed or deleted.</returns>
    public static Listing? FromChanges(SitePaths paths, BuildCache cache)
    {
        if (cache.ContentFiles is not { } previous || cache.Files.Under(paths.Content) is not { } changes)
        {
            return null;
        }
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<string>();
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var full = Path.Combine(paths.Content, change);
            if (change.Length == 0 || Directory.Exists(full))
            {
                return null;
            }
            var exists = File.Exists(full);
            if (exists && SiteFolderWalk.PassesThroughLink(paths.Content, change))
            {
                // The walk decides whether a link may be followed.
                return null;
            }
            if (!exists && HasFilesUnder(previous, change + "/"))
            {
                return null;
            }
            if (!IsPageFile(change))
            {
                continue;
            }
            var known = Array.BinarySearch(previous, change, StringComparer.Ordinal) >= 0;
            if (exists)
            {
                changed.Add(change);
                if (!known)
                {
                    added.Add(change);
                }
            }
            else if (known)
            {
                removed.Add(change);
            }
        }
        var files = added.Count == 0 && removed.Count == 0
            ? previous
            : previous.Where(f => !removed.Contains(f)).Concat(added).Order(StringComparer.Ordinal).ToArray();
        return new Listing(files, changed);
    }

    private static bool HasFilesUnder(string[] sorted, string folderPrefix)
    {
        var index = Array.BinarySearch(sorted, folderPrefix, StringComparer.Ordinal);
        index = index < 0 ? ~index : index;
        return index < sorted.Length && sorted[index].StartsWith(folderPrefix, StringComparison.Ordinal);
    }
}
