using System.Globalization;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>
/// `check --external` against a local server that counts what it is asked: dead links are warnings, HEAD falls back
/// to GET, links that answered well are cached for --cache-hours, and no more than --concurrency are asked at once.
/// </summary>
public sealed class ExternalLinkCheckTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string CacheFile => Path.Combine(_site.Root, ".sitegen-cache", "external-links.tsv");

    private BuildRun CheckExternal(params string[] extra) =>
        _site.Run(["check", .. _site.DefaultArgs(), "--external", "--timeout", "10", .. extra]);

    [Fact]
    public async Task Dead_links_are_warnings_at_their_line_and_the_check_still_passes()
    {
        await using var server = await LocalHttpServer.StartAsync((_, path) => path == "/alive" ? 200 : 404);
        _site.Write("site-content/a.md", $"---\ntitle: A\n---\nSee [alive]({server.Address}/alive) and\n[dead]({server.Address}/dead).\n");

        var run = CheckExternal();

        Assert.True(run.ExitCode == 0, run.ToString());
        var warning = Assert.Single(ReportedDiagnostic.Parse(run.Stderr));
        Assert.Equal(("site-content/a.md", 5, "warning"), (warning.File, warning.Line, warning.Kind));
        Assert.Contains($"'{server.Address}/dead'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("404", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Checked 2 external links: 1 dead.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_refusing_HEAD_is_asked_again_with_GET()
    {
        await using var server = await LocalHttpServer.StartAsync((method, path) => method == "HEAD" ? 405 : path == "/get-only" ? 200 : 404);
        _site.Write("site-content/a.md", $"---\ntitle: A\n---\n[ok]({server.Address}/get-only)\n\n[gone]({server.Address}/gone)\n");

        var run = CheckExternal();

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal((1, 1), (server.Count("HEAD", "/get-only"), server.Count("GET", "/get-only")));
        var warning = Assert.Single(ReportedDiagnostic.Parse(run.Stderr));
        Assert.Equal(("site-content/a.md", 6), (warning.File, warning.Line));
        Assert.Contains("404", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_that_answered_well_are_not_asked_again_within_the_cache_hours()
    {
        await using var server = await LocalHttpServer.StartAsync((_, path) => path == "/alive" ? 200 : 404);
        _site.Write("site-content/a.md", $"---\ntitle: A\n---\n[alive]({server.Address}/alive) [dead]({server.Address}/dead)\n");

        Assert.Equal(0, CheckExternal().ExitCode);
        Assert.Equal((1, 1), (server.Count("HEAD", "/alive"), server.Count("HEAD", "/dead")));
        Assert.True(File.Exists(CacheFile), "the cache is .sitegen-cache/external-links.tsv beside site-content/");

        var cached = CheckExternal();
        Assert.True(cached.ExitCode == 0, cached.ToString());
        Assert.Equal(1, server.Count("HEAD", "/alive"));
        Assert.Equal(2, server.Count("HEAD", "/dead"));
        Assert.Single(ReportedDiagnostic.Parse(cached.Stderr), d => d.Kind == "warning" && d.Message.Contains("/dead'", StringComparison.Ordinal));

        Assert.Equal(0, CheckExternal("--cache-hours", "0").ExitCode);
        Assert.Equal(2, server.Count("HEAD", "/alive"));
    }

    [Fact]
    public async Task A_cached_answer_older_than_the_cache_hours_is_asked_again()
    {
        await using var server = await LocalHttpServer.StartAsync((_, _) => 200);
        _site.Write("site-content/a.md", $"---\ntitle: A\n---\n[alive]({server.Address}/alive)\n");
        Directory.CreateDirectory(Path.GetDirectoryName(CacheFile)!);
        var twoHoursAgo = DateTimeOffset.UtcNow.AddHours(-2).ToString("o", CultureInfo.InvariantCulture);
        File.WriteAllText(CacheFile, $"{twoHoursAgo}\t{server.Address}/alive\n");

        Assert.Equal(0, CheckExternal("--cache-hours", "3").ExitCode);
        Assert.Equal(0, server.Count("HEAD", "/alive"));

        Assert.Equal(0, CheckExternal("--cache-hours", "1").ExitCode);
        Assert.Equal(1, server.Count("HEAD", "/alive"));
    }

    [Fact]
    public async Task No_more_links_than_the_concurrency_are_asked_at_once()
    {
        // Each request is held a moment, so links asked together overlap on the server.
        await using var server = await LocalHttpServer.StartAsync((_, _) => 200, hold: TimeSpan.FromMilliseconds(200));
        var links = string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"[link {i}]({server.Address}/page-{i})"));
        _site.Write("site-content/a.md", $"---\ntitle: A\n---\n{links}\n");

        var run = CheckExternal("--concurrency", "2", "--cache-hours", "0");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.All(Enumerable.Range(1, 8), i => Assert.Equal(1, server.Count("HEAD", $"/page-{i}")));
        Assert.InRange(server.MaxInFlight, 1, 2);
    }
}
