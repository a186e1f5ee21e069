using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>
/// The URL guard in serve: a rebuild that drops a URL the site had when serve started (a file renamed or moved while
/// editing) warns at once, with the alias to add, as `build` does against the previous output; the alias silences it.
/// </summary>
public sealed class ServeUrlGuardTests : IDisposable
{
    private readonly TestSite _site = ServeSite.Create();

    public void Dispose() => _site.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Moving_a_page_while_serving_prints_the_dropped_url_warning_and_the_alias_clears_it()
    {
        await using var serve = await RunningServe.StartAsync(_site);
        Assert.DoesNotContain("[dropped-url]", serve.Log, StringComparison.Ordinal);

        var printed = await ChangeAndWaitForLog(serve, () =>
        {
            _site.Write("site-content/archive/gamma.md", "---\ntitle: Gamma\n---\nThird note, archived.\n");
            _site.Delete("site-content/notes/gamma.md");
        }, "Warnings: 1 new");
        Assert.Contains("site-content: warning: URL /notes/gamma/ was published (when serve started) and this build no longer has it, so links and bookmarks to it would break: " +
            "if it moved to /archive/gamma/, add `aliases: [/notes/gamma/]` to the front matter of site-content/archive/gamma.md", printed, StringComparison.Ordinal);

        printed = await ChangeAndWaitForLog(serve, () =>
            _site.Write("site-content/archive/gamma.md", "---\ntitle: Gamma\naliases: [/notes/gamma/]\n---\nThird note, archived.\n"), "Warnings: 0 new, 1 gone");
        Assert.DoesNotContain("warning: URL", printed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", true, 1)]
    [InlineData("url_guard: error\n", false, 1)]
    [InlineData("url_guard: off\n", true, 0)]
    public void A_rename_between_rebuilds_follows_url_guard(string setting, bool succeeds, int reported)
    {
        _site.Write("site-content/site.yml", setting + File.ReadAllText(Path.Combine(_site.Root, "site-content/site.yml")));
        var builder = new IncrementalBuilder(RunningServe.OptionsFor(_site)) { BaseUrl = "http://127.0.0.1:9/" };
        var first = builder.Build().Result;
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));

        var old = Path.Combine(_site.Root, "site-content/notes/gamma.md");
        var renamed = Path.Combine(_site.Root, "site-content/notes/third.md");
        File.Move(old, renamed);
        var (result, _) = builder.Build(FileChanges.Of([old, renamed]));

        Assert.Equal(succeeds, result.Succeeded);
        var dropped = result.Diagnostics.Where(d => d.Message.StartsWith("URL /notes/gamma/ was published (when serve started)", StringComparison.Ordinal)).ToList();
        Assert.Equal(reported, dropped.Count);
        Assert.All(dropped, d => Assert.Contains("add `aliases: [/notes/gamma/]` to the front matter of the page that replaces it", d.Message, StringComparison.Ordinal));

        // A draft (serve shows drafts) was never published, so removing it is not reported.
        _site.Delete("site-content/wip.md");
        (result, _) = builder.Build(FileChanges.Of([Path.Combine(_site.Root, "site-content/wip.md")]));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("/wip/", StringComparison.Ordinal));
    }

    /// <summary>Makes the change and waits (bounded, rebuild by rebuild) until what serve printed since contains
    /// <paramref name="expected"/>; returns that part of its console.</summary>
    private static async Task<string> ChangeAndWaitForLog(RunningServe serve, Action change, string expected)
    {
        using var rebuilds = new SemaphoreSlim(0);
        void OnRebuilt(ServedSite site, TimeSpan elapsed) => rebuilds.Release();
        serve.Server.Rebuilt += OnRebuilt;
        try
        {
            var mark = serve.Log.Length;
            change();
            var deadline = DateTime.UtcNow + RunningServe.Bound;
            while (!serve.Log[mark..].Contains(expected, StringComparison.Ordinal))
            {
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !await rebuilds.WaitAsync(left, Token))
                {
                    Assert.Fail($"serve did not print '{expected}' within {RunningServe.Bound.TotalSeconds} s:\n{serve.Log[mark..]}");
                }
            }
            return serve.Log[mark..];
        }
        finally
        {
            serve.Server.Rebuilt -= OnRebuilt;
        }
    }
}
