using System.ServiceModel.Syndication;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

/// <summary>RSS 2.0 feeds beside or instead of Atom (`feeds.formats` in site.yml), read back with
/// System.ServiceModel.Syndication as a feed reader would: a moved Hugo site's subscribers read /index.xml.</summary>
public sealed class RssFeedTests : IDisposable
{
    private readonly TestSite _site = new();

    public RssFeedTests()
    {
        _site.Write("templates/_default/base.html", FeedSite.BaseWithFeeds);
        _site.Write("site-content/blog/_index.md", "---\ntitle: Blog\n---\nPosts.\n");
        _site.Write("site-content/blog/first.md", "---\ntitle: First post\ndate: 2024-01-10\n---\nThe **first** one, with a [link](/about/).\n");
        _site.Write("site-content/blog/second.md", "---\ntitle: Second & last\ndescription: Short & sweet.\ndate: 2024-03-05T09:30:00+01:00\n---\nBody.\n");
        _site.Write("site-content/news/item.md", "---\ntitle: News item\ndate: 2024-02-20\n---\nNews.\n");
        _site.Write("site-content/about.md", "---\ntitle: About\n---\nNo date, so in no feed.\n");
    }

    public void Dispose() => _site.Dispose();

    private SyndicationFeed Feed(string file) => FeedSite.Read(_site, file);

    private void Config(string feeds) =>
        _site.Write("site-content/site.yml", $"title: Test Site\ndescription: Tests.\nbase_url: https://example.org/docs/\n{feeds}");

    [Fact]
    public void Rss_at_index_xml_lists_dated_pages_with_guids_dates_and_absolute_links()
    {
        Config("feeds:\n  sections: [blog]\n  formats: [rss]\n");
        _site.BuildOk();
        Assert.False(_site.OutputExists("atom.xml"));
        var feed = Feed("index.xml");
        Assert.Equal("Test Site", feed.Title.Text);
        Assert.Equal("Tests.", feed.Description.Text);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 8, 30, 0, TimeSpan.Zero), feed.LastUpdatedTime.ToUniversalTime());
        Assert.Equal("https://example.org/docs/", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri);
        var items = feed.Items.ToList();
        Assert.Equal(["https://example.org/docs/blog/second/", "https://example.org/docs/news/item/", "https://example.org/docs/blog/first/"], items.Select(i => i.Id));
        Assert.All(items, i => Assert.Equal(i.Id, i.Links.Single().Uri.AbsoluteUri));
        Assert.Equal("Second & last", items[0].Title.Text);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 9, 30, 0, TimeSpan.FromHours(1)), items[0].PublishDate);
        Assert.Equal(TimeSpan.FromHours(1), items[0].PublishDate.Offset);
        Assert.Equal(new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero), items[2].PublishDate);
        Assert.Equal("Short & sweet.", items[0].Summary.Text);
        Assert.Equal("The first one, with a link.", items[2].Summary.Text);
        Assert.Contains("<guid isPermaLink=\"true\">https://example.org/docs/blog/second/</guid>", _site.ReadOutput("index.xml"), StringComparison.Ordinal);

        Assert.Equal(["https://example.org/docs/blog/second/", "https://example.org/docs/blog/first/"], Feed("blog/index.xml").Items.Select(i => i.Id));
        var links = _site.Html("blog/first/index.html").QuerySelectorAll("link[rel=alternate]");
        Assert.Equal(["/docs/index.xml", "/docs/blog/index.xml"], links.Select(l => l.GetAttribute("href")));
        Assert.All(links, l => Assert.Equal("application/rss+xml", l.GetAttribute("type")));
    }

    [Fact]
    public void Both_formats_with_chosen_file_names_and_full_content()
    {
        Config("feeds:\n  content: full\n  formats:\n    atom: atom.xml\n    rss: feed.xml\n");
        _site.BuildOk();
        Assert.Equal(Feed("atom.xml").Items.Select(i => i.Id), Feed("feed.xml").Items.Select(i => i.Id));
        var first = Feed("feed.xml").Items.Last();
        Assert.Contains("<strong>first</strong>", first.Summary.Text, StringComparison.Ordinal);
        var links = _site.Html("about/index.html").QuerySelectorAll("link[rel=alternate]");
        Assert.Equal([("/docs/atom.xml", "application/atom+xml", "Test Site (Atom)"), ("/docs/feed.xml", "application/rss+xml", "Test Site (RSS)")],
            links.Select(l => (l.GetAttribute("href"), l.GetAttribute("type"), l.GetAttribute("title"))));
    }

    [Fact]
    public void Default_stays_atom_only_with_unchanged_links()
    {
        Config("feeds: true\n");
        _site.BuildOk();
        Assert.True(_site.OutputExists("atom.xml"));
        Assert.False(_site.OutputExists("index.xml"));
        var link = _site.Html("about/index.html").QuerySelector("link[rel=alternate]")!;
        Assert.Equal(("application/atom+xml", "Test Site"), (link.GetAttribute("type"), link.GetAttribute("title")));
    }

    [Theory]
    [InlineData("feeds:\n  formats: [json]\n", "site-content/site.yml:5:13: error: 'feeds.formats' has 'json', which is not a feed format; use atom or rss")]
    [InlineData("feeds:\n  formats: { rss: ../x.xml }\n", "site-content/site.yml:5:19: error: 'feeds.formats.rss' must be a file name ending in .xml")]
    [InlineData("feeds:\n  formats: { rss: x.xml, atom: x.xml }\n", "site-content/site.yml:5:26: error: 'feeds.formats' gives rss and atom the same file name x.xml")]
    [InlineData("feeds:\n  formats: { rss: blog.xml }\n", "")]
    public void Bad_formats_are_errors_at_their_place(string feeds, string expected)
    {
        Config("feeds: true\n");
        _site.BuildOk();
        Config(feeds);
        if (expected.Length == 0)
        {
            _site.BuildOk();
            return;
        }
        FailedBuild.AssertFailsWith(_site, expected);
    }

    [Fact]
    public void A_feed_file_that_is_already_a_file_is_an_error()
    {
        Config("feeds: true\n");
        _site.BuildOk();
        _site.Write("site-content/static/index.xml", "<x/>");
        Config("feeds:\n  formats: [rss]\n");
        FailedBuild.AssertFailsWith(_site, "site-content/site.yml:5:3: error: the feed /index.xml would be written to index.xml, which is already a page, a static file or a generated file");
    }
}
