using System.Net;
using System.Net.Sockets;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>End to end: serve on a free port, edit files, see the reload event and the new content over HTTP.</summary>
public sealed class DevServerTests : IAsyncLifetime
{
    private readonly TestSite _site = ServeSite.Create();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private DevServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        _server = await DevServer.StartAsync(options, "127.0.0.1", 0, TextWriter.Null);
        _http.BaseAddress = _server.Address;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Opens the event stream, makes the edit, and waits for the next "reload" event.</summary>
    private async Task EditAndWaitForReload(string path, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, LiveReload.EventsPath);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Token));
        Assert.Equal(": connected", await reader.ReadLineAsync(Token));
        _site.Write(path, text);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "event: reload")
            {
                return;
            }
        }
        Assert.Fail("no reload event after editing " + path);
    }

    [Fact]
    public async Task Editing_a_page_a_template_and_a_data_file_reloads_with_new_content()
    {
        Assert.Contains("Second note.", await _http.GetStringAsync("/notes/beta/", Token), StringComparison.Ordinal);

        await EditAndWaitForReload("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\nSecond note, now edited.\n");
        Assert.Contains("Second note, now edited.", await _http.GetStringAsync("/notes/beta/", Token), StringComparison.Ordinal);

        await EditAndWaitForReload("templates/_default/page.html", "<h1 class=\"edited\">{{ page.title }}</h1>{{ page.content }}");
        Assert.Contains("<h1 class=\"edited\">Beta</h1>", await _http.GetStringAsync("/notes/beta/", Token), StringComparison.Ordinal);

        await EditAndWaitForReload("site-content/data/team.yml", "lead: Grace\n");
        Assert.Contains("Lead: Grace", await _http.GetStringAsync("/notes/", Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_error_shows_in_the_browser_and_recovers_after_the_fix()
    {
        await EditAndWaitForReload("site-content/notes/beta.md", "---\ntitle: Beta\nweight: heavy\n---\nBody\n");
        var failed = await _http.GetAsync("/notes/beta/", Token);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var page = await failed.Content.ReadAsStringAsync(Token);
        Assert.Contains("site-content/notes/beta.md:3:9: error: &#39;weight&#39; must be a whole number", page.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("weight: heavy", page, StringComparison.Ordinal);
        Assert.Contains(LiveReload.EventsPath, page, StringComparison.Ordinal);

        await EditAndWaitForReload("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\nFixed.\n");
        var fixedPage = await _http.GetAsync("/notes/beta/", Token);
        Assert.Equal(HttpStatusCode.OK, fixedPage.StatusCode);
        Assert.Contains("Fixed.", await fixedPage.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);
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
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _server.Address.Port, Token);
        await using var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), Token);
        using var reader = new StreamReader(stream);
        var status = await reader.ReadLineAsync(Token);
        Assert.Matches(@"^HTTP/1\.1 (400|404) ", status);
        var rest = await reader.ReadToEndAsync(Token);
        Assert.DoesNotContain("root:", rest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_served_with_a_banner_and_the_reload_script()
    {
        var html = await _http.GetStringAsync("/wip/", Token);
        Assert.Contains("Draft: this page is shown by serve only", html, StringComparison.Ordinal);
        Assert.Contains(LiveReload.EventsPath, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft:", await _http.GetStringAsync("/notes/beta/", Token), StringComparison.Ordinal);
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
        var run = _site.Run(["serve", "--source", Path.Combine(_site.Root, "site-content"), "--templates", Path.Combine(_site.Root, "templates"), "--port", _server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"port {_server.Address.Port} on 127.0.0.1 is already in use; pick another with --port", run.Stderr, StringComparison.Ordinal);
        await Task.CompletedTask;
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
        await EditAndWaitForReload("site-content/notes/burst-19.md", "---\ntitle: Burst 19\n---\nLast.\n");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        string notes;
        do
        {
            await Task.Delay(100, Token);
            notes = await _http.GetStringAsync("/notes/", Token);
        }
        while (!notes.Contains("Burst 0", StringComparison.Ordinal) && DateTime.UtcNow < deadline);
        Assert.Contains("Burst 0", notes, StringComparison.Ordinal);
        Assert.Contains("Saved atomically.", await _http.GetStringAsync("/notes/gamma/", Token), StringComparison.Ordinal);
    }
}
