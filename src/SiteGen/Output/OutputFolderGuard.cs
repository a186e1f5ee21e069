namespace SiteGen.Output;

/// <summary>
/// Decides whether SiteGen may replace (build) or delete (clean) an output folder. It may only when it can prove the
/// folder is its own output: absent, empty, or holding <see cref="OutputMarker"/>; --force lifts that proof, never the
/// refusals that protect sources and whole trees (the site root, content, templates, a folder above them, output inside
/// content or templates, a git working folder, the home folder, a file-system root). Every comparison is made on real
/// paths (<see cref="RealPath"/>): a symbolic link or a different case never hides the folder behind a path.
/// </summary>
public static class OutputFolderGuard
{
    private const int EntriesNamed = 4;

    /// <summary>Why no command may use this output folder, even with --force; null when it may. check and serve too.</summary>
    public static string? Problem(SitePaths paths)
    {
        try
        {
            return ProblemOf(paths);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"output folder {paths.Output} cannot be checked ({ex.Message}); choose another --output";
        }
    }

    /// <summary>
    /// Why build (<paramref name="clean"/> false) may not replace, or clean may not delete, this output folder; null when
    /// it may. Checked before any work, so a refusal changes nothing on disk.
    /// </summary>
    public static string? ProblemReplacing(SitePaths paths, bool force, bool clean)
    {
        if (Problem(paths) is { } problem)
        {
            return problem;
        }
        try
        {
            return force ? null : NotProvenOwn(paths, clean);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"output folder {paths.Output} cannot be checked ({ex.Message}); choose another --output";
        }
    }

    private static string? ProblemOf(SitePaths paths)
    {
        var output = RealPath.Resolve(paths.Output);
        var folder = Named(paths.Output, output);
        var never = "--force does not override this";
        if (Path.GetPathRoot(output) is { } root && RealPath.IsSameOrInside(root, output))
        {
            return $"output folder {folder} is a file-system root; choose another --output, like output/ ({never})";
        }
        foreach (var (name, source) in new[] { ("site root", paths.Root), ("content folder", paths.Content), ("templates folder", paths.Templates) })
        {
            var real = RealPath.Resolve(source);
            if (RealPath.IsSameOrInside(real, output))
            {
                return $"output folder {folder} is the {name} {real} or a folder that holds it, which SiteGen would replace or delete as a whole. Choose another --output, like output/ ({never})";
            }
            if (name != "site root" && RealPath.IsSameOrInside(output, real))
            {
                return $"output folder {folder} is inside the {name} {real}; choose a folder outside it, like output/ ({never})";
            }
        }
        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home && RealPath.Resolve(home) is var realHome && RealPath.IsSameOrInside(realHome, output))
        {
            return $"output folder {folder} is your home folder {realHome} or a folder that holds it; choose another --output, like output/ ({never})";
        }
        if (Path.Exists(Path.Combine(output, ".git")))
        {
            return $"output folder {folder} holds .git: it is the working folder of a git repository, which SiteGen would replace as a whole; choose another --output, like output/ ({never})";
        }
        if (File.Exists(output))
        {
            return $"output folder {folder} is a file, not a folder; choose another --output";
        }
        return null;
    }

    private static string? NotProvenOwn(SitePaths paths, bool clean)
    {
        var output = RealPath.Resolve(paths.Output);
        if (!Directory.Exists(output) || OutputMarker.IsIn(output))
        {
            return null;
        }
        var entries = new DirectoryInfo(output).EnumerateFileSystemInfos()
            .Select(e => e is DirectoryInfo ? e.Name + "/" : e.Name)
            .Order(StringComparer.Ordinal)
            .Take(EntriesNamed + 1)
            .ToList();
        if (entries.Count == 0)
        {
            return null;
        }
        var named = entries.Count > EntriesNamed ? string.Join(", ", entries.Take(EntriesNamed)) + ", …" : string.Join(", ", entries);
        var action = clean ? "clean deletes the output folder as a whole" : "a build replaces the output folder as a whole";
        return $"output folder {Named(paths.Output, output)} is not SiteGen's output: it holds {named} and no {OutputMarker.FileName} marker, "
            + $"and {action}, so they would be lost. Choose another --output, empty or delete the folder yourself, or pass --force to "
            + $"{(clean ? "delete" : "replace")} it. If it is the output of an earlier SiteGen (which wrote no marker), pass --force once.";
    }

    /// <summary>The path as given, and where it really leads when a link or `..` makes that differ.</summary>
    private static string Named(string given, string real) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(given)), real, StringComparison.Ordinal) ? given : $"{given} (really {real})";
}
