namespace SiteGen.Serve;

/// <summary>One successful build as the dev server serves it, from memory; or the diagnostics of a failed one.</summary>
public sealed record ServedSite(
    int Version,
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlySet<string> DraftFiles,
    IReadOnlyList<Diagnostic> Errors)
{
    /// <param name="readStatic">gives the bytes of a file copied from disk (serve caches them by file stamp).</param>
    public static ServedSite From(int version, BuildResult result, ServedSite? previous, Func<string, byte[]> readStatic)
    {
        if (!result.Succeeded)
        {
            return Failed(version, previous, [.. result.Diagnostics.Where(d => d.Severity == Severity.Error)]);
        }
        // A plain dictionary: built on every rebuild, so cheap construction matters more than the fastest lookups.
        var files = result.Files.ToDictionary(f => f.Path, f => f.Bytes ?? readStatic(f.CopyFrom!), StringComparer.Ordinal);
        return new ServedSite(version, files, result.DraftFiles, []);
    }

    /// <summary>A failed build: the browser shows <paramref name="errors"/>, other files stay those of the last good build.</summary>
    public static ServedSite Failed(int version, ServedSite? previous, IReadOnlyList<Diagnostic> errors) =>
        new(version, previous?.Files ?? new Dictionary<string, byte[]>(), previous?.DraftFiles ?? new HashSet<string>(), errors);
}
