using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Search;

/// <summary>
/// The guide's search box on one open page, driven as a reader would: by its accessible role and name, the keyboard and
/// the live region. Collects console errors and uncaught exceptions of the page.
/// </summary>
public sealed partial class SearchBox
{
    public const string Label = "Search the guide";

    private readonly List<string> _errors = [];

    private SearchBox(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _errors.Add($"uncaught exception on {page.Url}: {error}");
    }

    public IPage Page { get; }

    public ILocator Input => Page.GetByRole(AriaRole.Combobox, new() { Name = Label });

    public ILocator Listbox => Page.GetByRole(AriaRole.Listbox);

    public ILocator Options => Page.GetByRole(AriaRole.Option);

    public ILocator Status => Page.Locator("form[role=search] [role=status]");

    /// <summary>Opens <paramref name="url"/> in a new tab of <paramref name="context"/>, waiting until the box is shown.</summary>
    public static async Task<SearchBox> OpenAsync(IBrowserContext context, string url)
    {
        var box = new SearchBox(await context.NewPageAsync());
        var response = await box.Page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response is { Ok: true }, $"GET {url} answered {response?.Status}");
        Assert.True(await box.Page.Locator("form[role=search][data-search-index]").CountAsync() == 1,
            $"{url} has no search box (form[role=search][data-search-index]): is `search:` on in site-content/site.yml?");
        await Expect(box.Input).ToBeVisibleAsync();
        return box;
    }

    /// <summary>
    /// Puts <paramref name="query"/> into an emptied box at once (one input event, so no earlier prefix's results can be
    /// mistaken for its own) and waits for the live region to announce the results.
    /// </summary>
    public async Task<IReadOnlyList<string>> SearchAsync(string query)
    {
        await Input.FillAsync("");
        await Expect(Status).ToHaveTextAsync("");
        await Input.FillAsync(query);
        await Expect(Status).ToHaveTextAsync(Announcement());
        return await HrefsAsync();
    }

    /// <summary>The href of every result, in order.</summary>
    public async Task<IReadOnlyList<string>> HrefsAsync() =>
        await Options.EvaluateAllAsync<string[]>("options => options.map(o => o.getAttribute('href'))");

    /// <summary>Console errors and uncaught exceptions seen so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Fails with the console errors and uncaught exceptions seen so far, one per line.</summary>
    public void AssertNoErrors() =>
        Assert.True(_errors.Count == 0, $"The page logged {_errors.Count} errors:{Environment.NewLine}{string.Join(Environment.NewLine, _errors)}");

    [GeneratedRegex(@"^(1 result|\d+ results|No results)$")]
    public static partial Regex Announcement();
}
