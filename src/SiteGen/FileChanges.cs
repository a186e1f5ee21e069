namespace SiteGen;

/// <summary>
/// The paths the file watcher reported since the last build, so `serve` looks at those files instead of stat-ing every
/// file of the site. <see cref="Unknown"/> (the first build, a watcher overflow, a plain `build`) makes every loader scan
/// its folder and compare file stamps. A folder that was created, renamed or deleted is among the paths; each loader
/// falls back to scanning when it sees one in its folder.
/// </summary>
public sealed class FileChanges
{
    private readonly HashSet<string>? _paths;

    private FileChanges(HashSet<string>? paths) => _paths = paths;

    public static FileChanges Unknown { get; } = new(null);

    /// <param name="paths">full paths of changed files or folders: created, written, deleted, or either side of a rename.</param>
    public static FileChanges Of(IEnumerable<string> paths) =>
        new(paths.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal));

    public bool IsKnown => _paths is not null;

    /// <returns>The changed paths inside <paramref name="folder"/>, relative to it with '/', sorted ("" for the folder
    /// itself); null when unknown.</returns>
    public IReadOnlyList<string>? Under(string folder)
    {
        if (_paths is null)
        {
            return null;
        }
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var prefix = full + Path.DirectorySeparatorChar;
        return [.. _paths.Where(p => p == full || p.StartsWith(prefix, StringComparison.Ordinal))
            .Select(p => p.Length == full.Length ? "" : p[prefix.Length..].Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>True when the watcher saw nothing change inside <paramref name="folder"/> (false when unknown).</summary>
    public bool NoneUnder(string folder) => Under(folder) is { Count: 0 };
}
