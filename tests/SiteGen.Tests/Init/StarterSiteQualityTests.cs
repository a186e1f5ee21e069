using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.Tests.QualityGates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Init;

/// <summary>
/// The site `init` makes is what a new user publishes first: every page passes the Nu Html Checker and axe-core (in
/// Chromium, light and dark colour schemes, at 1280 and 320 px, with the search box shown by its script), and no page
/// scrolls sideways on a 320 px phone. Skips without Java, vnu.jar or Chromium; fails instead when CI is set.
/// </summary>
public sealed class StarterSiteQualityTests(StarterSiteFixture site, ChromiumFixture chromium)
    : IClassFixture<StarterSiteFixture>, IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Every_page_of_the_starter_site_passes_the_Nu_Html_Checker()
    {
        var java = ToolGate.FindOnPath("java");
        ToolGate.Require(java is null ? "Java is not on PATH (the Nu Html Checker needs it)." : null);
        ToolGate.Require(File.Exists(HtmlValidityTests.VnuJar) ? null : $"The Nu Html Checker is not at {HtmlValidityTests.VnuJar} (npm package vnu-jar; set VNU_JAR).");
        site.RequireSite();

        var (exitCode, _, report) = await ChildProcess.RunAsync(java!, ["-jar", HtmlValidityTests.VnuJar, "--errors-only", "--format", "json", "--skip-non-html", site.OutputDir], TimeSpan.FromMinutes(3));

        using var json = JsonDocument.Parse(string.IsNullOrWhiteSpace(report) ? "{\"messages\":[]}" : report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() != "info")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.True(errors.Count == 0, $"The Nu Html Checker found {errors.Count} errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        Assert.True(exitCode == 0, $"vnu.jar exited with {exitCode}: {report}");
    }

    [Theory]
    [InlineData(ColorScheme.Light, 1280)]
    [InlineData(ColorScheme.Dark, 1280)]
    [InlineData(ColorScheme.Light, 320)]
    [InlineData(ColorScheme.Dark, 320)]
    public async Task Every_page_of_the_starter_site_has_no_axe_violations(ColorScheme scheme, int width)
    {
        var browser = chromium.Browser;
        site.RequireSite();
        await using var context = await browser.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = width, Height = 800 } });
        var page = await context.NewPageAsync();
        var violations = new List<string>();

        foreach (var path in site.PagePaths)
        {
            await OpenAsync(page, path);
            var result = await page.RunAxe();
            violations.AddRange(result.Violations.SelectMany(rule => rule.Nodes.Select(node => $"{path}: {rule.Id} ({rule.Impact}): {rule.Help} -> {node.Target} {node.Html}")));
        }

        Assert.True(violations.Count == 0, $"axe ({scheme}, {width}px) found {violations.Count} violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public async Task No_page_of_the_starter_site_scrolls_sideways_at_320px_and_the_search_box_shows()
    {
        var browser = chromium.Browser;
        site.RequireSite();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var path in site.PagePaths)
        {
            await OpenAsync(page, path);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > 320)
            {
                problems.Add($"{path}: the document is {scrollWidth}px wide at a 320px viewport");
            }
            if (!await page.Locator("form[role=search]").IsVisibleAsync())
            {
                problems.Add($"{path}: the search box is not shown (search.js did not run or was not found)");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(site.UrlOf(path), new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true } || path == "/404.html", $"GET {path} answered {response?.Status}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
