namespace SiteGen.Serve;

/// <summary>Rebuilds the site for the dev server, keeping what it can from the previous build.</summary>
/// <param name="build">the build to run; <see cref="SiteBuilder.Build"/> unless a test needs a build that throws.</param>
public sealed class IncrementalBuilder(BuildOptions options, Func<BuildOptions, BuildCache, BuildResult>? build = null)
{
    private readonly BuildCache _cache = new();
    private readonly Func<BuildOptions, BuildCache, BuildResult> _build = build ?? ((o, cache) => SiteBuilder.Build(o, cache));

    public string? BaseUrl { get; set; }

    /// <summary>A static file's bytes, read again only when the file changed.</summary>
    public byte[] ReadStatic(string path)
    {
        var stamp = FileStamp.Of(path);
        if (_cache.StaticBytes.TryGetValue(path, out var cached) && cached.Stamp == stamp)
        {
            return cached.Bytes;
        }
        var bytes = File.ReadAllBytes(path);
        _cache.StaticBytes[path] = (stamp, bytes);
        return bytes;
    }

    public IReadOnlyList<StageTiming> LastTimings { get; private set; } = [];

    /// <summary>Whether the last build kept the pages, page tree and site model of the one before (only page bodies changed).</summary>
    public bool LastKeptPages => _cache.KeptPages;

    /// <param name="changes">what the watcher saw change since the last call; unknown (the default) compares every
    /// file's stamp. After a failed or interrupted build every file is compared anyway, since that build may not have
    /// taken in the changes it was given.</param>
    /// <returns>The build and how many pages were rendered.</returns>
    /// <exception cref="Exception">whatever the build threw; the next build then starts from nothing, since this one
    /// may have left the cache half updated or not taken in the changes it was given.</exception>
    public (BuildResult Result, int Rendered) Build(FileChanges? changes = null)
    {
        _cache.Files = _cache.LastSucceeded ? changes ?? FileChanges.Unknown : FileChanges.Unknown;
        BuildResult result;
        try
        {
            result = _build(options with { BaseUrlOverride = BaseUrl, IncludeDrafts = true }, _cache);
        }
        catch
        {
            _cache.Reset();
            _cache.LastSucceeded = false;
            throw;
        }
        LastTimings = result.Timings;
        return (result, _cache.LastRendered);
    }
}
