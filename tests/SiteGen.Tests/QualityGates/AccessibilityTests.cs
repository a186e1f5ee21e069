using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SiteGen.Tests.QualityGates;

/// <summary>axe-core, in headless Chromium, reports zero violations on every page; narrow screens do not scroll sideways.</summary>
[Collection(ServedGuideCollection.Name)]
public sealed class AccessibilityTests(ServedGuideFixture site, ChromiumFixture chromium)
{
    private const int NarrowWidth = 320;

    /// <summary>One page of each kind: home, role, skill, salary overview, location and level pages, a page with a
    /// callout, and a skill page with highlighted code (its colours checked in both themes).</summary>
    private static readonly string[] SamplePages =
    [
        "/",
        "/roles/api-developer/",
        "/skills/python/",
        "/skills/rest/",
        "/salaries/",
        "/salaries/united-kingdom/",
        "/salaries/levels/senior/",
        "/tips/",
    ];

    [Fact]
    public async Task Every_page_has_no_axe_violations()
    {
        var browser = chromium.Browser;
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        var violations = await AxeViolationsAsync(context, site.PagePaths);

        Assert.True(violations.Count == 0, $"axe found {violations.Count} violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public async Task Sample_pages_have_no_axe_violations_in_the_dark_theme()
    {
        var browser = chromium.Browser;
        await using var context = await browser.NewContextAsync(new() { ColorScheme = ColorScheme.Dark, ViewportSize = new() { Width = 1280, Height = 900 } });

        var violations = await AxeViolationsAsync(context, SamplePagesThatExist());

        Assert.True(violations.Count == 0, $"axe (prefers-color-scheme: dark) found {violations.Count} violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public async Task Sample_pages_have_no_axe_violations_at_320px()
    {
        var browser = chromium.Browser;
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = NarrowWidth, Height = 640 } });

        var violations = await AxeViolationsAsync(context, SamplePagesThatExist());

        Assert.True(violations.Count == 0, $"axe at {NarrowWidth}px found {violations.Count} violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    [Fact]
    public async Task Sample_pages_do_not_scroll_sideways_at_320px()
    {
        var browser = chromium.Browser;
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = NarrowWidth, Height = 640 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();

        foreach (var path in SamplePagesThatExist())
        {
            await OpenAsync(page, path);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > NarrowWidth)
            {
                var culprits = await page.EvaluateAsync<string[]>(WiderThanViewportScript, NarrowWidth);
                problems.Add($"{path}: document is {scrollWidth}px wide at a {NarrowWidth}px viewport; too wide: {string.Join(", ", culprits)}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Lists the innermost elements whose right edge passes the viewport, as "tag.class (right edge px)".</summary>
    private const string WiderThanViewportScript = """
        width => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 1)
            .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
            .slice(0, 8)
            .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '')
                + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)')
        """;

    private List<string> SamplePagesThatExist()
    {
        var pages = site.PagePaths.ToHashSet();
        var missing = SamplePages.Where(p => !pages.Contains(p)).ToList();
        Assert.True(missing.Count == 0, $"Sample pages missing from the built guide: {string.Join(", ", missing)}");
        return [.. SamplePages];
    }

    private async Task<List<string>> AxeViolationsAsync(IBrowserContext context, IEnumerable<string> paths)
    {
        var violations = new List<string>();
        var page = await context.NewPageAsync();
        foreach (var path in paths)
        {
            await OpenAsync(page, path);
            AxeResult result = await page.RunAxe();
            foreach (var rule in result.Violations)
            {
                foreach (var node in rule.Nodes)
                {
                    violations.Add($"{path}: {rule.Id} ({rule.Impact}): {rule.Help} -> {node.Target} {node.Html}");
                }
            }
        }
        await page.CloseAsync();
        return violations;
    }

    private async Task OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(site.UrlOf(path), new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}");
    }
}
