namespace SiteGen.Init;

/// <summary>
/// The small site `init` writes: every file under Init/Starter/ in the source tree, embedded in the assembly (see
/// SiteGen.csproj), so the installed tool and the native executable carry it. <c>gitignore</c> is written as
/// <c>.gitignore</c> (a file of that name inside this repository would be read by git).
/// </summary>
public static class StarterSite
{
    private const string Prefix = "SiteGen.Init.Starter/";

    /// <summary>Each file's path inside the new site ('/'-separated) and its bytes, sorted by path.</summary>
    public static IReadOnlyList<StarterFile> Files { get; } = Load();

    /// <summary>Writes every file under <paramref name="root"/> (which exists and is empty), never over an existing file.
    /// On failure removes what it wrote and the folders it made, and returns the problem.</summary>
    public static string? WriteTo(string root)
    {
        var written = new List<string>();
        var madeFolders = new List<string>();
        try
        {
            foreach (var file in Files)
            {
                var path = Path.Combine(root, file.Path);
                MakeFolders(Path.GetDirectoryName(path)!, madeFolders);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                written.Add(path);
                stream.Write(file.Bytes);
            }
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Undo(written, madeFolders);
            return ex.Message;
        }
    }

    private static void MakeFolders(string folder, List<string> made)
    {
        var missing = new Stack<string>();
        for (var dir = folder; dir is not null && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir))
        {
            missing.Push(dir);
        }
        while (missing.TryPop(out var dir))
        {
            Directory.CreateDirectory(dir);
            made.Add(dir);
        }
    }

    private static void Undo(List<string> written, List<string> madeFolders)
    {
        foreach (var file in written)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
        for (var i = madeFolders.Count - 1; i >= 0; i--)
        {
            try
            {
                Directory.Delete(madeFolders[i], recursive: false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private static StarterFile[] Load()
    {
        var assembly = typeof(StarterSite).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                var path = name[Prefix.Length..].Replace('\\', '/');
                return new StarterFile(path == "gitignore" ? ".gitignore" : path, bytes.ToArray());
            })
            .OrderBy(file => file.Path, StringComparer.Ordinal)];
    }
}

/// <summary>One file of the starter site: its path inside the site ('/'-separated) and its bytes.</summary>
public sealed record StarterFile(string Path, byte[] Bytes);
