using SiteGen.Content;
using SiteGen.Markdown.Images;
using SiteGen.Markdown.Components;

namespace SiteGen.Markdown;

/// <summary>Stage 2: every page's Markdown to HTML, in parallel, with .md links rewritten (serve reuses unchanged pages).</summary>
public static class MarkdownStage
{
    /// <returns>The site, whose pages now hold their Markdown; when serve kept the last build's pages, its list of pages
    /// to refresh also names those whose components changed.</returns>
    public static LoadedSite Run(SitePaths paths, LoadedSite site, DiagnosticBag diagnostics, BuildCache? cache,
        Highlighting.CodeHighlighting? highlighting = null)
    {
        var (config, loaded) = (site.Config, site.Content);
        // Only bodies changed: every other page keeps its Markdown, and every link target still has its URL.
        var bodiesOnly = cache is not null && loaded.BodiesOnly is not null;
        var pages = bodiesOnly ? WithStaleComponents(loaded.BodiesOnly!, cache!) : loaded.Pages;
        // serve's loader keeps this very map (content path -> page) for every build; a one-off build makes it here.
        var byContentPath = cache is not null ? cache.LivePages : loaded.Pages.ToDictionary(p => p.ContentPath!, StringComparer.Ordinal);
        var links = new LinkResolver(byContentPath, loaded, p => paths.Display(Path.Combine(paths.Content, p)), config.BasePath);
        var renderer = new MarkdownRenderer(MarkdownPipelines.Shared, links, new ImageFiles(site.StaticFiles, cache?.ImageSizes), new ComponentRenderer(site), highlighting);
        var fresh = new CachedMarkdown?[pages.Count];
        var bags = new DiagnosticBag[pages.Count];
        // One worker per core: a worker waiting for a code grammar (each tokenises one line at a time) must not make the
        // pool add threads.
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var page = pages[i];
            bags[i] = new DiagnosticBag();
            if (cache is not null && cache.Markdown.TryGetValue(page.ContentPath!, out var cached) &&
                cached.SourceVersion == page.SourceVersion && links.SameTargets(cached.Targets) &&
                (cached.Dependencies.Count == 0 || !cache.IsStale(cached.Dependencies)))
            {
                page.Markdown = cached.Markdown;
                page.MarkdownVersion = cached.Version;
                bags[i].AddRange(cached.Diagnostics);
                return;
            }
            var targets = new List<(string Target, string? Path)>();
            var dependencies = new HashSet<string>(StringComparer.Ordinal);
            try
            {
                page.Markdown = renderer.Render(page, bags[i], targets, dependencies);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Markdig's depth limit, or anything else one page provokes: an error for this page, never a crash.
                page.Markdown = RenderedMarkdown.Empty;
                bags[i].Add(MarkdownFailure.For(page, ex));
            }
            if (cache is null)
            {
                // A one-off build never reads the Markdown source again: let it go before templates need the memory.
                page.Body = "";
            }
            else
            {
                page.MarkdownVersion = cache.NextVersion();
                fresh[i] = new CachedMarkdown(page.SourceVersion, page.Markdown, targets, bags[i].Items.ToList(), page.MarkdownVersion, dependencies);
            }
        });
        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.Items);
        }
        if (cache is null)
        {
            return site;
        }
        if (bodiesOnly)
        {
            // The other pages' warnings, as a clean build would give them again.
            var rendered = pages.Select(p => p.ContentPath!).ToHashSet(StringComparer.Ordinal);
            foreach (var (contentPath, entry) in cache.Markdown)
            {
                if (entry.Diagnostics.Count > 0 && !rendered.Contains(contentPath))
                {
                    diagnostics.AddRange(entry.Diagnostics);
                }
            }
        }
        else
        {
            cache.Markdown.KeepOnly(pages.Select(p => p.ContentPath!).ToHashSet(StringComparer.Ordinal));
        }
        for (var i = 0; i < pages.Count; i++)
        {
            if (fresh[i] is { } entry)
            {
                if (bags[i].HasErrors)
                {
                    cache.Markdown.Remove(pages[i].ContentPath!);
                }
                else
                {
                    cache.Markdown[pages[i].ContentPath!] = entry;
                }
            }
        }
        return bodiesOnly && pages != loaded.BodiesOnly ? site with { Content = loaded with { BodiesOnly = pages } } : site;
    }

    /// <summary>The pages whose body changed, plus those calling a component whose template or data changed (a template
    /// edit alone changes no page file, yet those pages' Markdown must be made again).</summary>
    private static IReadOnlyList<Page> WithStaleComponents(IReadOnlyList<Page> bodies, BuildCache cache)
    {
        List<Page>? more = null;
        var listed = bodies.Select(p => p.ContentPath!).ToHashSet(StringComparer.Ordinal);
        foreach (var (contentPath, entry) in cache.Markdown)
        {
            if (entry.Dependencies.Count > 0 && !listed.Contains(contentPath) && cache.IsStale(entry.Dependencies) &&
                cache.LivePages.TryGetValue(contentPath, out var live))
            {
                (more ??= []).Add(live);
            }
        }
        return more is null ? bodies : [.. bodies, .. more.OrderBy(p => p.ContentPath, StringComparer.Ordinal)];
    }
}
