using Microsoft.Playwright;
using SiteGen.Tests.QualityGates;

namespace SiteGen.Tests.Search;

/// <summary>The guide published under /guide/: the box fetches its index there and its results lead there.</summary>
[Collection(ServedGuideCollection.Name)]
public sealed class SearchBoxBasePathTests(BasePathServedGuideFixture site, ChromiumFixture chromium) : IClassFixture<BasePathServedGuideFixture>
{
    private const string BasePath = BasePathServedGuideFixture.BasePath;

    [Fact]
    public async Task Results_link_under_the_base_path_and_Enter_opens_the_heading()
    {
        _ = chromium.Browser; // skips (or fails in CI) without Chromium
        site.RequireSite();
        await using var context = await chromium.NewContextAsync();
        var box = await SearchBox.OpenAsync(context, site.UrlOf(BasePath + "skills/python/"));

        var hrefs = await box.SearchAsync("kubernetes");

        Assert.NotEmpty(hrefs);
        var outside = hrefs.Where(href => !href.StartsWith(BasePath, StringComparison.Ordinal)).ToList();
        Assert.True(outside.Count == 0, $"Results outside {BasePath}: {string.Join(", ", outside)}");
        Assert.StartsWith(BasePath + "roadmap/advanced/#", hrefs[0], StringComparison.Ordinal);
        await box.Input.PressAsync("Enter");
        await box.Page.WaitForURLAsync(site.UrlOf(hrefs[0]));
        Assert.Equal(1, await box.Page.Locator($"main [id='{hrefs[0].Split('#')[1]}']").CountAsync());
        box.AssertNoErrors();
    }
}
