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
    ScriptObject Params);
