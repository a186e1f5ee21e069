using SiteGen.Content;
using SiteGen.Derive;
using SiteGen.Output;

namespace SiteGen.Aliases;

/// <summary>
/// After Derive: one redirect page (<see cref="RedirectPage"/>) per alias in the pages' front matter, added to the
/// derived site's extra files so the link checker knows them and Write writes them. An alias that is the URL of a real
/// page, another page's alias, or a static or generated file is an error at the alias's line.
/// </summary>
public static class AliasStage
{
    public static DerivedSite Run(LoadedSite site, DerivedSite derived, DiagnosticBag diagnostics)
    {
        var pages = derived.Pages.Where(p => p.FrontMatter.Aliases.Count > 0).ToList();
        if (pages.Count == 0)
        {
            return derived;
        }
        var pageFiles = derived.Pages.ToDictionary(p => p.OutputFile, StringComparer.Ordinal);
        var otherFiles = site.StaticFiles.Select(f => f.OutputPath).Concat(derived.ExtraFiles.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
        var claimed = new Dictionary<string, Page>(StringComparer.Ordinal);
        var redirects = new List<OutputFile>();
        foreach (var page in pages)
        {
            foreach (var alias in page.FrontMatter.Aliases)
            {
                var file = UrlPath.ToOutputFile(alias.Path);
                var source = page.SourceFile ?? page.Path;
                if (pageFiles.TryGetValue(file, out var real))
                {
                    var what = real == page ? "this page's own URL" : $"the URL of {real.SourceFile ?? real.Path}";
                    diagnostics.Error(source, alias.Line, alias.Column,
                        $"alias {alias.Path} is {what}; a redirect there would replace a real page, so remove the alias (or move that page)");
                }
                else if (claimed.TryGetValue(file, out var other))
                {
                    var who = other == page ? "this page" : other.SourceFile ?? other.Path;
                    diagnostics.Error(source, alias.Line, alias.Column, $"alias {alias.Path} is already an alias of {who}; keep it on one page only");
                }
                else if (otherFiles.Contains(file))
                {
                    diagnostics.Error(source, alias.Line, alias.Column,
                        $"alias {alias.Path} would be written to {file}, which is already a static or generated file; remove the alias or that file");
                }
                else if (FileInItsWay(file, pageFiles, otherFiles) is { } inTheWay)
                {
                    diagnostics.Error(source, alias.Line, alias.Column,
                        $"alias {alias.Path} needs a folder {inTheWay}/, but {inTheWay} is a file of the site; remove the alias");
                }
                else if (site.Config.HostFiles.SwitchedOn().FirstOrDefault(h => !otherFiles.Contains(h.Name) && file.StartsWith(h.Name + "/", StringComparison.Ordinal))
                    is (string name, string key))
                {
                    diagnostics.Error(source, alias.Line, alias.Column,
                        $"alias {alias.Path} would be written to {file}, where SiteGen writes {name} for Netlify and Cloudflare Pages; remove the alias, or set host_files: {{ {key}: false }} in site.yml");
                }
                else
                {
                    claimed[file] = page;
                    redirects.Add(new OutputFile(file, RedirectPage.Html(site.Config, page), null));
                }
            }
        }
        redirects.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return derived with { ExtraFiles = [.. derived.ExtraFiles, .. redirects] };
    }

    /// <returns>A folder of <paramref name="file"/> that is a file already ("404.html" for /404.html/old/), or null.</returns>
    private static string? FileInItsWay(string file, Dictionary<string, Page> pageFiles, HashSet<string> otherFiles)
    {
        for (var slash = file.IndexOf('/'); slash > 0; slash = file.IndexOf('/', slash + 1))
        {
            var folder = file[..slash];
            if (otherFiles.Contains(folder) || pageFiles.ContainsKey(folder))
            {
                return folder;
            }
        }
        return null;
    }
}
