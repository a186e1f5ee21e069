using SiteGen.Content;

namespace SiteGen.Derive;

/// <summary>Every URL belongs to one page; a second claim is an error naming both (clashes of output files, with static
/// and generated files too, are <see cref="OutputNamespace"/>'s).</summary>
public static class UrlCollisionCheck
{
    public static Dictionary<string, Page> IndexByPath(IEnumerable<Page> pages, DiagnosticBag diagnostics)
    {
        var byPath = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (byPath.TryGetValue(page.Path, out var first))
            {
                var other = first.SourceFile ?? first.Path;
                var (line, column) = page.FrontMatter.UrlSetAt;
                diagnostics.Error(page.SourceFile ?? page.Path, Math.Max(line, 1), Math.Max(column, 1),
                    $"URL {page.Path} is already taken by {other}; give one of them another `slug:` or `url:`");
                continue;
            }
            byPath[page.Path] = page;
        }
        return byPath;
    }
}
