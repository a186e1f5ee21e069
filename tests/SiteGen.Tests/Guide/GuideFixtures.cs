namespace SiteGen.Tests.Guide;

/// <summary>Builds the repository's guide once into a temp folder, with a given base URL, and parses every page.</summary>
public abstract class GuideBuildFixture : IDisposable
{
    private readonly string _tempDir;
    private readonly Lazy<BuiltSite> _site;

    protected GuideBuildFixture(string baseUrl, string purpose)
    {
        _tempDir = GuideBuild.NewTempDir(purpose);
        Build = GuideBuild.RunGuide(Path.Combine(_tempDir, "out"), baseUrl);
        _site = new Lazy<BuiltSite>(() => BuiltSite.Load(Build.OutputDir, baseUrl));
    }

    public BuildOutcome Build { get; }

    /// <summary>The built site; fails the calling test with the build's diagnostics when the build failed.</summary>
    public BuiltSite Site
    {
        get
        {
            Build.RequireSuccess();
            return _site.Value;
        }
    }

    public void Dispose()
    {
        GuideBuild.DeleteQuietly(_tempDir);
        GC.SuppressFinalize(this);
    }
}

/// <summary>The guide built for a domain root: https://example.org/.</summary>
public sealed class RootGuideFixture() : GuideBuildFixture(BaseUrl, "guide-root")
{
    public const string BaseUrl = "https://example.org/";
}

/// <summary>The guide built under a path: https://example.org/guide/.</summary>
public sealed class BasePathGuideFixture() : GuideBuildFixture(BaseUrl, "guide-base-path")
{
    public const string BaseUrl = "https://example.org/guide/";
}

[CollectionDefinition(Name)]
public sealed class RootGuideCollection : ICollectionFixture<RootGuideFixture>
{
    public const string Name = "Guide built at https://example.org/";
}
