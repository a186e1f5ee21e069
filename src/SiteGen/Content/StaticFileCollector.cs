namespace SiteGen.Content;

/// <summary>Lists the files under templates/static and content/static; the content's file wins when both have one path.</summary>
public static class StaticFileCollector
{
    public static IReadOnlyList<StaticFile> Collect(SitePaths paths)
    {
        var byOutput = new SortedDictionary<string, StaticFile>(StringComparer.Ordinal);
        foreach (var folder in new[] { System.IO.Path.Combine(paths.Templates, "static"), System.IO.Path.Combine(paths.Content, "static") })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var output = System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/');
                byOutput[output] = new StaticFile(file, output);
            }
        }
        return [.. byOutput.Values];
    }
}
