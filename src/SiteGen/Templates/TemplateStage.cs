using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Derive;
using SiteGen.Html;

namespace SiteGen.Templates;

/// <summary>
/// Stage 4: every page through its layout and the base layout, giving its final HTML, which goes straight to
/// <c>finish</c> (link scan and output) in the same worker.
/// </summary>
public static class TemplateStage
{
    public static IReadOnlyList<RenderedPage> Run(LoadedSite site, DerivedSite derived, SitePaths paths, PageFinish finish,
        DiagnosticBag diagnostics, BuildCache? cache, Hosting.AssetFingerprints fingerprints)
    {
        var globals = new ScriptObject();
        TemplateFunctions.Import(globals, site.Config, site.Templates);
        fingerprints.Import(globals);
        var modelBuilder = cache?.Models ?? new PageModelBuilder(site.Config);
        if (cache is not null)
        {
            cache.Models = modelBuilder;
        }
        globals["site"] = modelBuilder.BuildSite(derived.Pages, site.Data, cache?.Changed, site.Content.BodiesOnly, out var models);
        var renderer = new TemplateRenderer(site.Templates, globals, PageOutput.MaxCharsFor(site.Config));
        // serve: the same pages with the same templates keep their layouts.
        var kept = cache?.Layouts is { } last && last.Pages == derived.Pages && last.Templates == site.Templates ? last : null;
        var layouts = kept?.Layouts ?? renderer.ResolveLayouts(derived.Pages, paths.Display(paths.Templates), diagnostics);
        if (diagnostics.HasErrors)
        {
            return [];
        }
        var pages = kept?.WithLayout ?? derived.Pages.Where(layouts.ContainsKey).ToList();
        var (finished, renderedCount) = renderer.RenderAll(pages, layouts, models, finish, diagnostics, cache);
        if (cache is not null)
        {
            cache.Layouts = kept ?? new CachedLayouts(derived.Pages, site.Templates, layouts, pages);
            cache.LastRendered = renderedCount;
        }
        var rendered = new List<RenderedPage>(pages.Count);
        foreach (var page in finished)
        {
            if (page is not null)
            {
                rendered.Add(page);
            }
        }
        return rendered;
    }
}
