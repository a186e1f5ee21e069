using Microsoft.Playwright;
using SiteGen.Hosting;
using SiteGen.Tests.QualityGates;
using SiteGen.Tests.Search;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Hosting;

/// <summary>
/// The Content-Security-Policy of the build's _headers holds on the guide in Chromium: every response is given that
/// header (as Netlify, Cloudflare Pages or deploy/nginx/ send it), and one page of each layout loads with no
/// securitypolicyviolation event and no blocked resource; the search box still finds and shows results.
/// </summary>
[Collection(ServedGuideCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(ServedGuideFixture site, ChromiumFixture chromium) : IAsyncLifetime
{
    /// <summary>One page of each layout: home, section lists, a role (with its JSON-LD script), a skill term and the
    /// skills taxonomy, salary overview, location and level pages (with the charts), a plain page, the 404 page.</summary>
    public static readonly TheoryData<string> Pages = new(
        "/", "/roles/", "/roles/api-developer/", "/skills/", "/skills/python/", "/salaries/", "/salaries/india/",
        "/salaries/levels/senior/", "/roadmap/advanced/", "/tips/", "/404.html");

    private const string Recorder = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber));
        """;

    private readonly List<string> _problems = [];
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

    /// <summary>The policy the build wrote into _headers for every path.</summary>
    private string BuiltPolicy()
    {
        var headers = File.ReadAllText(Path.Combine(site.OutputDir, HeadersFile.Name));
        return headers.Split('\n').Single(l => l.StartsWith("  Content-Security-Policy: ", StringComparison.Ordinal)).Split(": ", 2)[1];
    }

    /// <summary>A browser context whose every response from the test server carries <paramref name="policy"/>, with a
    /// recorder of violations in every page and a note of every console message about the policy.</summary>
    private async Task<IBrowserContext> WithPolicyAsync(string policy)
    {
        _ = chromium.Browser; // skips (or fails in CI) without Chromium
        var context = _context ?? throw new InvalidOperationException("the browser context was not created");
        await context.AddInitScriptAsync(Recorder);
        await context.RouteAsync(site.BaseUrl.AbsoluteUri + "**", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers, StringComparer.OrdinalIgnoreCase) { ["Content-Security-Policy"] = policy };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });
        return context;
    }

    private async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                _problems.Add($"{path}: console: {message.Text}");
            }
        };
        await page.GotoAsync(site.UrlOf(path), new() { WaitUntil = WaitUntilState.Load });
        return page;
    }

    private async Task<IReadOnlyList<string>> ViolationsAsync(IPage page) =>
        [.. await page.EvaluateAsync<string[]>("() => window.__cspViolations"), .. _problems];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_of_each_layout_loads_without_a_violation(string path)
    {
        var context = await WithPolicyAsync(BuiltPolicy());

        var page = await OpenAsync(context, path);

        // The stylesheet applied (a blocked one would leave the default white-on-nothing layout): the skip link is hidden.
        await Expect(page.Locator("link[rel=stylesheet][href*='/css/site.']")).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href && s.href.includes('/css/site.') && s.cssRules.length > 0)"),
            $"{path}: the fingerprinted stylesheet did not load");
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{path} breaks the policy:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public async Task The_search_box_works_under_the_policy()
    {
        var context = await WithPolicyAsync(BuiltPolicy());
        var box = await SearchBox.OpenAsync(context, site.UrlOf("/skills/python/"));

        var hrefs = await box.SearchAsync("kubernetes");

        Assert.NotEmpty(hrefs);
        await Expect(box.Options.First.Locator(".search-excerpt")).Not.ToBeEmptyAsync();
        var violations = await ViolationsAsync(box.Page);
        Assert.True(violations.Count == 0, $"the search box breaks the policy:\n{string.Join("\n", violations)}");
        box.AssertNoErrors();
    }

    [Fact]
    public async Task A_policy_the_guide_breaks_is_caught()
    {
        // The control: were the recorder blind, the tests above could not fail.
        var context = await WithPolicyAsync("default-src 'none'");

        var page = await OpenAsync(context, "/");

        await page.WaitForFunctionAsync("() => window.__cspViolations.length > 0");
        Assert.Contains(await ViolationsAsync(page), v => v.Contains("style-src", StringComparison.Ordinal));
    }
}
