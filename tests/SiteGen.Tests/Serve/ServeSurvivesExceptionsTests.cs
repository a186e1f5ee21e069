using System.Net;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>
/// Issue 10 case 5 (serve side): whatever a build throws, serve keeps serving and watching, shows the error in the
/// terminal and the browser, and the next save that fixes things is built and served.
/// </summary>
public sealed class ServeSurvivesExceptionsTests : IDisposable
{
    /// <summary>A line of 200 '>' is deeper than Markdig allows: it throws from the Markdown stage (on the main of issue 10).</summary>
    private static readonly string TooDeepQuote = "---\ntitle: Beta\nweight: 2\n---\n" + new string('>', 200) + " deep\n";

    private const string FixedBeta = "---\ntitle: Beta\nweight: 2\n---\nFixed after the crash.\n";

    private readonly TestSite _site = ServeSite.Create();

    public void Dispose() => _site.Dispose();

    private static bool ShowsError(HttpStatusCode status, string body) =>
        status == HttpStatusCode.InternalServerError && body.Contains("<h1>Build failed</h1>", StringComparison.Ordinal);

    private static bool ShowsFix(HttpStatusCode status, string body) =>
        status == HttpStatusCode.OK && body.Contains("Fixed after the crash.", StringComparison.Ordinal);

    [Fact]
    public async Task Serve_starts_when_the_first_build_throws_shows_the_error_and_serves_the_fix()
    {
        _site.Write("site-content/notes/beta.md", TooDeepQuote);

        await using var serve = await RunningServe.StartAsync(_site);

        var first = await serve.Http.GetAsync("/notes/beta/", TestContext.Current.CancellationToken);
        var page = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(ShowsError(first.StatusCode, page), $"{(int)first.StatusCode}\n{page}");
        Assert.Contains(": error: ", serve.Log, StringComparison.Ordinal);
        Assert.Contains("Build failed", serve.Log, StringComparison.Ordinal);

        await serve.EditAndWaitFor("site-content/notes/beta.md", FixedBeta, "/notes/beta/", ShowsFix, "the fixed page");
    }

    [Fact]
    public async Task A_rebuild_that_throws_is_reported_and_a_later_fixing_save_is_served()
    {
        await using var serve = await RunningServe.StartAsync(_site);

        var (_, errorPage) = await serve.EditAndWaitFor("site-content/notes/beta.md", TooDeepQuote, "/notes/beta/", ShowsError, "the error page");
        Assert.Contains("error", errorPage, StringComparison.Ordinal);

        await serve.EditAndWaitFor("site-content/notes/beta.md", FixedBeta, "/notes/beta/", ShowsFix, "the fixed page");
        // The pages the crash did not touch are served as before.
        var alpha = await serve.Http.GetStringAsync("/notes/alpha/", TestContext.Current.CancellationToken);
        Assert.Contains("First note.", alpha, StringComparison.Ordinal);
    }

    /// <summary>The real build, except that it throws while beta.md says CRASH: an exception no stage turns into a diagnostic.</summary>
    private BuildResult CrashingBuild(BuildOptions options, BuildCache cache) =>
        File.ReadAllText(Path.Combine(_site.Root, "site-content/notes/beta.md")).Contains("CRASH", StringComparison.Ordinal)
            ? throw new InvalidOperationException("simulated crash in a build stage.")
            : SiteBuilder.Build(options, cache);

    private static bool ShowsCrash(HttpStatusCode status, string body) =>
        ShowsError(status, body) && body.Contains("simulated crash in a build stage", StringComparison.Ordinal);

    [Fact]
    public async Task Any_exception_from_a_rebuild_is_shown_the_last_good_files_stay_served_and_a_later_fix_is_served()
    {
        _site.Write("site-content/static/site.css", "body { color: navy }");
        await using var serve = await RunningServe.StartAsync(_site, CrashingBuild);
        Assert.Contains("Second note.", await serve.Http.GetStringAsync("/notes/beta/", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var (_, page) = await serve.EditAndWaitFor("site-content/notes/beta.md", "---\ntitle: Beta\n---\nCRASH\n", "/notes/beta/", ShowsCrash, "the crash on the error page");
        const string Error = "site-content/notes/beta.md: error: the build stopped with InvalidOperationException after site-content/notes/beta.md changed: simulated crash in a build stage; serve keeps running";
        Assert.Contains(Error, page, StringComparison.Ordinal);
        Assert.Contains(Error, serve.Log, StringComparison.Ordinal);
        Assert.Contains("body { color: navy }", await serve.Http.GetStringAsync("/site.css", TestContext.Current.CancellationToken), StringComparison.Ordinal);

        // A second save that still crashes is built (the loop is alive) and shown again.
        await serve.EditAndWaitFor("site-content/notes/beta.md", "---\ntitle: Beta\n---\nCRASH again\n", "/notes/beta/", ShowsCrash, "the second crash");
        Assert.Equal(2, CountOf(serve.Log, Error));

        await serve.EditAndWaitFor("site-content/notes/beta.md", FixedBeta, "/notes/beta/", ShowsFix, "the fixed page");
        Assert.Contains("First note.", await serve.Http.GetStringAsync("/notes/alpha/", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Any_exception_from_the_first_build_still_starts_serve_and_the_fix_is_served()
    {
        _site.Write("site-content/notes/beta.md", "---\ntitle: Beta\n---\nCRASH\n");
        await using var serve = await RunningServe.StartAsync(_site, CrashingBuild);

        var first = await serve.Http.GetAsync("/", TestContext.Current.CancellationToken);
        var page = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(ShowsCrash(first.StatusCode, page), $"{(int)first.StatusCode}\n{page}");
        Assert.Contains("site-content: error: the build stopped with InvalidOperationException: simulated crash", serve.Log, StringComparison.Ordinal);
        Assert.Contains($"Serving at {serve.Server.Address}", serve.Log, StringComparison.Ordinal);

        await serve.EditAndWaitFor("site-content/notes/beta.md", FixedBeta, "/notes/beta/", ShowsFix, "the fixed page");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
