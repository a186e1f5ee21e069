using System.Collections.Frozen;

namespace SiteGen.Serve;

/// <summary>One successful build as the dev server serves it, from memory; or the diagnostics of a failed one.</summary>
public sealed record ServedSite(
    int Version,
    FrozenDictionary<string, byte[]> Files,
    IReadOnlySet<string> DraftFiles,
    IReadOnlyList<Diagnostic> Errors)
{
    /// <param name="readStatic">gives the bytes of a file copied from disk (serve caches them by file stamp).</param>
    public static ServedSite From(int version, BuildResult result, ServedSite? previous, Func<string, byte[]> readStatic)
    {
        if (!result.Succeeded)
        {
            return new ServedSite(version, previous?.Files ?? FrozenDictionary<string, byte[]>.Empty, previous?.DraftFiles ?? new HashSet<string>(),
                [.. result.Diagnostics.Where(d => d.Severity == Severity.Error)]);
        }
        var files = result.Files.ToFrozenDictionary(f => f.Path, f => f.Bytes ?? readStatic(f.CopyFrom!), StringComparer.Ordinal);
        return new ServedSite(version, files, result.DraftFiles, []);
    }
}
