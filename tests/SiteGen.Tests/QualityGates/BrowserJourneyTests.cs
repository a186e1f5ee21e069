using Microsoft.Playwright;

namespace SiteGen.Tests.QualityGates;

/// <summary>
/// A reader's journey with JavaScript off: home -> a role -> one of its skills -> salaries -> a location,
/// following links by their accessible names, as a person (or a screen reader) would.
/// </summary>
[Collection(ServedGuideCollection.Name)]
public sealed class BrowserJourneyTests(ServedGuideFixture site, ChromiumFixture chromium) : IAsyncLifetime
{
    private const string Role = "API Developer";
    private const string Location = "United Kingdom";
    private const string LocationEntryFigure = "£35,000";

    private IBrowserContext? _context;
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        if (ChromiumFixture.MissingReason is not null)
        {
            return; // each test skips (or fails in CI) through chromium.Browser
        }
        site.RequireSite();
        _context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        // Bounded, with room for a loaded CI machine (15 s failed once while the whole suite ran on 2 busy cores).
        _context.SetDefaultTimeout(45_000);
        _page = await _context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Fact]
    public async Task Home_page_leads_to_a_role_page_that_lists_its_skills()
    {
        _ = chromium.Browser;
        await OpenHomeAsync();

        await GoToRoleAsync();

        await AssertH1ContainsAsync(Role);
        var skills = await SkillLinksAsync();
        Assert.True(skills.Count > 0, $"The {Role} page ({_page.Url}) links no skill page (/skills/<slug>/) in <main>");
    }

    [Fact]
    public async Task A_skill_page_reached_from_a_role_lists_the_roles_that_need_it()
    {
        _ = chromium.Browser;
        await OpenHomeAsync();
        await GoToRoleAsync();
        var skills = await SkillLinksAsync();
        Assert.True(skills.Count > 0, $"The {Role} page ({_page.Url}) links no skill page (/skills/<slug>/) in <main>");
        var skill = skills[0];

        await ClickLinkAsync(skill);

        Assert.Contains("/skills/", _page.Url, StringComparison.Ordinal);
        Assert.Equal(1, await _page.Locator("h1").CountAsync());
        var roleLink = _page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Role });
        Assert.True(await roleLink.CountAsync() > 0,
            $"The skill page \"{skill}\" ({_page.Url}) does not link the {Role} role, which lists it; links in <main>: {await LinkNamesAsync("main")}");
    }

    [Fact]
    public async Task Salaries_lead_to_a_location_page_with_its_table_and_chart()
    {
        _ = chromium.Browser;
        await OpenHomeAsync();

        await ClickLinkAsync("Salaries");
        await ClickLinkAsync(Location, exact: false);

        await AssertH1ContainsAsync(Location);
        var tables = await _page.Locator("main table").AllInnerTextsAsync();
        Assert.True(tables.Any(t => t.Contains(LocationEntryFigure, StringComparison.Ordinal)),
            $"No table on {_page.Url} shows {LocationEntryFigure}; tables: {string.Join(" | ", tables)}");
        Assert.True(await _page.Locator("main svg").CountAsync() > 0, $"{_page.Url} draws no inline SVG chart in <main>");
    }

    private async Task OpenHomeAsync()
    {
        var response = await _page.GotoAsync(site.UrlOf("/"));
        Assert.True(response is { Ok: true }, $"GET / answered {response?.Status}");
    }

    /// <summary>Clicks the role's link on the current page, going through "Roles" first when it has none.</summary>
    private async Task GoToRoleAsync()
    {
        if (await _page.GetByRole(AriaRole.Link, new() { Name = Role, Exact = true }).CountAsync() == 0)
        {
            await ClickLinkAsync("Roles");
        }
        await ClickLinkAsync(Role);
    }

    /// <summary>Names of the links in &lt;main&gt; that lead to a skill page.</summary>
    private async Task<List<string>> SkillLinksAsync()
    {
        var links = _page.Locator("main a[href*='/skills/']");
        var names = new List<string>();
        for (var i = 0; i < await links.CountAsync(); i++)
        {
            var link = links.Nth(i);
            var href = await link.GetAttributeAsync("href") ?? "";
            if (!href.TrimEnd('/').EndsWith("/skills", StringComparison.Ordinal))
            {
                names.Add((await link.InnerTextAsync()).Trim());
            }
        }
        return names;
    }

    private async Task ClickLinkAsync(string name, bool exact = true)
    {
        var links = _page.GetByRole(AriaRole.Link, new() { Name = name, Exact = exact });
        if (await links.CountAsync() == 0)
        {
            Assert.Fail($"No link named \"{name}\" on {_page.Url}; links: {await LinkNamesAsync("body")}");
        }
        var before = _page.Url;
        await links.First.ClickAsync();
        await _page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(_page.Url != before, $"Clicking \"{name}\" on {before} did not navigate");
    }

    private async Task AssertH1ContainsAsync(string text)
    {
        var h1 = await _page.Locator("h1").AllInnerTextsAsync();
        Assert.True(h1.Count == 1 && h1[0].Contains(text, StringComparison.Ordinal),
            $"{_page.Url}: want one <h1> containing \"{text}\", found: {string.Join(" | ", h1)}");
    }

    private async Task<string> LinkNamesAsync(string scope)
    {
        var names = await _page.Locator(scope).First.Locator("a").AllInnerTextsAsync();
        return string.Join(", ", names.Select(n => $"\"{n.Trim()}\""));
    }
}
