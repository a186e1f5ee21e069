namespace SiteGen.Serve;

/// <summary>Rebuilds the site for the dev server, keeping what it can from the previous build.</summary>
public sealed class IncrementalBuilder(BuildOptions options)
{
    private readonly BuildCache _cache = new();

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

    /// <returns>The build and how many pages were rendered.</returns>
    public (BuildResult Result, int Rendered) Build()
    {
        var result = SiteBuilder.Build(options with { BaseUrlOverride = BaseUrl, IncludeDrafts = true }, _cache);
        LastTimings = result.Timings;
        return (result, _cache.LastRendered);
    }
}
