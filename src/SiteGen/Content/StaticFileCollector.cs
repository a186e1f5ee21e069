namespace SiteGen.Content;

/// <summary>
/// Lists the files under templates/static and content/static. When both have a file at one path, the content's file
/// wins on purpose (a site overrides its templates' asset, as in Hugo); any other clash of output paths is an error
/// of the derive stage (<see cref="Derive.OutputNamespace"/>).
/// </summary>
public static class StaticFileCollector
{
    /// <summary>What a page that shows a static file's content depends on (an image's size): "static:img/a.png".</summary>
    public static string Dependency(string outputPath) => "static:" + outputPath;

    /// <param name="cache">serve's: the last list is kept while the watcher saw nothing change in either static folder;
    /// each changed static file is noted as changed (<see cref="Dependency"/>), every one when the watcher cannot say.</param>
    public static IReadOnlyList<StaticFile> Collect(SitePaths paths, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        var folders = new[] { System.IO.Path.Combine(paths.Templates, "static"), System.IO.Path.Combine(paths.Content, "static") };
        if (cache?.StaticFiles is { } previous && folders.All(cache.Files.NoneUnder))
        {
            return previous;
        }
        var files = Scan(paths, folders, diagnostics);
        if (cache is not null)
        {
            foreach (var folder in folders)
            {
                foreach (var changed in cache.Files.Under(folder) ?? [.. files.Select(f => f.OutputPath)])
                {
                    cache.Changed.Add(Dependency(changed));
                }
            }
            if (cache.StaticFiles is null || !cache.StaticFiles.SequenceEqual(files))
            {
                cache.StructureChanged = true;
            }
            cache.StaticFiles = files;
        }
        return files;
    }

    private static List<StaticFile> Scan(SitePaths paths, string[] folders, DiagnosticBag diagnostics)
    {
        var byOutput = new SortedDictionary<string, StaticFile>(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            foreach (var file in SiteFolderWalk.Files(paths, folder, diagnostics))
            {
                var output = System.IO.Path.GetRelativePath(folder, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
                byOutput[output] = new StaticFile(file, output);
            }
        }
        return [.. byOutput.Values];
    }
}
