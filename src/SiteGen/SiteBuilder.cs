using System.Diagnostics;
using System.Text;
using Scriban.Runtime;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Derive;
using SiteGen.Html;
using SiteGen.Markdown;
using SiteGen.Output;
using SiteGen.Templates;

namespace SiteGen;

/// <summary>
/// The build, stage by stage: Load -> Markdown -> Derive -> Templates -> Check links; then Write.
/// Everything before Write happens in memory; only <see cref="OutputWriter"/> touches the output folder.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds and, when the build has no errors, replaces the output folder with the result.</summary>
    public static BuildResult BuildAndWrite(BuildOptions options)
    {
        var result = Build(options);
        if (!result.Succeeded)
        {
            return result;
        }
        var clock = Stopwatch.StartNew();
        OutputWriter.Write(options.Paths.Output, result.Files);
        return result with { Timings = [.. result.Timings, new StageTiming("write", clock.Elapsed)] };
    }

    /// <param name="cache">what the previous build kept (serve passes one; build does not).</param>
    public static BuildResult Build(BuildOptions options, BuildCache? cache = null)
    {
        var paths = options.Paths;
        var diagnostics = new DiagnosticBag();
        var timings = new List<StageTiming>();
        var clock = Stopwatch.StartNew();
        IReadOnlyList<ExternalLink> externalLinks = [];
        IReadOnlySet<string> draftFiles = new HashSet<string>();
        BuildResult Finish(int pageCount, IReadOnlyList<OutputFile> files)
        {
            if (cache is not null)
            {
                // After a failed build some renders were skipped; the next build re-renders every page once.
                cache.LastSucceeded = !diagnostics.HasErrors;
            }
            return new(files, diagnostics.Sorted(), pageCount, timings, externalLinks, draftFiles);
        }
        void Lap(string stage)
        {
            timings.Add(new StageTiming(stage, clock.Elapsed));
            clock.Restart();
        }

        // 1. Load: config, pages, data, templates, static files.
        if (OutputFolderGuard.Problem(paths) is { } outputProblem)
        {
            diagnostics.Error("--output", 0, 0, outputProblem);
            return Finish(0, []);
        }
        var (config, configText) = LoadConfig(options, diagnostics);
        if (config is null)
        {
            cache?.Reset();
            return Finish(0, []);
        }
        if (cache is not null)
        {
            var key = string.Join('\n', configText, options.BaseUrlOverride, options.IncludeDrafts, paths.Content, paths.Templates);
            if (cache.ConfigKey != key)
            {
                cache.Reset();
                cache.ConfigKey = key;
            }
            cache.EverythingChanged = cache.Renders.Count == 0 || !cache.LastSucceeded;
            cache.Changed.Clear();
        }
        var loaded = ContentLoader.LoadPages(paths, config, options.IncludeDrafts, diagnostics, cache);
        var pages = loaded.Pages;
        var data = DataLoader.Load(paths, diagnostics, cache);
        var templates = TemplateSet.Load(paths, diagnostics, cache);
        var staticFiles = StaticFileCollector.Collect(paths);
        Lap("load");

        // 2. Markdown: render every page, rewriting .md links to URLs.
        RenderMarkdown(paths, config, loaded, diagnostics, cache);
        Lap("markdown");

        // 3. Derive: data pages, URL claims, taxonomies, the page tree, sitemap and robots.txt.
        var allPages = new List<Page>(pages);
        allPages.AddRange(DataPageBuilder.Build(config, data, paths.Display(paths.ConfigFile), diagnostics));
        var pagesByPath = UrlCollisionCheck.IndexByPath(allPages, staticFiles, paths.Display, diagnostics);
        TaxonomyBuilder.Build(config, pagesByPath);
        PageTree.Link(pagesByPath);
        var sitePages = pagesByPath.Values.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        draftFiles = sitePages.Where(p => p.FrontMatter.Draft).Select(p => p.OutputFile).ToHashSet(StringComparer.Ordinal);
        var extraFiles = new List<OutputFile> { Text("sitemap.xml", SitemapBuilder.Sitemap(config, sitePages)) };
        if (!staticFiles.Any(f => f.OutputPath == "robots.txt"))
        {
            extraFiles.Add(Text("robots.txt", SitemapBuilder.Robots(config)));
        }
        Lap("derive");

        // 4. Templates: every page through its layout and the base layout.
        var globals = new ScriptObject();
        TemplateFunctions.Import(globals, config, templates);
        var modelBuilder = cache?.Models ?? new PageModelBuilder(config);
        if (cache is not null)
        {
            cache.Models = modelBuilder;
        }
        globals["site"] = modelBuilder.BuildSite(sitePages, data, cache?.Changed ?? new HashSet<string>(), out var models);
        var renderer = new TemplateRenderer(templates, globals);
        var layouts = renderer.ResolveLayouts(sitePages, paths.Display(paths.Templates), diagnostics);
        var renderable = sitePages.Where(layouts.ContainsKey).ToList();
        var (html, renderedCount) = diagnostics.HasErrors ? (new string?[renderable.Count], 0) : renderer.RenderAll(renderable, layouts, models, diagnostics, cache);
        if (cache is not null)
        {
            cache.LastRendered = renderedCount;
        }
        Lap("templates");

        // 5. Check links: every internal href/src and #fragment of every page.
        var rendered = new List<RenderedPage>(renderable.Count);
        for (var i = 0; i < renderable.Count; i++)
        {
            if (html[i] is { } pageHtml)
            {
                rendered.Add(new RenderedPage(renderable[i], renderable[i].OutputFile, pageHtml));
            }
        }
        if (!diagnostics.HasErrors)
        {
            var otherFiles = staticFiles.Select(f => f.OutputPath).Concat(extraFiles.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
            externalLinks = new LinkChecker(config.BaseUrl, config.BasePath).Check(rendered, otherFiles, diagnostics, cache);
        }
        Lap("links");

        var files = new List<OutputFile>(rendered.Count + staticFiles.Count + extraFiles.Count);
        files.AddRange(rendered.Select(r => cache is not null && cache.Renders.TryGetValue(r.Page.Path, out var cachedRender) && ReferenceEquals(cachedRender.Html, r.Html)
            ? new OutputFile(r.OutputFile, cachedRender.Bytes, null)
            : Text(r.OutputFile, r.Html)));
        files.AddRange(staticFiles.Select(f => new OutputFile(f.OutputPath, null, f.SourcePath)));
        files.AddRange(extraFiles);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return Finish(rendered.Count, files);
    }

    private static (SiteConfig? Config, string Text) LoadConfig(BuildOptions options, DiagnosticBag diagnostics)
    {
        var paths = options.Paths;
        var display = paths.Display(paths.ConfigFile);
        if (!File.Exists(paths.ConfigFile))
        {
            diagnostics.Error(display, 0, 0, "site.yml not found; create it with at least `title:` and `base_url:`");
            return (null, "");
        }
        var text = SourceText.Read(paths.ConfigFile, display, diagnostics);
        return text is null ? (null, "") : (SiteConfigLoader.Load(text, display, options.BaseUrlOverride, diagnostics), text);
    }

    private static void RenderMarkdown(SitePaths paths, SiteConfig config, ContentLoader.Loaded loaded, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var pages = loaded.Pages;
        var byContentPath = pages.ToDictionary(p => p.ContentPath!, StringComparer.Ordinal);
        var links = new LinkResolver(byContentPath, loaded, p => paths.Display(Path.Combine(paths.Content, p)), config.BasePath);
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(), links);
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
            page.Markdown = renderer.Render(page, bags[i], targets);
            if (cache is not null)
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
        var present = pages.Select(p => p.ContentPath!).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in cache.Markdown.Keys.Where(k => !present.Contains(k)).ToList())
        {
            cache.Markdown.Remove(gone);
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

    private static OutputFile Text(string path, string text) => new(path, Encoding.UTF8.GetBytes(text), null);
}
