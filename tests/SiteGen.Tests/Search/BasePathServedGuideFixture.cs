using SiteGen.Tests.Guide;
using SiteGen.Tests.QualityGates;

namespace SiteGen.Tests.Search;

/// <summary>
/// The guide built with base URL http://127.0.0.1:PORT/guide/ into the "guide" folder of a served temp folder, as a
/// site published under a sub-path of a static host.
/// </summary>
public sealed class BasePathServedGuideFixture : IAsyncLifetime
{
    public const string BasePath = "/guide/";

    private readonly string _tempDir = GuideBuild.NewTempDir("guide-served-base-path");
    private StaticSiteServer? _server;
    private BuildOutcome? _build;

    private string ServedDir => Path.Combine(_tempDir, "site");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(ServedDir);
        _server = await StaticSiteServer.StartAsync(ServedDir, CancellationToken.None);
        var outputDir = Path.Combine(ServedDir, BasePath.Trim('/'));
        _build = await Task.Run(() => GuideBuild.RunGuide(outputDir, UrlOf(BasePath)));
    }

    /// <summary>Fails the calling test with the build's diagnostics when the guide did not build.</summary>
    public void RequireSite()
    {
        if (_build is null)
        {
            Assert.Fail("The guide was not built under a base path: the fixture did not initialise.");
        }
        _build.RequireSuccess();
    }

    /// <summary>The absolute URL of a server path ("/guide/skills/python/").</summary>
    public string UrlOf(string serverPath) =>
        new Uri(_server?.BaseUrl ?? throw new InvalidOperationException("The server has not started."), serverPath.TrimStart('/')).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        GuideBuild.DeleteQuietly(_tempDir);
    }
}
