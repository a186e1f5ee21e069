namespace SiteGen.Output;

/// <summary>Refuses output folders whose replacement would destroy sources: the site root, content, templates, or a parent of them.</summary>
public static class OutputFolderGuard
{
    public static string? Problem(SitePaths paths)
    {
        var output = Full(paths.Output);
        foreach (var (name, folder) in new[] { ("site root", paths.Root), ("content folder", paths.Content), ("templates folder", paths.Templates) })
        {
            var protectedFolder = Full(folder);
            if (IsSameOrInside(protectedFolder, output))
            {
                return $"output folder {paths.Output} is the {name} or one of its parents; building would replace it. Choose another --output, like output/";
            }
            if (name != "site root" && IsSameOrInside(output, protectedFolder))
            {
                return $"output folder {paths.Output} is inside the {name}; choose a folder outside it, like output/";
            }
        }
        var root = Path.GetPathRoot(output);
        if (root is not null && Full(root) == output)
        {
            return $"output folder {paths.Output} is a file system root; choose another --output";
        }
        if (Directory.Exists(Path.Combine(output, ".git")))
        {
            return $"output folder {paths.Output} holds a .git folder; SiteGen replaces the whole output folder, so choose another --output";
        }
        return null;
    }

    private static string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or inside it.</summary>
    private static bool IsSameOrInside(string inner, string outer) =>
        inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
