namespace SiteGen.Serve;

/// <summary>One successful build as the dev server serves it, from memory; or the diagnostics of a failed one.</summary>
/// <param name="SearchIndex">the search index's meta.json and word chunks, merged on the first request for one of them
/// (see <see cref="Search.SearchStage.Run"/>), so a rebuild after an edit does not wait for them.</param>
public sealed record ServedSite(
    int Version,
    IReadOnlyDictionary<string, byte[]> Files,
    IReadOnlySet<string> DraftFiles,
    IReadOnlyList<Diagnostic> Errors,
    Lazy<IReadOnlyDictionary<string, byte[]>>? SearchIndex = null)
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
        return new ServedSite(version, files, result.DraftFiles, [], result.SearchIndex);
    }

    /// <summary>A failed build: the browser shows <paramref name="errors"/>, other files stay those of the last good build.</summary>
    public static ServedSite Failed(int version, ServedSite? previous, IReadOnlyList<Diagnostic> errors) =>
        new(version, previous?.Files ?? new Dictionary<string, byte[]>(), previous?.DraftFiles ?? new HashSet<string>(), errors, previous?.SearchIndex);

    /// <summary>The bytes served at <paramref name="path"/>, or null; a path under <c>search-index/</c> other than
    /// the script and styles merges the index first when this build's index is not merged yet.</summary>
    public byte[]? File(string path) =>
        Files.TryGetValue(path, out var bytes) ? bytes
        : SearchIndex is not null && path.StartsWith(Search.SearchIndex.Folder, StringComparison.Ordinal) ? SearchIndex.Value.GetValueOrDefault(path)
        : null;
}
