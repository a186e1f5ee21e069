using SiteGen.Config;
using SiteGen.Content;

namespace SiteGen.Markdown;

/// <summary>Stage 2: every page's Markdown to HTML, in parallel, with .md links rewritten (serve reuses unchanged pages).</summary>
public static class MarkdownStage
{
    public static void Run(SitePaths paths, SiteConfig config, ContentLoader.Loaded loaded, DiagnosticBag diagnostics, BuildCache? cache,
        Highlighting.CodeHighlighting? highlighting = null)
    {
        // Only bodies changed: every other page keeps its Markdown, and every link target still has its URL.
        var bodiesOnly = cache is not null && loaded.BodiesOnly is not null;
        var pages = bodiesOnly ? loaded.BodiesOnly! : loaded.Pages;
        // serve's loader keeps this very map (content path -> page) for every build; a one-off build makes it here.
        var byContentPath = cache is not null ? cache.LivePages : loaded.Pages.ToDictionary(p => p.ContentPath!, StringComparer.Ordinal);
        var links = new LinkResolver(byContentPath, loaded, p => paths.Display(Path.Combine(paths.Content, p)), config.BasePath);
        var renderer = new MarkdownRenderer(MarkdownPipelines.Shared, links, highlighting);
        var fresh = new CachedMarkdown?[pages.Count];
        var bags = new DiagnosticBag[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            bags[i] = new DiagnosticBag();
            if (cache is not null && cache.Markdown.TryGetValue(page.ContentPath!, out var cached) &&
                cached.SourceVersion == page.SourceVersion && links.SameTargets(cached.Targets))
            {
                page.Markdown = cached.Markdown;
                page.MarkdownVersion = cached.Version;
                bags[i].AddRange(cached.Diagnostics);
                return;
            }
            var targets = new List<(string Target, string? Path)>();
            try
            {
                page.Markdown = renderer.Render(page, bags[i], targets);
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
                fresh[i] = new CachedMarkdown(page.SourceVersion, page.Markdown, targets, bags[i].Items.ToList(), page.MarkdownVersion);
            }
        });
        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag.Items);
        }
        if (cache is null)
        {
            return;
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
    }
}
