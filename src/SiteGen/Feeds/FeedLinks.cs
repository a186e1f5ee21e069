using Scriban.Runtime;
using SiteGen.Config;
using SiteGen.Content;

namespace SiteGen.Feeds;

/// <summary>
/// The feeds a page points to with <c>&lt;link rel="alternate"&gt;</c> (template variable <c>page.feeds</c>): the site
/// feed, then the feed of the page's section when it has one. Empty when feeds are off.
/// </summary>
public static class FeedLinks
{
    public static AtomFeed.Head SiteHead(SiteConfig config) => new(config.Title, "/" + FeedConfig.FileName, "/");

    public static AtomFeed.Head SectionHead(SiteConfig config, string section, string? sectionTitle) =>
        new($"{config.Title}: {sectionTitle ?? section}", $"/{section}/{FeedConfig.FileName}", $"/{section}/");

    /// <returns>{ title, url } for each feed of the page (url with the base path), for templates.</returns>
    public static ScriptArray For(SiteConfig config, Page page)
    {
        var links = new ScriptArray();
        if (!config.Feeds.Enabled)
        {
            return links;
        }
        if (config.Feeds.Site)
        {
            links.Add(Link(config, SiteHead(config)));
        }
        var section = page.Section;
        if (section.Length > 0 && config.Feeds.Sections.Any(s => s.Name == section))
        {
            var sectionPage = page;
            while (sectionPage is not null && sectionPage.Path != "/" + section + "/")
            {
                sectionPage = sectionPage.Parent;
            }
            links.Add(Link(config, SectionHead(config, section, sectionPage?.Title)));
        }
        return links;
    }

    private static ScriptObject Link(SiteConfig config, AtomFeed.Head head) =>
        new() { ["title"] = head.Title, ["url"] = config.BasePath + head.Path };
}
