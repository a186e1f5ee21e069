using Microsoft.Playwright;

namespace SiteGen.Tests.QualityGates;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, or $CHROMIUM) driven by Playwright. Playwright never downloads a browser here:
/// it is only pointed at the installed executable. When Chromium is absent the browser tests skip (fail in CI).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _launchError;

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why there is no browser to test with, or null.</summary>
    public static string? MissingReason =>
        File.Exists(ExecutablePath) ? null : $"Chromium is not installed at {ExecutablePath} (Debian: apt-get install chromium).";

    /// <summary>A new context of <see cref="Browser"/> whose waits give up after 15 s (a page of the guide needs well
    /// under one), so a broken page fails its test instead of stalling the run.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return context;
    }

    /// <summary>The launched browser; skips or fails the calling test when there is none.</summary>
    public IBrowser Browser
    {
        get
        {
            ToolGate.Require(MissingReason);
            if (_browser is null)
            {
                Assert.Fail($"Chromium at {ExecutablePath} is installed but did not start: {_launchError}");
            }
            return _browser;
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (MissingReason is not null)
        {
            return;
        }
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--no-first-run",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                ],
            });
        }
        catch (Exception ex)
        {
            _launchError = ex.Message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}
