using SiteGen.Content;

namespace SiteGen.Derive;

/// <summary>Every URL and output file belongs to one page or file; a second claim is an error naming both.</summary>
public static class UrlCollisionCheck
{
    public static Dictionary<string, Page> IndexByPath(IEnumerable<Page> pages, IReadOnlyList<StaticFile> staticFiles, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var byPath = new Dictionary<string, Page>(StringComparer.Ordinal);
        var byOutput = new Dictionary<string, Page>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            if (byPath.TryGetValue(page.Path, out var first) || byOutput.TryGetValue(page.OutputFile, out first))
            {
                var other = first.SourceFile ?? first.Path;
                diagnostics.Error(page.SourceFile ?? page.Path, 1, 1,
                    $"URL {page.Path} is already taken by {other}; give one of them another `slug:` or `url:`");
                continue;
            }
            byPath[page.Path] = page;
            byOutput[page.OutputFile] = page;
        }
        foreach (var file in staticFiles)
        {
            if (byOutput.TryGetValue(file.OutputPath, out var page))
            {
                diagnostics.Error(display(file.SourcePath), 0, 0,
                    $"static file would overwrite the page {page.Path} ({page.SourceFile ?? "generated"}); rename one of them");
            }
        }
        return byPath;
    }
}
