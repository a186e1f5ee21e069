using System.Text;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Derive;
using SiteGen.Output;

namespace SiteGen.Feeds;

/// <summary>
/// After Derive, before Templates (a full-content feed needs the rendered Markdown, which templates release): the
/// Atom and RSS feeds site.yml asks for, added to the derived site's extra files. A feed holds the newest pages with a
/// <c>date:</c> (not list pages, not drafts); a section feed those of one top-level section.
/// </summary>
public static class FeedStage
{
    public static DerivedSite Run(LoadedSite site, DerivedSite derived, SitePaths paths, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        if (!config.Feeds.Enabled)
        {
            return derived;
        }
        var configFile = paths.Display(paths.ConfigFile);
        var dated = derived.Pages
            .Where(p => p.Kind == PageKind.Page && !p.FrontMatter.Draft && FeedText.DateOf(p.FrontMatter.Date) is not null)
            .OrderByDescending(p => FeedText.DateOf(p.FrontMatter.Date)!.Value)
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .ToList();
        var taken = derived.Pages.Select(p => p.OutputFile).Concat(site.StaticFiles.Select(f => f.OutputPath))
            .Concat(derived.ExtraFiles.Select(f => f.Path)).ToHashSet(StringComparer.Ordinal);
        var feeds = new List<OutputFile>();
        void Add(FeedHead head, IEnumerable<Page> pages, int line, int column)
        {
            var file = UrlPath.ToOutputFile(head.Path);
            if (!taken.Add(file))
            {
                diagnostics.Error(configFile, line, column,
                    $"the feed {head.Path} would be written to {file}, which is already a page, a static file or a generated file; remove that file or this feed");
                return;
            }
            var newest = pages.Take(config.Feeds.Limit).ToList();
            if (newest.Count == 0 && head.Format == config.Feeds.Formats[0])
            {
                diagnostics.Warning(WarningKinds.EmptyFeed, configFile, line, column,
                    $"the feed {head.Path} lists no page: a feed holds pages with a `date:`, and none of its pages has one; add `date: YYYY-MM-DD` to the pages it should list");
            }
            var xml = head.Format.Name == "rss" ? RssFeed.Write(config, head, newest) : AtomFeed.Write(config, head, newest);
            feeds.Add(new OutputFile(file, Encoding.UTF8.GetBytes(xml), null));
        }
        if (config.Feeds.Site)
        {
            foreach (var format in config.Feeds.Formats)
            {
                Add(FeedLinks.SiteHead(config, format), dated, config.Feeds.At.Line, config.Feeds.At.Column);
            }
        }
        foreach (var section in config.Feeds.Sections)
        {
            if (!derived.Pages.Any(p => p.Section == section.Name))
            {
                diagnostics.Error(configFile, section.Line, section.Column,
                    $"'feeds.sections' names '{section.Name}', but no page's URL starts with /{section.Name}/; name a section of the site or remove it");
                continue;
            }
            var sectionPage = derived.Pages.FirstOrDefault(p => p.Path == "/" + section.Name + "/");
            foreach (var format in config.Feeds.Formats)
            {
                Add(FeedLinks.SectionHead(config, format, section.Name, sectionPage?.Title), dated.Where(p => p.Section == section.Name), section.Line, section.Column);
            }
        }
        return derived with { ExtraFiles = [.. derived.ExtraFiles, .. feeds] };
    }
}
