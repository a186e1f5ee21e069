using System.Text;
using SiteGen.Content;
using SiteGen.Output;

namespace SiteGen.Derive;

/// <summary>The site's pages in URL order (with generated ones) and the files made from the page list.</summary>
public sealed record DerivedSite(IReadOnlyList<Page> Pages, IReadOnlyList<OutputFile> ExtraFiles, IReadOnlySet<string> DraftFiles);

/// <summary>Stage 3: data pages, each page's git values and edit link, URL claims, taxonomy pages, the page tree, sitemap.xml and robots.txt, and one claim per
/// output file (<see cref="OutputNamespace"/>).</summary>
public static class DeriveStage
{
    /// <param name="cache">serve's: when only page bodies changed (see <see cref="ContentLoader.Loaded.BodiesOnly"/>),
    /// the last derived site still holds: same pages, front matter, data and static files.</param>
    public static DerivedSite Run(LoadedSite site, SitePaths paths, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        if (cache?.Derived is { } kept && site.Content.BodiesOnly is not null)
        {
            return kept;
        }
        var before = diagnostics.Items.Count;
        var derived = Derive(site, paths, diagnostics);
        if (cache is not null)
        {
            // Kept only when it said nothing: a reused derived site replays no diagnostics.
            cache.Derived = diagnostics.Items.Count == before ? derived : null;
        }
        return derived;
    }

    private static DerivedSite Derive(LoadedSite site, SitePaths paths, DiagnosticBag diagnostics)
    {
        var allPages = new List<Page>(site.Content.Pages);
        allPages.AddRange(DataPageBuilder.Build(site.Config, site.Data, paths.Display(paths.ConfigFile), diagnostics));
        Git.PageSources.Apply(allPages, site.Repository, site.Config, paths);
        var pagesByPath = UrlCollisionCheck.IndexByPath(allPages, diagnostics);
        TaxonomyBuilder.Build(site.Config, pagesByPath);
        PageTree.Link(pagesByPath);
        var pages = pagesByPath.Values.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        var extraFiles = new List<OutputFile> { Text("sitemap.xml", SitemapBuilder.Sitemap(site.Config, pages)) };
        if (!site.StaticFiles.Any(f => f.OutputPath == "robots.txt"))
        {
            extraFiles.Add(Text("robots.txt", SitemapBuilder.Robots(site.Config)));
        }
        OutputNamespace.Check(pages, site.StaticFiles, extraFiles, paths, diagnostics,
            site.Config.Search.Enabled ? Search.SearchIndex.Folder : null);
        var drafts = pages.Where(p => p.FrontMatter.Draft).Select(p => p.OutputFile).ToHashSet(StringComparer.Ordinal);
        return new DerivedSite(pages, extraFiles, drafts);
    }

    private static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text), null);
}
