using Scriban.Runtime;

namespace SiteGen.Content;

/// <summary>The typed front matter of one page.</summary>
public sealed record FrontMatter(
    string Title,
    string? Description,
    string? Slug,
    string? Url,
    string? Layout,
    int Weight,
    bool Draft,
    string? Date,
    string? Updated,
    bool InSitemap,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Terms,
    ScriptObject Params)
{
    /// <summary>Where the page's URL was set, for errors about it: the `url:` key, else the `slug:` key, of the front
    /// matter, or the `data_pages` entry of a data page (0 when the URL comes from the file's path).</summary>
    public (int Line, int Column) UrlSetAt { get; init; }
}
