using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.Tests.QualityGates;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Search;

/// <summary>
/// The search box with its results open passes axe in the light and dark themes and at 320 px, shows where the focus
/// is, fits a phone, is left out of print, and is not shown at all without JavaScript.
/// </summary>
[Collection(ServedGuideCollection.Name)]
public sealed class SearchBoxAccessibilityTests(ServedGuideFixture site, ChromiumFixture chromium)
{
    private const string StartPage = "/salaries/";
    private const int NarrowWidth = 320;

    public static TheoryData<string, int> Views => new()
    {
        { "light", 1280 },
        { "dark", 1280 },
        { "light", NarrowWidth },
        { "dark", NarrowWidth },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Axe_finds_no_violations_with_the_results_open(string theme, int width)
    {
        await using var context = await NewContextAsync(new()
        {
            ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            ViewportSize = new() { Width = width, Height = 800 },
        });
        var box = await SearchBox.OpenAsync(context, site.UrlOf(StartPage));
        await box.SearchAsync("senior developer");
        await box.Input.PressAsync("ArrowDown");
        await Expect(box.Listbox).ToBeVisibleAsync();

        var result = await box.Page.RunAxe();

        var violations = result.Violations
            .SelectMany(rule => rule.Nodes.Select(node => $"{rule.Id} ({rule.Impact}): {rule.Help} -> {node.Target} {node.Html}"))
            .ToList();
        Assert.True(violations.Count == 0, $"axe ({theme}, {width}px, results open) found {violations.Count} violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
        box.AssertNoErrors();
    }

    [Fact]
    public async Task The_open_results_fit_a_320px_screen()
    {
        await using var context = await NewContextAsync(new() { ViewportSize = new() { Width = NarrowWidth, Height = 640 } });
        var box = await SearchBox.OpenAsync(context, site.UrlOf(StartPage));

        await box.SearchAsync("backend developer salaries");

        var scrollWidth = await box.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= NarrowWidth, $"With the results open the page is {scrollWidth}px wide at a {NarrowWidth}px viewport");
        var listRight = await box.Listbox.EvaluateAsync<double>("e => e.getBoundingClientRect().right");
        Assert.True(listRight <= NarrowWidth, $"The results end at {listRight}px, past the {NarrowWidth}px screen");
    }

    [Fact]
    public async Task The_box_and_the_active_result_show_a_visible_focus_outline()
    {
        await using var context = await NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var box = await SearchBox.OpenAsync(context, site.UrlOf(StartPage));
        await box.SearchAsync("salaries");

        await box.Input.PressAsync("ArrowDown");

        var inputOutline = await box.Input.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
        Assert.StartsWith("solid", inputOutline, StringComparison.Ordinal);
        var active = box.Page.Locator("[role=option][aria-selected=true]");
        await Expect(active).ToHaveCountAsync(1);
        var optionOutline = await active.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
        Assert.StartsWith("solid", optionOutline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Print_leaves_the_box_out()
    {
        await using var context = await NewContextAsync(new());
        var box = await SearchBox.OpenAsync(context, site.UrlOf(StartPage));

        await box.Page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(box.Page.Locator("form[role=search]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_box_is_not_shown()
    {
        await using var context = await NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(site.UrlOf(StartPage));

        var form = page.Locator("form[role=search]");
        await Expect(form).ToHaveCountAsync(1);
        await Expect(form).ToBeHiddenAsync();
    }

    private async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions options)
    {
        _ = chromium.Browser; // skips (or fails in CI) without Chromium
        site.RequireSite();
        var context = await chromium.NewContextAsync(options);
        return context;
    }
}
