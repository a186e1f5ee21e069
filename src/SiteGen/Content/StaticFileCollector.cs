namespace SiteGen.Content;

/// <summary>Lists the files under templates/static and content/static; the content's file wins when both have one path.</summary>
public static class StaticFileCollector
{
    /// <param name="cache">serve's: the last list is kept while the watcher saw nothing change in either static folder.</param>
    public static IReadOnlyList<StaticFile> Collect(SitePaths paths, BuildCache? cache = null)
    {
        var folders = new[] { System.IO.Path.Combine(paths.Templates, "static"), System.IO.Path.Combine(paths.Content, "static") };
        if (cache?.StaticFiles is { } previous && folders.All(cache.Files.NoneUnder))
        {
            return previous;
        }
        var files = Scan(folders);
        if (cache is not null)
        {
            if (cache.StaticFiles is null || !cache.StaticFiles.SequenceEqual(files))
            {
                cache.StructureChanged = true;
            }
            cache.StaticFiles = files;
        }
        return files;
    }

    private static List<StaticFile> Scan(string[] folders)
    {
        var byOutput = new SortedDictionary<string, StaticFile>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var output = System.IO.Path.GetRelativePath(folder, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
                byOutput[output] = new StaticFile(file, output);
            }
        }
        return [.. byOutput.Values];
    }
}
