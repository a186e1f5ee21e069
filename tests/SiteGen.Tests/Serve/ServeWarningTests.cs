using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>
/// serve on a site with many warnings: the start groups them by kind; after a rebuild it prints only the warnings
/// that are new and a line for those gone, and it tells the browser to reload before it prints anything.
/// </summary>
public sealed class ServeWarningTests : IDisposable
{
    private const string UncaptionedTable = "| a | b |\n|---|---|\n| 1 | 2 |\n";

    private readonly TestSite _site = new();

    public ServeWarningTests()
    {
        for (var i = 1; i <= 8; i++)
        {
            _site.Write($"site-content/p{i:00}.md", $"---\ntitle: P{i}\n---\n{UncaptionedTable}");
        }
    }

    public void Dispose() => _site.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_groups_the_warnings_and_a_rebuild_prints_only_new_and_gone_ones()
    {
        await using var serve = await RunningServe.StartAsync(_site);
        Assert.Contains("warning [table-caption]: 5 more like these (8 in all)", serve.Log, StringComparison.Ordinal);
        Assert.Equal(3, Lines(serve.Log).Count(l => l.Contains("warning: table has no caption", StringComparison.Ordinal)));

        var printed = await EditAndWaitForLog(serve, "site-content/p01.md", "---\ntitle: P1\n---\nTable: numbers\n\n" + UncaptionedTable,
            "Warnings: 0 new, 1 gone");
        Assert.Contains("Warnings: 0 new, 1 gone (site-content/p01.md:4:1 [table-caption]); 7 warnings in all.", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("warning: table has no caption", printed, StringComparison.Ordinal);

        printed = await EditAndWaitForLog(serve, "site-content/p09.md", "---\ntitle: P9\n---\n" + UncaptionedTable, "Warnings: 1 new, 0 gone");
        Assert.Contains("site-content/p09.md:4:1: warning: table has no caption", printed, StringComparison.Ordinal);
        Assert.Contains("Warnings: 1 new, 0 gone; 8 warnings in all.", printed, StringComparison.Ordinal);
        Assert.Single(Lines(printed), l => l.Contains("warning: table has no caption", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_warning_that_only_moved_down_a_few_lines_is_not_printed_again()
    {
        await using var serve = await RunningServe.StartAsync(_site);
        var printed = await EditAndWaitForLog(serve, "site-content/p02.md", "---\ntitle: P2\n---\nIntro.\n\n" + UncaptionedTable, "Rebuilt in ");
        Assert.DoesNotContain("warning:", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Warnings:", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_browser_is_told_to_reload_before_the_rebuild_is_printed()
    {
        using var log = new ReloadGateWriter();
        await using var server = await DevServer.StartAsync(RunningServe.OptionsFor(_site), "127.0.0.1", 0, log);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = RunningServe.Bound };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(RunningServe.Bound);
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Rebuilt += (_, _) => rebuilt.TrySetResult();
        using var events = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, LiveReload.EventsPath), HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(": connected", await reader.ReadLineAsync(timeout.Token));

        _site.Write("site-content/p01.md", "---\ntitle: P1 changed\n---\n" + UncaptionedTable);
        while (await reader.ReadLineAsync(timeout.Token) is { } line && line != "event: reload")
        {
        }
        log.ReloadSeen.Set();
        await rebuilt.Task.WaitAsync(RunningServe.Bound, Token);
        Assert.True(log.ReloadCameFirst, "serve printed 'Rebuilt ...' before it told the browser to reload:\n" + log);
    }

    private static string[] Lines(string text) => text.Split('\n');

    /// <summary>Saves <paramref name="path"/> and waits (bounded, rebuild by rebuild) until what serve printed since
    /// contains <paramref name="expected"/>; returns that part of its console.</summary>
    private async Task<string> EditAndWaitForLog(RunningServe serve, string path, string text, string expected)
    {
        using var rebuilds = new SemaphoreSlim(0);
        void OnRebuilt(ServedSite site, TimeSpan elapsed) => rebuilds.Release();
        serve.Server.Rebuilt += OnRebuilt;
        try
        {
            var mark = serve.Log.Length;
            _site.Write(path, text);
            var deadline = DateTime.UtcNow + RunningServe.Bound;
            while (!serve.Log[mark..].Contains(expected, StringComparison.Ordinal))
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !await rebuilds.WaitAsync(left, Token))
                {
                    Assert.Fail($"after saving {path}, serve did not print '{expected}' within {RunningServe.Bound.TotalSeconds} s:\n{serve.Log[mark..]}");
                }
            }
            return serve.Log[mark..];
        }
        finally
        {
            serve.Server.Rebuilt -= OnRebuilt;
        }
    }

    /// <summary>A console that, when serve prints "Rebuilt ...", waits (bounded) for the test to have seen the reload
    /// event, and records whether it had.</summary>
    private sealed class ReloadGateWriter : StringWriter
    {
        public ManualResetEventSlim ReloadSeen { get; } = new();

        public bool ReloadCameFirst { get; private set; }

        public override void WriteLine(string? value)
        {
            if (value?.StartsWith("Rebuilt", StringComparison.Ordinal) == true)
            {
                ReloadCameFirst = ReloadSeen.Wait(TimeSpan.FromSeconds(5));
            }
            lock (this)
            {
                base.WriteLine(value);
            }
        }

        protected override void Dispose(bool disposing)
        {
            ReloadSeen.Dispose();
            base.Dispose(disposing);
        }
    }
}
