using System.Text.Json;
using Microsoft.Playwright;
using SiteGen.Search;
using SiteGen.Tests.QualityGates;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Search;

/// <summary>
/// Index v3 has no fragment files: the box fetches a result's page and takes its sections from the DOM. On the built
/// guide in Chromium, search.js's sections must be the ones the index numbered, and a page that cannot be fetched
/// still gives a result (its title, linking the page).
/// </summary>
[Collection(ServedGuideCollection.Name)]
public sealed class SearchBoxPageTests(ServedGuideFixture site, ChromiumFixture chromium) : IAsyncLifetime
{
    private const string KubernetesPage = "/roadmap/advanced/";

    private IBrowserContext? _context;

    public async ValueTask InitializeAsync()
    {
        if (ChromiumFixture.MissingReason is not null)
        {
            return; // each test skips (or fails in CI) through chromium.Browser
        }
        site.RequireSite();
        _context = await chromium.NewContextAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_sections_search_js_takes_from_every_indexed_page_are_those_the_index_numbered()
    {
        _ = chromium.Browser; // skips (or fails in CI) without Chromium
        var box = await SearchBox.OpenAsync(_context!, site.UrlOf("/"));
        var index = SearchIndexReader.ForFolder(site.OutputDir);
        var pages = index.Pages.Select(p => new[] { p.Url, p.Title }).ToArray();

        // search.js run once more as a module (document hidden, so it only exports), on each page fetched and parsed
        // with DOMParser as the box does.
        var json = await box.Page.EvaluateAsync<string>("""
            async (pages) => {
              const source = await (await fetch("/search-index/search.js")).text();
              const module = { exports: {} };
              new Function("module", "document", source)(module, undefined);
              const out = [];
              for (const [url, title] of pages) {
                const html = await (await fetch(url)).text();
                out.push(module.exports.sections(new DOMParser().parseFromString(html, "text/html"), title));
              }
              return JSON.stringify(out);
            }
            """, pages);
        var fromScript = JsonSerializer.Deserialize<string[][][]>(json)!;

        Assert.Equal(index.Meta.Pages, fromScript.Length);
        Assert.True(index.Meta.Pages > 20, $"the guide's index lists only {index.Meta.Pages} pages");
        for (var page = 0; page < pages.Length; page++)
        {
            var (url, title) = index.Pages[page];
            var html = await File.ReadAllTextAsync(Path.Combine(site.OutputDir, index.FileOf(url)), TestContext.Current.CancellationToken);
            var engine = SearchText.Extract(title, html).ToSections().Select(s => new PageSection(s.Anchor, s.Heading, s.Text)).ToList();
            Assert.Equal(engine, fromScript[page].Select(s => new PageSection(s[0], s[1], s[2])));
            Assert.Equal(engine, PageSections.Of(html, title));
        }
        box.AssertNoErrors();
    }

    [Fact]
    public async Task A_result_whose_page_cannot_be_fetched_shows_its_title_and_links_the_page()
    {
        _ = chromium.Browser; // skips (or fails in CI) without Chromium
        await _context!.RouteAsync(site.UrlOf(KubernetesPage), route => route.FulfillAsync(new() { Status = 503, Body = "unavailable" }));
        var box = await SearchBox.OpenAsync(_context, site.UrlOf("/skills/python/"));

        var hrefs = await box.SearchAsync("kubernetes");

        Assert.Equal(KubernetesPage, hrefs[0]);
        var first = box.Options.First;
        await Expect(first.Locator(".search-title")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("\\S"));
        await Expect(first.Locator(".search-excerpt")).ToHaveCountAsync(0);
        await Expect(first.Locator(".search-heading")).ToHaveCountAsync(0);
        Assert.Contains(hrefs.Skip(1), href => href.Contains('#', StringComparison.Ordinal));
        await Expect(box.Options.Nth(1).Locator(".search-excerpt mark").First).ToBeVisibleAsync();
        Assert.All(box.Errors, error => Assert.Contains("503", error, StringComparison.Ordinal));
    }
}
