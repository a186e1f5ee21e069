namespace SiteGen;

/// <summary>The folders of one site: the root (that holds site-content/), content, templates and output.</summary>
public sealed record SitePaths(string Root, string Content, string Templates, string Output)
{
    public string ConfigFile => Path.Combine(Content, "site.yml");

    /// <summary>A path as shown in diagnostics: relative to the site root when inside it.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(Root, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>Walks up from <paramref name="start"/> to the first folder that holds site-content/.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "site-content")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
