using System.Net;
using System.Net.Sockets;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>End to end: serve on a free port, edit files, see the new content over HTTP after the reload that follows the edit.</summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private readonly TestSite _site = ServeSite.Create();
    private RunningServe _serve = null!;

    public async ValueTask InitializeAsync() => _serve = await RunningServe.StartAsync(_site);

    public async ValueTask DisposeAsync()
    {
        await _serve.DisposeAsync();
        _site.Dispose();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private HttpClient Http => _serve.Http;

    private DevServer Server => _serve.Server;

    private static Func<HttpStatusCode, string, bool> Shows(string text) =>
        (status, body) => status == HttpStatusCode.OK && body.Contains(text, StringComparison.Ordinal);

    [Fact]
    public async Task Editing_a_page_a_template_and_a_data_file_reloads_with_new_content()
    {
        Assert.Contains("Second note.", await Http.GetStringAsync("/notes/beta/", Token), StringComparison.Ordinal);

        await _serve.EditAndWaitFor("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\nSecond note, now edited.\n",
            "/notes/beta/", Shows("Second note, now edited."), "the edited body");

        await _serve.EditAndWaitFor("templates/_default/page.html", "<h1 class=\"edited\">{{ page.title }}</h1>{{ page.content }}",
            "/notes/beta/", Shows("<h1 class=\"edited\">Beta</h1>"), "the edited template");

        await _serve.EditAndWaitFor("site-content/data/team.yml", "lead: Grace\n", "/notes/", Shows("Lead: Grace"), "the edited data");
    }

    [Fact]
    public async Task A_build_error_shows_in_the_browser_and_recovers_after_the_fix()
    {
        var (_, failed) = await _serve.EditAndWaitFor("site-content/notes/beta.md", "---\ntitle: Beta\nweight: heavy\n---\nBody\n", "/notes/beta/",
            (status, body) => status == HttpStatusCode.InternalServerError && body.Contains("weight: heavy", StringComparison.Ordinal), "the error page");
        var page = failed.Replace("&#x27;", "&#39;", StringComparison.Ordinal);
        Assert.Contains("site-content/notes/beta.md:3:9: error: &#39;weight&#39; must be a whole number", page, StringComparison.Ordinal);
        Assert.Contains(LiveReload.EventsPath, page, StringComparison.Ordinal);

        await _serve.EditAndWaitFor("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\nFixed.\n", "/notes/beta/", Shows("Fixed."), "the fixed page");
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/notes/..%2f..%2f..%2fetc/passwd")]
    [InlineData("/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("/..\\..\\etc\\passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    public async Task Traversal_attempts_are_refused(string path)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(RunningServe.Bound);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Server.Address.Port, timeout.Token);
        await using var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), timeout.Token);
        using var reader = new StreamReader(stream);
        var status = await reader.ReadLineAsync(timeout.Token);
        Assert.Matches(@"^HTTP/1\.1 (400|404) ", status);
        var rest = await reader.ReadToEndAsync(timeout.Token);
        Assert.DoesNotContain("root:", rest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_served_with_a_banner_and_the_reload_script()
    {
        var html = await Http.GetStringAsync("/wip/", Token);
        Assert.Contains("Draft: this page is shown by serve only", html, StringComparison.Ordinal);
        Assert.Contains(LiveReload.EventsPath, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft:", await Http.GetStringAsync("/notes/beta/", Token), StringComparison.Ordinal);
    }

    [Fact]
    public void The_reload_script_never_appears_in_build_output()
    {
        var run = _site.Build("--drafts");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("__sitegen", text, StringComparison.Ordinal);
            Assert.DoesNotContain("EventSource", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_port_in_use_gives_a_clear_message()
    {
        var port = Server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Run in-process with a bound: should the port check fail, this serve is cancelled instead of running for ever.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var serve = SiteGenCli.RunAsync(["serve", .. _site.DefaultArgs(), "--port", port], stdout, stderr, stop.Token);
        try
        {
            await serve.WaitAsync(RunningServe.Bound, Token);
        }
        catch (TimeoutException)
        {
            await stop.CancelAsync();
            await serve.WaitAsync(RunningServe.Bound, CancellationToken.None);
            Assert.Fail($"a second serve on port {port} kept running instead of refusing the port:\n{stdout}\n{stderr}");
        }
        Assert.Equal(2, await serve);
        Assert.Contains($"port {port} on 127.0.0.1 is already in use; pick another with --port", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_changes_is_debounced_into_working_rebuilds()
    {
        // Like `git checkout`: many files in quick succession, including a write-to-temp-then-rename save.
        for (var i = 0; i < 20; i++)
        {
            _site.Write($"site-content/notes/burst-{i}.md", $"---\ntitle: Burst {i}\n---\nBody {i}.\n");
        }
        var temp = Path.Combine(_site.Root, "site-content", "notes", ".gamma.md.tmp");
        await File.WriteAllTextAsync(temp, "---\ntitle: Gamma\nweight: 3\n---\nSaved atomically.\n", Token);
        File.Move(temp, Path.Combine(_site.Root, "site-content", "notes", "gamma.md"), overwrite: true);
        // The watcher reports changes in order: the build that shows the last edit has taken in every earlier one.
        await _serve.EditAndWaitFor("site-content/notes/burst-19.md", "---\ntitle: Burst 19\n---\nLast.\n", "/notes/burst-19/", Shows("Last."), "the last edit of the burst");
        var notes = await Http.GetStringAsync("/notes/", Token);
        for (var i = 0; i < 20; i++)
        {
            Assert.Contains($"Burst {i}<", notes, StringComparison.Ordinal);
        }
        Assert.Contains("Saved atomically.", await Http.GetStringAsync("/notes/gamma/", Token), StringComparison.Ordinal);
    }
}
