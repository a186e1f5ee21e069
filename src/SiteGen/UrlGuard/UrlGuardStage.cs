using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Derive;

namespace SiteGen.UrlGuard;

/// <summary>
/// After Derive, aliases and feeds: every URL the site published before (<see cref="PublishedUrls"/>) must still lead
/// somewhere, to a page, a redirect from <c>aliases:</c> or a file. One that would vanish is a warning, or an error
/// with <c>url_guard: error</c> in site.yml or under <c>check --baseline</c>, that says which alias to add. In serve
/// (a build cache and no sitemap) the URLs are those of the pages serve's first build had, so renaming or
/// moving a file while editing gives the same warning at once.
/// </summary>
public static class UrlGuardStage
{
    public static void Run(PublishedUrls.Source? source, SitePaths paths, LoadedSite site, DerivedSite derived, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        var mode = site.Config.UrlGuard;
        if (source is null && cache is not null)
        {
            var now = derived.Pages.Where(p => p.FrontMatter.InSitemap && !p.FrontMatter.Draft).Select(p => p.Path);
            cache.UrlsAtStart ??= now.ToHashSet(StringComparer.Ordinal);
            if (mode != UrlGuardMode.Off)
            {
                var atStart = cache.UrlsAtStart.Order(StringComparer.Ordinal).Select(p => (p, 0, 0)).ToList();
                Check(atStart, "when serve started", paths.Display(paths.Content), error: mode == UrlGuardMode.Error, site, derived, diagnostics);
            }
            return;
        }
        if (source is null || !File.Exists(source.Path) || (mode == UrlGuardMode.Off && !source.Strict))
        {
            return;
        }
        if (PublishedUrls.Read(source, paths.Display(source.Path), diagnostics) is not { } published)
        {
            return;
        }
        var config = site.Config;
        var urlPaths = new List<(string Path, int Line, int Column)>();
        foreach (var (url, line, column) in published.Urls)
        {
            // A URL under another base URL (the site moved, or serve's address) cannot be compared by path.
            if (url.StartsWith(config.BaseUrl, StringComparison.Ordinal))
            {
                // The previous output's sitemap is replaced by this build: a line in it would point at the new one.
                urlPaths.Add((url[(config.BaseUrl.Length - 1)..], source.Strict ? line : 0, source.Strict ? column : 0));
            }
        }
        Check(urlPaths, source.Strict ? "in this baseline" : "by the previous build", published.File, source.Strict || mode == UrlGuardMode.Error, site, derived, diagnostics);
    }

    /// <summary>Reports each published URL path this build has no page, redirect or file for.</summary>
    /// <param name="when">how the message says where the URL was published ("by the previous build").</param>
    private static void Check(List<(string Path, int Line, int Column)> published, string when, string file, bool error, LoadedSite site, DerivedSite derived, DiagnosticBag diagnostics)
    {
        var produced = derived.Pages.Select(p => p.OutputFile).Concat(derived.ExtraFiles.Select(f => f.Path))
            .Concat(site.StaticFiles.Select(f => f.OutputPath)).ToHashSet(StringComparer.Ordinal);
        var before = published.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, line, column) in published)
        {
            if (!UrlPath.IsSafe(path) || produced.Contains(UrlPath.ToOutputFile(path)) || produced.Contains(UrlPath.ToOutputFile(UrlPath.Normalize(path))))
            {
                continue;
            }
            var message = $"URL {path} was published ({when}) and this build no longer has it, " +
                $"so links and bookmarks to it would break: {Fix(path, before, derived.Pages)}" +
                (error ? "" : "; or set `url_guard: error` in site.yml to make this an error, `url_guard: off` to stop checking");
            if (error)
            {
                diagnostics.Error(file, line, column, message);
            }
            else
            {
                diagnostics.Warning(WarningKinds.DroppedUrl, file, line, column, message);
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
