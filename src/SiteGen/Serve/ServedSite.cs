using System.Collections.Frozen;

namespace SiteGen.Serve;

/// <summary>One successful build as the dev server serves it, from memory; or the diagnostics of a failed one.</summary>
public sealed record ServedSite(
    int Version,
    FrozenDictionary<string, byte[]> Files,
    IReadOnlySet<string> DraftFiles,
    IReadOnlyList<Diagnostic> Errors)
{
    public static ServedSite From(int version, BuildResult result, ServedSite? previous)
    {
        if (!result.Succeeded)
        {
            return new ServedSite(version, previous?.Files ?? FrozenDictionary<string, byte[]>.Empty, previous?.DraftFiles ?? new HashSet<string>(),
                [.. result.Diagnostics.Where(d => d.Severity == Severity.Error)]);
        }
        var files = result.Files.ToFrozenDictionary(f => f.Path, f => f.Bytes ?? File.ReadAllBytes(f.CopyFrom!), StringComparer.Ordinal);
        return new ServedSite(version, files, result.DraftFiles, []);
    }
}
