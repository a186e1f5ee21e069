using SiteGen.Tests.Guide;

namespace SiteGen.Tests.QualityGates;

/// <summary>
/// Builds the guide once into a temp folder and serves it over HTTP on 127.0.0.1; the server starts first, so the
/// build's base URL is the server's own (http://127.0.0.1:PORT/) and every absolute URL on the pages works.
/// </summary>
public sealed class ServedGuideFixture : IAsyncLifetime
{
    private readonly string _tempDir = GuideBuild.NewTempDir("guide-served");
    private StaticSiteServer? _server;
    private BuildOutcome? _build;

    public string OutputDir => Path.Combine(_tempDir, "out");

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>The site path of every HTML page ("/", "/roles/", "/404.html"), sorted; fails the test when the build failed.</summary>
    public IReadOnlyList<string> PagePaths
    {
        get
        {
            RequireSite();
            return [.. Directory.EnumerateFiles(OutputDir, "*.html", SearchOption.AllDirectories)
                .Select(file => BuiltSite.SitePathOfFile(Path.GetRelativePath(OutputDir, file)))
                .Order(StringComparer.Ordinal)];
        }
    }

    public async ValueTask InitializeAsync()
    {
        _server = await StaticSiteServer.StartAsync(OutputDir, CancellationToken.None);
        _build = await Task.Run(() => GuideBuild.RunGuide(OutputDir, BaseUrl.AbsoluteUri));
    }

    /// <summary>Fails the calling test with the build's diagnostics when the guide did not build.</summary>
    public void RequireSite()
    {
        if (_build is null)
        {
            Assert.Fail("The guide was not built: the fixture did not initialise.");
        }
        _build.RequireSuccess();
    }

    /// <summary>The absolute URL of a page on the test server.</summary>
    public string UrlOf(string sitePath) => new Uri(BaseUrl, sitePath.TrimStart('/')).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        GuideBuild.DeleteQuietly(_tempDir);
    }
}

[CollectionDefinition(Name)]
public sealed class ServedGuideCollection : ICollectionFixture<ServedGuideFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Guide served over HTTP";
}
