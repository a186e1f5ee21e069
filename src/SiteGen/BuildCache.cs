using Scriban;
using SiteGen.Content;
using SiteGen.Html;
using SiteGen.Templates;

namespace SiteGen;

/// <summary>When a file was last written and how long it is: enough to tell whether it changed since the last build.</summary>
public readonly record struct FileStamp(long Ticks, long Length)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.LastWriteTimeUtc.Ticks, info.Length) : default;
    }
}

/// <summary>
/// What one build keeps for the next, so `serve` redoes only the work an edit affects: parsed pages, rendered Markdown,
/// parsed templates and data, template models, rendered pages (bytes and link scans) with the inputs each one read.
/// Every stage checks its entries against file stamps; the result always equals a clean build.
/// A plain `build` passes no cache.
/// </summary>
public sealed class BuildCache
{
    private long _version;

    public long NextVersion() => Interlocked.Increment(ref _version);

    /// <summary>site.yml and options as last built; any change starts over.</summary>
    public string? ConfigKey { get; set; }

    public Dictionary<string, (FileStamp Stamp, Page Source, long Version)> Sources { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CachedMarkdown> Markdown { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (FileStamp Stamp, object? Value)> DataFiles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (FileStamp Stamp, Template? Template, IReadOnlyList<Diagnostic> Diagnostics)> Templates { get; } = new(StringComparer.Ordinal);

    public PageModelBuilder? Models { get; set; }

    public Dictionary<string, CachedRender> Renders { get; } = new(StringComparer.Ordinal);

    public LinkCheckMemory Links { get; } = new();

    public Dictionary<string, (FileStamp Stamp, byte[] Bytes)> StaticBytes { get; } = new(StringComparer.Ordinal);

    /// <summary>What changed in this build: "page:/x/", "data:name", "template:name", "site:pages"; or everything.</summary>
    public HashSet<string> Changed { get; } = new(StringComparer.Ordinal);

    public bool EverythingChanged { get; set; } = true;

    public bool LastSucceeded { get; set; }

    /// <summary>How many pages the last build rendered through templates.</summary>
    public int LastRendered { get; set; }

    /// <summary>Called once the config is read: a different config (or options) starts over; otherwise note changes afresh.</summary>
    public void StartBuild(string configKey)
    {
        if (ConfigKey != configKey)
        {
            Reset();
            ConfigKey = configKey;
        }
        EverythingChanged = Renders.Count == 0 || !LastSucceeded;
        Changed.Clear();
    }

    public void Reset()
    {
        Sources.Clear();
        Markdown.Clear();
        DataFiles.Clear();
        Templates.Clear();
        Models = null;
        Renders.Clear();
        Links.Clear();
        EverythingChanged = true;
    }

    public bool IsStale(IReadOnlySet<string> dependencies) =>
        EverythingChanged || dependencies.Any(Changed.Contains);
}

public static class CacheDictionary
{
    /// <summary>Forgets the entries of files or pages that are gone from this build.</summary>
    public static void KeepOnly<TValue>(this Dictionary<string, TValue> entries, IReadOnlySet<string> present)
    {
        foreach (var gone in entries.Keys.Where(k => !present.Contains(k)).ToList())
        {
            entries.Remove(gone);
        }
    }
}

/// <summary>A page's rendered Markdown, the link targets it was rendered against, and its diagnostics.</summary>
public sealed record CachedMarkdown(long SourceVersion, RenderedMarkdown Markdown, IReadOnlyList<(string Target, string? Path)> Targets, IReadOnlyList<Diagnostic> Diagnostics, long Version);

/// <summary>A page as rendered (bytes and link scan) and everything its templates read while making it.</summary>
public sealed record CachedRender(RenderedPage Page, IReadOnlySet<string> Dependencies);
