namespace SiteGen.Content;

/// <summary>
/// Real paths: absolute, with every symbolic link on the way resolved and no "." or ".." left, so that "is this inside
/// the site?" is answered about the file that would be read, not about the text of a path (.NET has no realpath).
/// </summary>
public static class RealPath
{
    /// <summary>How many links one path may go through before it counts as a loop (Linux's limit).</summary>
    private const int MaxLinks = 40;

    /// <summary>How paths compare on this machine's file systems (case-insensitive on Windows and macOS by default).</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <returns>The real path of <paramref name="path"/>; parts that do not exist are kept as written. Null when the
    /// links loop (more than 40 of them on the way).</returns>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            if (LinkTarget(next) is not { } target)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = Path.GetFullPath(target)[current.Length..];
            }
            Push(pending, target);
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(folder);
        return path.Equals(trimmed, Comparison) ||
            (path.StartsWith(trimmed, Comparison) && path.Length > trimmed.Length &&
             (path[trimmed.Length] == Path.DirectorySeparatorChar || trimmed.EndsWith(Path.DirectorySeparatorChar)));
    }

    /// <summary>The text of the link at <paramref name="path"/>, or null when it is no link (or does not exist).</summary>
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

    /// <summary>Pushes the parts of a relative path so that its first part is on top.</summary>
    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
