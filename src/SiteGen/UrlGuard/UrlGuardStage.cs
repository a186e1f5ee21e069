using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Derive;

namespace SiteGen.UrlGuard;

/// <summary>
/// After Derive, aliases and feeds: every URL the site published before (<see cref="PublishedUrls"/>) must still lead
/// somewhere, to a page, a redirect from <c>aliases:</c> or a file. One that would vanish is a warning, or an error
/// with <c>url_guard: error</c> in site.yml or under <c>check --baseline</c>, that says which alias to add.
/// </summary>
public static class UrlGuardStage
{
    public static void Run(PublishedUrls.Source? source, SitePaths paths, LoadedSite site, DerivedSite derived, DiagnosticBag diagnostics)
    {
        var mode = site.Config.UrlGuard;
        if (source is null || !File.Exists(source.Path) || (mode == UrlGuardMode.Off && !source.Strict))
        {
            return;
        }
        if (PublishedUrls.Read(source, paths.Display(source.Path), diagnostics) is not { } published)
        {
            return;
        }
        var config = site.Config;
        var produced = derived.Pages.Select(p => p.OutputFile).Concat(derived.ExtraFiles.Select(f => f.Path))
            .Concat(site.StaticFiles.Select(f => f.OutputPath)).ToHashSet(StringComparer.Ordinal);
        var before = new HashSet<string>(StringComparer.Ordinal);
        var dropped = new List<(string Path, int Line, int Column)>();
        foreach (var (url, line, column) in published.Urls)
        {
            // A URL under another base URL (the site moved, or serve's address) cannot be compared by path.
            if (!url.StartsWith(config.BaseUrl, StringComparison.Ordinal))
            {
                continue;
            }
            var path = url[(config.BaseUrl.Length - 1)..];
            before.Add(path);
            if (!UrlPath.IsSafe(path) || produced.Contains(UrlPath.ToOutputFile(path)) || produced.Contains(UrlPath.ToOutputFile(UrlPath.Normalize(path))))
            {
                continue;
            }
            dropped.Add((path, line, column));
        }
        var error = source.Strict || mode == UrlGuardMode.Error;
        foreach (var (path, line, column) in dropped)
        {
            var message = $"URL {path} was published ({(source.Strict ? "in this baseline" : "by the previous build")}) and this build no longer has it, " +
                $"so links and bookmarks to it would break: {Fix(path, before, derived.Pages)}" +
                (error ? "" : "; or set `url_guard: error` in site.yml to make this an error, `url_guard: off` to stop checking");
            // The previous output's sitemap is replaced by this build: a line in it would point at the new one.
            var (at, atColumn) = source.Strict ? (line, column) : (0, 0);
            if (error)
            {
                diagnostics.Error(published.File, at, atColumn, message);
            }
            else
            {
                diagnostics.Warning(WarningKinds.DroppedUrl, published.File, at, atColumn, message);
            }
        }
    }

    /// <summary>The alias to add, on the new page that looks like the old one's (same last URL segment, new URL) when
    /// there is one.</summary>
    private static string Fix(string path, HashSet<string> before, IReadOnlyList<Page> pages)
    {
        var alias = $"`aliases: [{path}]`";
        var name = LastSegment(path);
        var moved = pages.FirstOrDefault(p => p.SourceFile is not null && !before.Contains(p.Path) && LastSegment(p.Path) == name);
        return moved is null
            ? $"add {alias} to the front matter of the page that replaces it"
            : $"if it moved to {moved.Path}, add {alias} to the front matter of {moved.SourceFile}";
    }

    private static string LastSegment(string path) => path.TrimEnd('/')[(path.TrimEnd('/').LastIndexOf('/') + 1)..];
}
