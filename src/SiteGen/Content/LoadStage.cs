using SiteGen.Config;
using SiteGen.Templates;

namespace SiteGen.Content;

/// <summary>Everything read from disk for one build: nothing after this stage reads a source file again.</summary>
public sealed record LoadedSite(
    SiteConfig Config,
    ContentLoader.Loaded Content,
    Scriban.Runtime.ScriptObject Data,
    TemplateSet Templates,
    IReadOnlyList<StaticFile> StaticFiles)
{
    /// <summary>Where the site sits in git and the last commit of each content file (<see cref="Git.GitStage"/>); set
    /// after the Markdown stage.</summary>
    public Git.SiteRepository Repository { get; init; } = Git.SiteRepository.None;
}

/// <summary>Stage 1: site.yml (<see cref="ReadConfig"/>, first, so the git pass can start), then pages with their
/// front matter, data files, templates, and the list of static files (<see cref="Run"/>).</summary>
public static class LoadStage
{
    /// <returns>The site's configuration, or null when site.yml is missing or wrong (the errors are in <paramref name="diagnostics"/>).</returns>
    public static SiteConfig? ReadConfig(BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var paths = options.Paths;
        var (config, configText) = LoadConfig(options, diagnostics);
        if (config is null)
        {
            cache?.Reset();
            return null;
        }
        cache?.StartBuild(string.Join('\n', configText, options.BaseUrlOverride, options.EditUrlOverride, options.IncludeDrafts, paths.Content, paths.Templates));
        return config;
    }

    public static LoadedSite Run(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var paths = options.Paths;
        // Data and static files before pages: when neither changed, serve may keep the last build's pages.
        var data = DataLoader.Load(paths, diagnostics, cache);
        var templates = TemplateSet.Load(paths, diagnostics, cache);
        var staticFiles = StaticFileCollector.Collect(paths, diagnostics, cache);
        var content = ContentLoader.LoadPages(paths, config, options.IncludeDrafts, diagnostics, cache);
        if (config.Permalinks.Count > 0)
        {
            var files = content.Pages.Select(p => p.ContentPath!).Concat(content.Drafts).Concat(content.Failed);
            PermalinkRule.CheckSections(config.Permalinks, files, paths.Display(paths.ConfigFile), diagnostics);
        }
        return new LoadedSite(config, content, data, templates, staticFiles);
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
        if (!SiteFolderWalk.IsSafe(paths, paths.ConfigFile, diagnostics))
        {
            return (null, "");
        }
        var text = SourceText.Read(paths.ConfigFile, display, diagnostics);
        var config = text is null ? null : SiteConfigLoader.Load(text, display, options.BaseUrlOverride, diagnostics);
        if (config is not null && options.EditUrlOverride is { } editUrl)
        {
            config = config with { Git = config.Git with { EditUrl = Git.EditUrlPattern.FromOption(editUrl, diagnostics) } };
        }
        return (config, text ?? "");
    }
}
