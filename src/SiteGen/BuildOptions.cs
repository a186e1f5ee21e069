namespace SiteGen;

/// <summary>What one build reads and writes, after command-line options are applied.</summary>
public sealed record BuildOptions(SitePaths Paths, string? BaseUrlOverride, bool IncludeDrafts)
{
    /// <summary>The sitemap whose URLs this build must keep (<see cref="UrlGuard.UrlGuardStage"/>): build sets the
    /// previous output's, <c>check --baseline</c> a deployed one; null compares nothing (serve).</summary>
    public UrlGuard.PublishedUrls.Source? PublishedUrls { get; init; }

    /// <summary><c>--edit-url</c>: the edit-link pattern that replaces site.yml's <c>edit_url</c> (a CI job knows its repository).</summary>
    public string? EditUrlOverride { get; init; }

    /// <summary><c>build --compress</c>: write a .gz and a .br beside every text file (<see cref="Hosting.Precompression"/>).</summary>
    public bool Compress { get; init; }
}
