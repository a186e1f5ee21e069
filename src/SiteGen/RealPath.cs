namespace SiteGen;

/// <summary>
/// Where a path really leads, so that the output guard and the content walk compare folders, never the text of their
/// paths (.NET has no realpath): every
/// symbolic link in every component is followed (also links inside link targets), a `..` inside a link target is
/// applied to the folder the link led to, and a tail that does not exist yet is kept as written. A `..` typed on the
/// command line has already been applied to the text by <see cref="Path.GetFullPath(string)"/>, as a shell's `cd`
/// does; the build then writes to the path resolved here, so the folder checked is the folder replaced.
/// </summary>
public static class RealPath
{
    /// <summary>Links followed before giving up, as Linux does (ELOOP): a loop of links never ends otherwise.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>The fully resolved absolute path, without a trailing separator (except a file-system root).</summary>
    /// <exception cref="IOException">a loop of symbolic links.</exception>
    public static string Resolve(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    /// <summary>The real path of <paramref name="path"/>, or null when its links loop or cannot be read.</summary>
    public static string? Of(string path)
    {
        try
        {
            return Resolve(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The text of the link at <paramref name="path"/>, or null when it is no link (or cannot be read).</summary>
    public static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when <paramref name="inner"/> is <paramref name="outer"/> or inside it. Both are real paths (from
    /// <see cref="Resolve"/>); on a file system that ignores case, `/Site` and `/site` are the same folder.
    /// </summary>
    public static bool IsSameOrInside(string inner, string outer)
    {
        var comparison = IgnoresCase(inner) || IgnoresCase(outer) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var outerWithSeparator = Path.EndsInDirectorySeparator(outer) ? outer : outer + Path.DirectorySeparatorChar;
        return string.Equals(inner, outer, comparison) || inner.StartsWith(outerWithSeparator, comparison);
    }

    /// <summary>
    /// Whether the file system holding <paramref name="realPath"/> ignores case, found by probing: the nearest existing
    /// folder on the path whose name has letters is looked up again with its case flipped. When two folders differ only
    /// by case on a case-sensitive system, this says "ignores case": the guard then refuses more, never less.
    /// </summary>
    public static bool IgnoresCase(string realPath)
    {
        for (var path = realPath; Path.GetDirectoryName(path) is { } parent; path = parent)
        {
            var name = Path.GetFileName(path);
            var flipped = name.ToUpperInvariant() is var upper && upper != name ? upper : name.ToLowerInvariant();
            if (flipped != name && Path.Exists(path))
            {
                return Path.Exists(Path.Combine(parent, flipped));
            }
        }
        return OperatingSystem.IsWindows() || OperatingSystem.IsMacOS();
    }

    private static string Resolve(string absolute, ref int links)
    {
        var root = Path.GetPathRoot(absolute)!;
        var current = root;
        foreach (var part in absolute[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                // Not a link, or missing: a missing component has nothing below it that could be a link.
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links at {next}");
            }
            var absoluteTarget = Path.IsPathFullyQualified(target) ? target
                : Path.IsPathRooted(target) ? Path.GetFullPath(target, current) // Windows: `\x` or `C:x`
                : Path.Combine(current, target);
            current = Resolve(absoluteTarget, ref links);
        }
        return current;
    }
}
