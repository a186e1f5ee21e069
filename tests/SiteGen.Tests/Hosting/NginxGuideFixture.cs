using SiteGen.Tests.Guide;

namespace SiteGen.Tests.Hosting;

/// <summary>The guide built with --compress and served by nginx through deploy/nginx/: once at the root of the server
/// (sitegen.conf) and once under /guide/ (sitegen-base-path.conf, the output copied to ROOT/guide as it documents).
/// Each is built and started on first use; disposing stops nginx and deletes the temp folders.</summary>
public sealed class NginxGuideFixture : IDisposable
{
    private readonly Lazy<ServedGuide> _root;
    private readonly Lazy<ServedGuide> _basePath;
    private readonly List<IDisposable> _running = [];
    private readonly List<string> _folders = [];

    public NginxGuideFixture()
    {
        _root = new(() => Serve("sitegen.conf", "https://example.org/", ""));
        _basePath = new(() => Serve("sitegen-base-path.conf", "https://example.org/guide/", "guide"));
    }

    public ServedGuide Get(string variant) => variant switch
    {
        "root" => _root.Value,
        "base path" => _basePath.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    private ServedGuide Serve(string serverBlock, string baseUrl, string subfolder)
    {
        var temp = GuideBuild.NewTempDir("nginx");
        _folders.Add(temp);
        var www = Path.Combine(temp, "www");
        var output = subfolder.Length == 0 ? www : Path.Combine(www, subfolder);
        GuideBuild.RunGuide(output, baseUrl, "--compress").RequireSuccess();
        var conf = Path.Combine(temp, "nginx");
        Directory.CreateDirectory(conf);
        var nginx = RunningNginx.Start(serverBlock, www, conf);
        _running.Add(nginx);
        return new ServedGuide(nginx, output, subfolder.Length == 0 ? "" : "/" + subfolder);
    }

    public void Dispose()
    {
        foreach (var nginx in _running)
        {
            nginx.Dispose();
        }
        foreach (var folder in _folders)
        {
            GuideBuild.DeleteQuietly(folder);
        }
    }
}

/// <param name="BasePath">"" or "/guide".</param>
public sealed record ServedGuide(RunningNginx Nginx, string OutputDir, string BasePath)
{
    /// <summary>The files a reader may ask for, by output path: not the compressed siblings, the host files or the marker.</summary>
    public IReadOnlyList<string> Files => [.. Directory.EnumerateFiles(OutputDir, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(OutputDir, f).Replace('\\', '/'))
        .Where(f => !f.EndsWith(".gz", StringComparison.Ordinal) && !f.EndsWith(".br", StringComparison.Ordinal)
            && f is not ("_headers" or "_redirects" or ".sitegen-output"))
        .Order(StringComparer.Ordinal)];

    public Uri Url(string outputPath) => new(Nginx.BaseUrl, BasePath + "/" + outputPath);

    public byte[] Read(string outputPath) => File.ReadAllBytes(Path.Combine(OutputDir, outputPath));
}
