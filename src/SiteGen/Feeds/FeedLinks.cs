using Scriban.Runtime;
using SiteGen.Config;
using SiteGen.Content;

namespace SiteGen.Feeds;

/// <summary>
/// The feeds a page points to with <c>&lt;link rel="alternate"&gt;</c> (template variable <c>page.feeds</c>): the site
/// feed, then the feed of the page's section when it has one, each in every format of <c>feeds.formats</c>. Empty when
/// feeds are off.
/// </summary>
public static class FeedLinks
{
    public static FeedHead SiteHead(SiteConfig config, FeedFormat format) => new(config.Title, "/" + format.FileName, "/", format);

    public static FeedHead SectionHead(SiteConfig config, FeedFormat format, string section, string? sectionTitle) =>
        new($"{config.Title}: {sectionTitle ?? section}", $"/{section}/{format.FileName}", $"/{section}/", format);

    /// <returns>{ title, url, type } for each feed of the page (url with the base path, type its media type), for
    /// templates; with more than one format the title says which ("Blog (RSS)").</returns>
    public static ScriptArray For(SiteConfig config, Page page)
    {
        var links = new ScriptArray();
        if (!config.Feeds.Enabled)
        {
            return links;
        }
        if (config.Feeds.Site)
        {
            foreach (var format in config.Feeds.Formats)
            {
                links.Add(Link(config, SiteHead(config, format)));
            }
        }
        var section = page.Section;
        if (section.Length > 0 && config.Feeds.Sections.Any(s => s.Name == section))
        {
            var sectionPage = page;
            while (sectionPage is not null && sectionPage.Path != "/" + section + "/")
            {
                sectionPage = sectionPage.Parent;
            }
            foreach (var format in config.Feeds.Formats)
            {
                links.Add(Link(config, SectionHead(config, format, section, sectionPage?.Title)));
            }
        }
        return links;
    }

    private static ScriptObject Link(SiteConfig config, FeedHead head) => new()
    {
        ["title"] = config.Feeds.Formats.Count > 1 ? $"{head.Title} ({head.Format.Label})" : head.Title,
        ["url"] = config.BasePath + head.Path,
        ["type"] = head.Format.MediaType,
    };
}
