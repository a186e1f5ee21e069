using Scriban.Runtime;

namespace SiteGen.Config;

/// <summary>The typed contents of <c>site.yml</c>.</summary>
/// <param name="Highlight">whether fenced code with a language is highlighted at build time (<c>highlight: false</c> turns it off).</param>
public sealed record SiteConfig(
    string Title,
    string Description,
    string BaseUrl,
    string Language,
    IReadOnlyList<string> Taxonomies,
    IReadOnlyDictionary<string, IReadOnlyList<MenuItem>> Menus,
    ScriptObject Params,
    IReadOnlyList<DataPageRule> DataPages,
    int MaxPageMegabytes,
    SearchConfig Search,
    bool Highlight = true)
{
    /// <summary>Path part of the base URL without the trailing slash: "/guide" or "".</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath.TrimEnd('/');

    /// <summary>Kinds of warning not reported (<c>silence_warnings: [table-caption]</c>); see <see cref="WarningKinds"/>.</summary>
    public IReadOnlySet<string> SilencedWarnings { get; init; } = new HashSet<string>();
}

public sealed record MenuItem(string Name, string Url, int Weight);

/// <summary>One <c>data_pages</c> rule: a page per entry of a data list.</summary>
public sealed record DataPageRule(string Source, string Url, string Title, string? Description, string Layout, int Line, int Column);
