using Scriban;
using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Derive;
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
/// parsed templates and data, the derived site, template models, rendered pages (bytes and link scans) with the inputs
/// each one read, and what the last link check found. Loaders look only at the files the watcher reported
/// (<see cref="Files"/>), or compare every file's stamp when that list is unknown; the result always equals a clean
/// build. A plain `build` passes no cache.
/// </summary>
public sealed class BuildCache
{
    private long _version;

    public long NextVersion() => Interlocked.Increment(ref _version);

    /// <summary>The URL paths of the pages serve's first build published (not drafts, not `sitemap: false`): the URL
    /// guard warns when a rebuild drops one. Kept when the cache is reset, since it describes the start.</summary>
    public IReadOnlySet<string>? UrlsAtStart { get; set; }

    /// <summary>site.yml and options as last built; any change starts over.</summary>
    public string? ConfigKey { get; set; }

    /// <summary>What the watcher saw change since the last build; set before each build.</summary>
    public FileChanges Files { get; set; } = FileChanges.Unknown;

    /// <summary>Each page file as last read, by content path ("roles/a.md"); files that failed to load are absent.</summary>
    public Dictionary<string, CachedSource> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>Every page file of the last build's content folder (loaded or not), sorted.</summary>
    public string[]? ContentFiles { get; set; }

    /// <summary>The last build's pages, as the later stages completed them (Markdown, place in the tree), by content path.</summary>
    public Dictionary<string, Page> LivePages { get; } = new(StringComparer.Ordinal);

    public ContentLoader.Loaded? LastContent { get; set; }

    /// <summary>The last build's derived site, reused while the pages, their front matter, data and static files stay the same.</summary>
    public DerivedSite? Derived { get; set; }

    /// <summary>site.data and the templates as last loaded, with their diagnostics: reused while nothing in their folder changed.</summary>
    public (ScriptObject Root, IReadOnlyList<Diagnostic> Diagnostics)? LoadedData { get; set; }

    public (TemplateSet Set, IReadOnlyList<Diagnostic> Diagnostics)? LoadedTemplates { get; set; }

    public IReadOnlyList<StaticFile>? StaticFiles { get; set; }

    /// <summary>Static files' hashes and the fingerprinted copies in use (templates' <c>fingerprint</c>).</summary>
    public Hosting.AssetFingerprints.Memory Fingerprints { get; } = new();

    /// <summary>Set by the loaders when data or the list of static files changed: the derived site must be made again.</summary>
    public bool StructureChanged { get; set; }

    /// <summary>True when the last build succeeded, so its pages and derived site may be kept (see <see cref="LivePages"/>).</summary>
    public bool CanKeepPages { get; private set; }

    /// <summary>Whether this build kept the last build's pages and derived site (only page bodies changed).</summary>
    public bool KeptPages { get; set; }

    public Dictionary<string, CachedMarkdown> Markdown { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (FileStamp Stamp, object? Value)> DataFiles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (FileStamp Stamp, Template? Template, IReadOnlyList<Diagnostic> Diagnostics, Markdown.Components.ComponentSignature? Signature)> Templates { get; } = new(StringComparer.Ordinal);

    public PageModelBuilder? Models { get; set; }

    /// <summary>The last build's git values, kept while HEAD is on the same commit (<see cref="Git.GitStage"/>).</summary>
    public Git.SiteRepository? Repository { get; set; }

    /// <summary>The layout of each page and the pages that have one, for the derived site and template set they were chosen from.</summary>
    public CachedLayouts? Layouts { get; set; }

    public Dictionary<string, CachedRender> Renders { get; } = new(StringComparer.Ordinal);

    public LinkCheckMemory Links { get; } = new();

    public Dictionary<string, (FileStamp Stamp, byte[] Bytes)> StaticBytes { get; } = new(StringComparer.Ordinal);

    /// <summary>The size of each image file pages show, with the stamp it was read at.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, (FileStamp Stamp, Markdown.Images.ImageDimensions? Size)> ImageSizes { get; } = new(StringComparer.Ordinal);

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
        CanKeepPages = LastSucceeded && Derived is not null && LastContent is not null;
        StructureChanged = false;
        KeptPages = false;
        Changed.Clear();
        // Until this build completes: a build interrupted by an exception must not leave half-updated pages to reuse.
        LastSucceeded = false;
    }

    public void Reset()
    {
        Sources.Clear();
        ContentFiles = null;
        LivePages.Clear();
        LastContent = null;
        Derived = null;
        LoadedData = null;
        LoadedTemplates = null;
        StaticFiles = null;
        Markdown.Clear();
        DataFiles.Clear();
        Templates.Clear();
        Models = null;
        Layouts = null;
        Renders.Clear();
        Links.Clear();
        EverythingChanged = true;
    }

    /// <summary>True when something the entry depends on changed in this build (looked up from the smaller side: an edit
    /// changes a handful of inputs, a page reads dozens).</summary>
    public bool IsStale(IReadOnlySet<string> dependencies)
    {
        if (EverythingChanged)
        {
            return true;
        }
        if (Changed.Count <= dependencies.Count)
        {
            foreach (var change in Changed)
            {
                if (dependencies.Contains(change))
                {
                    return true;
                }
            }
            return false;
        }
        foreach (var dependency in dependencies)
        {
            if (Changed.Contains(dependency))
            {
                return true;
            }
        }
        return false;
    }
}

public static class CacheDictionary
{
    /// <summary>Forgets the entries of files or pages that are gone from this build.</summary>
    public static void KeepOnly<TValue>(this Dictionary<string, TValue> entries, IReadOnlySet<string> present)
    {
        List<string>? gone = null;
        foreach (var key in entries.Keys)
        {
            if (!present.Contains(key))
            {
                (gone ??= []).Add(key);
            }
        }
        foreach (var key in gone ?? [])
        {
            entries.Remove(key);
        }
    }
}

/// <summary>A page file as last read: its stamp, the page as loaded (a template for fresh copies), and its front matter text.</summary>
public sealed record CachedSource(FileStamp Stamp, Page Source, long Version, string FrontMatter);

/// <summary>A page's rendered Markdown, the link targets it was rendered against, its diagnostics, and what the components
/// it calls read ("template:components/x.html", "data:salaries"; empty for a page that calls none).</summary>
public sealed record CachedMarkdown(long SourceVersion, RenderedMarkdown Markdown, IReadOnlyList<(string Target, string? Path)> Targets, IReadOnlyList<Diagnostic> Diagnostics, long Version,
    IReadOnlySet<string> Dependencies);

public sealed record CachedLayouts(IReadOnlyList<Page> Pages, TemplateSet Templates, IReadOnlyDictionary<Page, string> Layouts, List<Page> WithLayout);

/// <summary>A page as rendered (bytes and link scan) and everything its templates read while making it.</summary>
public sealed record CachedRender(RenderedPage Page, IReadOnlySet<string> Dependencies);
