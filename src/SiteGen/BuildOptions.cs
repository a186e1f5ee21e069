namespace SiteGen;

/// <summary>What one build reads and writes, after command-line options are applied.</summary>
public sealed record BuildOptions(SitePaths Paths, string? BaseUrlOverride, bool IncludeDrafts);
