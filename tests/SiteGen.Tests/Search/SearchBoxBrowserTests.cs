using Microsoft.Playwright;
using SiteGen.Tests.QualityGates;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Search;

/// <summary>
/// The guide's search box in Chromium, as a reader uses it: type a skill or a salary location, read the results, open one
/// with the keyboard. Every test also fails on a console error or an uncaught exception.
/// </summary>
[Collection(ServedGuideCollection.Name)]
public sealed class SearchBoxBrowserTests(ServedGuideFixture site, ChromiumFixture chromium) : IAsyncLifetime
{
    private const string StartPage = "/skills/python/";
    private const string KubernetesPage = "/roadmap/advanced/";

    private IBrowserContext? _context;

    public async ValueTask InitializeAsync()
    {
        if (ChromiumFixture.MissingReason is not null)
        {
            return; // each test skips (or fails in CI) through chromium.Browser
        }
        site.RequireSite();
        _context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("postgresql", "/skills/postgresql/")]
    [InlineData("postgres", "/skills/postgresql/")]
    [InlineData("Django", "/skills/django/")]
    [InlineData("india", "/salaries/india/")]
    [InlineData("united kingdom", "/salaries/united-kingdom/")]
    public async Task A_skill_or_a_salary_location_lists_its_page_first(string query, string expectedPage)
    {
        var box = await OpenAsync();

        var hrefs = await box.SearchAsync(query);

        Assert.True(hrefs.Count > 0 && PathOf(hrefs[0]) == expectedPage,
            $"\"{query}\": want {expectedPage} first, got: {string.Join(", ", hrefs)}");
        box.AssertNoErrors();
    }

    [Fact]
    public async Task Typing_a_prefix_finds_the_section_under_its_heading_and_marks_the_word()
    {
        var box = await OpenAsync();

        await box.Input.PressSequentiallyAsync("kube");

        var first = box.Options.First;
        await Expect(first).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^" + KubernetesPage + "#."));
        await Expect(first.Locator(".search-heading")).ToContainTextAsync("Kubernetes");
        var marks = await first.Locator(".search-excerpt mark").AllInnerTextsAsync();
        Assert.True(marks.Count > 0 && marks.All(m => m.StartsWith("kube", StringComparison.OrdinalIgnoreCase)),
            $"The first result's excerpt should mark the words starting with \"kube\"; marked: {string.Join(", ", marks)}");
        box.AssertNoErrors();
    }

    [Fact]
    public async Task Enter_opens_the_first_result_at_its_heading()
    {
        var box = await OpenAsync();
        var hrefs = await box.SearchAsync("kubernetes");
        Assert.NotEmpty(hrefs);
        var anchor = hrefs[0].Split('#') is [_, var id] ? id : "";

        await box.Input.PressAsync("Enter");

        await box.Page.WaitForURLAsync(site.UrlOf(hrefs[0]));
        Assert.Equal(KubernetesPage, PathOf(hrefs[0]));
        Assert.True(anchor.Length > 0, $"The first result {hrefs[0]} should link the heading that mentions Kubernetes");
        await Expect(box.Page.Locator($"main [id='{anchor}']")).ToContainTextAsync("Kubernetes");
        box.AssertNoErrors();
    }

    [Fact]
    public async Task Arrow_keys_move_the_active_result_and_Enter_opens_it()
    {
        var box = await OpenAsync();
        var hrefs = await box.SearchAsync("salaries");
        Assert.True(hrefs.Count >= 2, $"\"salaries\" should find at least two pages, found: {string.Join(", ", hrefs)}");

        await box.Input.PressAsync("ArrowDown");
        await box.Input.PressAsync("ArrowDown");

        var second = box.Options.Nth(1);
        await Expect(box.Input).ToHaveAttributeAsync("aria-activedescendant", await second.GetAttributeAsync("id") ?? "<no id>");
        await Expect(second).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box.Options.First).ToHaveAttributeAsync("aria-selected", "false");
        await box.Input.PressAsync("ArrowUp");
        await Expect(box.Options.First).ToHaveAttributeAsync("aria-selected", "true");
        await box.Input.PressAsync("ArrowDown");
        await box.Input.PressAsync("Enter");
        await box.Page.WaitForURLAsync(site.UrlOf(hrefs[1]));
        box.AssertNoErrors();
    }

    [Fact]
    public async Task Slash_focuses_the_box_unless_the_reader_is_typing_in_it()
    {
        var box = await OpenAsync();
        await box.Page.Locator("main h1").ClickAsync();

        await box.Page.Keyboard.PressAsync("/");

        await Expect(box.Input).ToBeFocusedAsync();
        await Expect(box.Input).ToHaveValueAsync("");
        await box.Page.Keyboard.TypeAsync("ci/cd");
        await Expect(box.Input).ToHaveValueAsync("ci/cd");
        box.AssertNoErrors();
    }

    [Fact]
    public async Task Escape_closes_the_results_then_clears_the_box()
    {
        var box = await OpenAsync();
        await box.SearchAsync("python");
        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(box.Listbox).ToBeVisibleAsync();

        await box.Input.PressAsync("Escape");

        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(box.Listbox).ToBeHiddenAsync();
        await Expect(box.Input).ToHaveValueAsync("python");
        await box.Input.PressAsync("Escape");
        await Expect(box.Input).ToHaveValueAsync("");
        await Expect(box.Input).ToBeFocusedAsync();
        box.AssertNoErrors();
    }

    [Fact]
    public async Task The_live_region_announces_how_many_results_there_are()
    {
        var box = await OpenAsync();

        await box.SearchAsync("python");
        var count = await box.Options.CountAsync();
        await Expect(box.Status).ToHaveTextAsync(count == 1 ? "1 result" : $"{count} results");
        Assert.InRange(count, 1, 50);
        await Expect(box.Input).ToHaveAttributeAsync("aria-controls", await box.Listbox.GetAttributeAsync("id") ?? "<no id>");

        await box.SearchAsync("zqxjkvw");
        await Expect(box.Status).ToHaveTextAsync("No results");
        await Expect(box.Options).ToHaveCountAsync(0);
        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "false");
        box.AssertNoErrors();
    }

    private async Task<SearchBox> OpenAsync()
    {
        var browser = chromium.Browser; // skips (or fails in CI) without Chromium
        _ = browser;
        return await SearchBox.OpenAsync(_context!, site.UrlOf(StartPage));
    }

    private static string PathOf(string href) => href.Split('#')[0];
}
