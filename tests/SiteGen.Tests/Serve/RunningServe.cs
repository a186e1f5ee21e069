using System.Net;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>
/// `serve` started in-process on a free port for one test: every wait is bounded and fails with what it waited for,
/// and <see cref="DisposeAsync"/> stops the server within a bound too. An edit is matched to its own reload by what the
/// server then serves, not by whichever reload event comes first.
/// </summary>
public sealed class RunningServe : IAsyncDisposable
{
    /// <summary>How long a start, a stop, or the rebuild that follows one edit may take before the test fails.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly TestSite _site;
    private readonly StringWriter _log;
    private readonly TextWriter _syncLog;

    private RunningServe(TestSite site, DevServer server, StringWriter log, TextWriter syncLog)
    {
        _site = site;
        Server = server;
        _log = log;
        _syncLog = syncLog;
        Http = new HttpClient { BaseAddress = server.Address, Timeout = Bound };
    }

    public DevServer Server { get; }

    public HttpClient Http { get; }

    /// <summary>What serve printed so far (its console).</summary>
    public string Log
    {
        get
        {
            // TextWriter.Synchronized locks the writer it returns.
            lock (_syncLog)
            {
                return _log.ToString();
            }
        }
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static BuildOptions OptionsFor(TestSite site) =>
        new(new SitePaths(site.Root, Path.Combine(site.Root, "site-content"), Path.Combine(site.Root, "templates"), site.Output), null, false);

    /// <param name="build">the build serve runs instead of the real one (to make it throw).</param>
    public static async Task<RunningServe> StartAsync(TestSite site, Func<BuildOptions, BuildCache, BuildResult>? build = null)
    {
        var log = new StringWriter();
        var syncLog = TextWriter.Synchronized(log);
        var server = await Bounded(DevServer.StartAsync(OptionsFor(site), "127.0.0.1", 0, syncLog, build: build), "start");
        return new RunningServe(site, server, log, syncLog);
    }

    /// <summary>
    /// Listens for reload events, makes the edit, and after each reload asks for <paramref name="url"/> until what is
    /// served satisfies <paramref name="served"/>; fails after <see cref="Bound"/> naming <paramref name="what"/>.
    /// </summary>
    /// <returns>The status and body of the response that satisfied the condition.</returns>
    public async Task<(HttpStatusCode Status, string Body)> EditAndWaitFor(
        string path, string text, string url, Func<HttpStatusCode, string, bool> served, string what)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(Bound);
        using var request = new HttpRequestMessage(HttpMethod.Get, LiveReload.EventsPath);
        using var events = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(": connected", await reader.ReadLineAsync(timeout.Token));
        _site.Write(path, text);
        var reloads = 0;
        var last = (Status: (HttpStatusCode)0, Body: "(no reload event yet)");
        try
        {
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line != "event: reload")
                {
                    continue;
                }
                reloads++;
                using var response = await Http.GetAsync(url, timeout.Token);
                last = (response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token));
                if (served(last.Status, last.Body))
                {
                    return last;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !Token.IsCancellationRequested)
        {
        }
        Assert.Fail($"after saving {path}, {url} did not show {what} within {Bound.TotalSeconds} s " +
            $"({reloads} reload events); last served: {(int)last.Status}\n{last.Body}\n--- serve's console:\n{Log}");
        return default;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Bounded(Server.DisposeAsync().AsTask(), "stop");
    }

    private static async Task Bounded(Task task, string what)
    {
        try
        {
            await task.WaitAsync(Bound, CancellationToken.None);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"serve did not {what} within {Bound.TotalSeconds} s");
        }
    }

    private static async Task<T> Bounded<T>(Task<T> task, string what)
    {
        await Bounded((Task)task, what);
        return await task;
    }
}
