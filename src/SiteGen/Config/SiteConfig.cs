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
    /// <summary>The <c>permalinks:</c> of site.yml: a URL pattern per section name; empty when there are none.</summary>
    public IReadOnlyDictionary<string, PermalinkRule> Permalinks { get; init; } = new Dictionary<string, PermalinkRule>();

    /// <summary>Path part of the base URL without the trailing slash: "/guide" or "".</summary>
    /// <summary>The <c>feeds:</c> options (<see cref="SiteGen.Feeds.FeedConfig"/>); off unless site.yml turns them on.</summary>
    public Feeds.FeedConfig Feeds { get; init; } = SiteGen.Feeds.FeedConfig.Off;

    /// <summary>What a build does with a URL the previous output had that it would drop (<c>url_guard:</c>).</summary>
    public UrlGuard.UrlGuardMode UrlGuard { get; init; }

    /// <summary>The <c>host_files:</c> options: _headers and _redirects for static hosts (<see cref="Hosting.HostFilesConfig"/>).</summary>
    public Hosting.HostFilesConfig HostFiles { get; init; } = Hosting.HostFilesConfig.On;

    public string BasePath => new Uri(BaseUrl).AbsolutePath.TrimEnd('/');

    /// <summary><c>git_info:</c> and <c>edit_url:</c> (<see cref="SiteGen.Git.GitConfig"/>).</summary>
    public Git.GitConfig Git { get; init; } = SiteGen.Git.GitConfig.Default;

    /// <summary>Kinds of warning not reported (<c>silence_warnings: [table-caption]</c>); see <see cref="WarningKinds"/>.</summary>
    public IReadOnlySet<string> SilencedWarnings { get; init; } = new HashSet<string>();
}

public sealed record MenuItem(string Name, string Url, int Weight);

/// <summary>One <c>data_pages</c> rule: a page per entry of a data list.</summary>
public sealed record DataPageRule(string Source, string Url, string Title, string? Description, string Layout, int Line, int Column);
