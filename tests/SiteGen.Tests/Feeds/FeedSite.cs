using System.ServiceModel.Syndication;
using System.Xml;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

/// <summary>What the feed tests share: a base layout that links every feed of the page in its head, and reading a
/// built feed back with System.ServiceModel.Syndication, as a feed reader would.</summary>
internal static class FeedSite
{
    public const string BaseWithFeeds = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title>
        {{~ for feed in page.feeds ~}}
        <link rel="alternate" type="{{ feed.type }}" title="{{ feed.title }}" href="{{ feed.url }}">
        {{~ end ~}}
        </head>
        <body><main id="main">{{ main }}</main></body></html>
        """;

    public static SyndicationFeed Read(TestSite site, string file)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, file));
        return SyndicationFeed.Load(reader);
    }
}
