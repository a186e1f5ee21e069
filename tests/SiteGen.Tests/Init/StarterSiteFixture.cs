using SiteGen.Tests.QualityGates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Init;

/// <summary>A site made by `init` and built (through the CLI) into a temp folder, served over HTTP on 127.0.0.1 with
/// the server's address as its base URL.</summary>
public sealed class StarterSiteFixture : IAsyncLifetime
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "sitegen-starter-" + Guid.NewGuid().ToString("N")[..12]);
    private StaticSiteServer? _server;

    public string Site => Path.Combine(_temp, "my-site");

    public string OutputDir => Path.Combine(Site, "output");

    public BuildRun? Init { get; private set; }

    public BuildRun? Build { get; private set; }

    /// <summary>The site path of every HTML page ("/", "/notes/", "/404.html"), sorted.</summary>
    public IReadOnlyList<string> PagePaths =>
        [.. Directory.EnumerateFiles(OutputDir, "*.html", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(OutputDir, file).Replace('\\', '/'))
            .Select(path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)
            .Order(StringComparer.Ordinal)];

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_temp);
        _server = await StaticSiteServer.StartAsync(OutputDir, CancellationToken.None);
        Init = Run(["init", Site]);
        Build = Run(["build", .. InitCommandTests.ArgsFor(Site), "--base-url", _server.BaseUrl.AbsoluteUri]);
    }

    /// <summary>Fails the calling test unless init and build succeeded with no warning.</summary>
    public void RequireSite()
    {
        Assert.True(Init is { ExitCode: 0 }, $"init failed: {Init}");
        Assert.True(Build is { ExitCode: 0 } && Build.Stdout.Contains("0 warnings", StringComparison.Ordinal), $"build failed or warned: {Build}");
    }

    public string UrlOf(string sitePath) => new Uri(_server!.BaseUrl, sitePath.TrimStart('/')).AbsoluteUri;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static BuildRun Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = SiteGenCli.Run(args, stdout, stderr);
        return new BuildRun(exit, stdout.ToString(), stderr.ToString());
    }
}
