using Scriban.Runtime;

namespace SiteGen.Content;

/// <summary>The typed front matter of one page; <see cref="LayoutLine"/> and <see cref="LayoutColumn"/> locate the
/// `layout` value (for a data page, its data_pages entry in site.yml), 0 when there is none.</summary>
public sealed record FrontMatter(
    string Title,
    string? Description,
    string? Slug,
    string? Url,
    string? Layout,
    int Weight,
    bool Draft,
    PageDate? Date,
    PageDate? Updated,
    bool InSitemap,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Terms,
    ScriptObject Params,
    int LayoutLine = 0,
    int LayoutColumn = 0)
{
    /// <summary>Where the page's URL was set, for errors about it: the `url:` key, else the `slug:` key, of the front
    /// matter, or the `data_pages` entry of a data page (0 when the URL comes from the file's path).</summary>
    public (int Line, int Column) UrlSetAt { get; init; }

    /// <summary>False when the front matter says <c>search: false</c>: the page stays out of the search index.</summary>
    public bool InSearch { get; init; } = true;

    /// <summary>Old URL paths of the page (<c>aliases:</c>), each written as a redirect to it.</summary>
    public IReadOnlyList<Aliases.PageAlias> Aliases { get; init; } = [];
}
