using System.Text;
using SiteGen.Content;
using SiteGen.Derive;
using SiteGen.Output;

namespace SiteGen.Hosting;

/// <summary>
/// After Templates: what static hosts need beside the pages. The fingerprinted copies the templates asked for
/// (<see cref="AssetFingerprints"/>), <c>_headers</c> and <c>_redirects</c> for Netlify and Cloudflare Pages
/// (<see cref="HeadersFile"/>, <see cref="RedirectsFile"/>; a site's own static file of that name is copied instead),
/// and, for <c>build --compress</c>, a check that no file of the site is where a compressed sibling will go
/// (Write makes the siblings, <see cref="PrecompressedSiblings"/>).
/// </summary>
public static class HostingStage
{
    /// <param name="otherFiles">the output paths of static, generated and search files (besides pages).</param>
    /// <returns>The files to write: fingerprinted copies, _headers, _redirects.</returns>
    public static IReadOnlyList<OutputFile> Run(LoadedSite site, DerivedSite derived, AssetFingerprints fingerprints, IReadOnlyCollection<string> otherFiles,
        bool compress, SitePaths paths, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        var taken = derived.Pages.Select(p => p.OutputFile).Concat(otherFiles).ToHashSet(StringComparer.Ordinal);
        var files = new List<OutputFile>();
        var fingerprinted = new List<string>();
        foreach (var file in fingerprints.Files())
        {
            if (taken.Contains(file.Path))
            {
                diagnostics.Error(paths.Display(file.CopyFrom!), 0, 0,
                    $"the fingerprinted copy of this file would be written to {file.Path}, which another file of the site already writes; rename one of them");
                continue;
            }
            files.Add(file);
            fingerprinted.Add(file.Path);
        }
        var ownStatic = site.StaticFiles.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
        var redirects = config.HostFiles.Redirects ? RedirectsFile.Text(derived.Pages, config.BasePath) : null;
        if (redirects is not null && Claim(RedirectsFile.Name, "redirects", ownStatic, derived, paths, diagnostics))
        {
            files.Add(Text(RedirectsFile.Name, redirects));
        }
        if (config.HostFiles.Headers && Claim(HeadersFile.Name, "headers", ownStatic, derived, paths, diagnostics))
        {
            var all = taken.Concat(fingerprinted).Concat(config.Search.Enabled ? [Search.SearchIndex.Folder] : []);
            files.Add(Text(HeadersFile.Name, HeadersFile.Text(all, fingerprinted, config.BasePath, config.HostFiles.ContentSecurityPolicy)));
        }
        if (compress)
        {
            CheckSiblings(site.StaticFiles, taken.Concat(fingerprinted).ToHashSet(StringComparer.Ordinal), paths, diagnostics);
        }
        return files;
    }

    /// <summary>Whether SiteGen may write <paramref name="name"/>: not when the site has a static file of that name
    /// (it wins, as a static robots.txt does), an error when a page or alias would write it.</summary>
    private static bool Claim(string name, string key, HashSet<string> ownStatic, DerivedSite derived, SitePaths paths, DiagnosticBag diagnostics)
    {
        if (ownStatic.Contains(name))
        {
            return false;
        }
        bool Blocks(string path) => path == name || path.StartsWith(name + "/", StringComparison.Ordinal);
        if (derived.Pages.FirstOrDefault(p => Blocks(p.OutputFile)) is { } page)
        {
            diagnostics.Error(page.SourceFile ?? page.Path, 1, 1,
                $"this page would be written to {page.OutputFile}, where SiteGen writes {name} for Netlify and Cloudflare Pages; give the page another `url:`, or set host_files: {{ {key}: false }} in site.yml");
            return false;
        }
        return !derived.ExtraFiles.Any(f => Blocks(f.Path)) && !ownStatic.Any(Blocks);
    }

    /// <summary>A static file where build --compress puts a sibling ("site.css.gz" beside "site.css") is an error at it.</summary>
    private static void CheckSiblings(IReadOnlyList<StaticFile> staticFiles, HashSet<string> outputs, SitePaths paths, DiagnosticBag diagnostics)
    {
        foreach (var file in staticFiles)
        {
            foreach (var suffix in Precompression.Suffixes)
            {
                if (file.OutputPath.EndsWith(suffix, StringComparison.Ordinal) && file.OutputPath[..^suffix.Length] is var original
                    && Precompression.IsText(original) && outputs.Contains(original))
                {
                    diagnostics.Error(paths.Display(file.SourcePath), 0, 0,
                        $"build --compress writes {file.OutputPath} itself, compressed from {original}; remove this static file or build without --compress");
                }
            }
        }
    }

    private static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text), null);
}
