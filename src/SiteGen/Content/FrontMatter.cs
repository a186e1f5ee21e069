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
    string? Date,
    string? Updated,
    bool InSitemap,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Terms,
    ScriptObject Params,
    int LayoutLine = 0,
    int LayoutColumn = 0);
