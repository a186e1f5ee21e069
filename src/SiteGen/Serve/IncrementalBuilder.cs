namespace SiteGen.Serve;

/// <summary>Rebuilds the site for the dev server, keeping what it can from the previous build.</summary>
public sealed class IncrementalBuilder(BuildOptions options)
{
    private readonly BuildCache _cache = new();

    public string? BaseUrl { get; set; }

    /// <returns>The build and how many pages were rendered.</returns>
    public (BuildResult Result, int Rendered) Build()
    {
        var result = SiteBuilder.Build(options with { BaseUrlOverride = BaseUrl, IncludeDrafts = true }, _cache);
        return (result, _cache.LastRendered);
    }
}
