namespace SiteGen.Tests.Output;

/// <summary>
/// Every entry under a folder, read without following symbolic links: files with their bytes, folders, and links with
/// their targets. Two snapshots are equal when nothing under the folder changed.
/// </summary>
public static class DiskTree
{
    public static SortedDictionary<string, string> Snapshot(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), root, entries);
        return entries;
    }

    public static void AssertUnchanged(SortedDictionary<string, string> before, string root, string because)
    {
        var after = Snapshot(root);
        var changed = before.Keys.Union(after.Keys).Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || a != b).ToList();
        Assert.True(changed.Count == 0, $"{because}: changed under {root}: {string.Join(", ", changed.Take(10))}");
    }

    private static void Walk(DirectoryInfo folder, string root, SortedDictionary<string, string> entries)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var key = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            if (entry.LinkTarget is { } target)
            {
                entries[key] = "link -> " + target;
            }
            else if (entry is DirectoryInfo subfolder)
            {
                entries[key + "/"] = "folder";
                Walk(subfolder, root, entries);
            }
            else
            {
                entries[key] = Convert.ToBase64String(File.ReadAllBytes(entry.FullName));
            }
        }
    }
}
