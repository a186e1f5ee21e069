using System.ServiceModel.Syndication;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

/// <summary>Atom feeds from `feeds:` in site.yml, read back with System.ServiceModel.Syndication as a feed reader would.</summary>
public sealed class FeedTests : IDisposable
{
    private readonly TestSite _site = new();

    public FeedTests()
    {
        _site.Write("templates/_default/base.html", FeedSite.BaseWithFeeds);
        _site.Write("site-content/blog/_index.md", "---\ntitle: Blog\n---\nPosts.\n");
        _site.Write("site-content/blog/first.md", "---\ntitle: First post\ndate: 2024-01-10\n---\nThe **first** one, with a [link](/about/).\n\nMore.\n");
        _site.Write("site-content/blog/second.md", "---\ntitle: Second post\ndescription: Short & sweet.\ndate: 2024-03-05\nupdated: 2024-04-01\n---\nBody.\n");
        _site.Write("site-content/news/item.md", "---\ntitle: News item\ndate: 2024-02-20\n---\nNews.\n");
        _site.Write("site-content/about.md", "---\ntitle: About\n---\nNo date, so in no feed.\n");
    }

    public void Dispose() => _site.Dispose();

    private SyndicationFeed Feed(string file) => FeedSite.Read(_site, file);

    private void Config(string feeds) =>
        _site.Write("site-content/site.yml", $"title: Test Site\ndescription: Tests.\nbase_url: https://example.org/docs/\n{feeds}");

    [Fact]
    public void The_site_feed_lists_dated_pages_newest_first_with_absolute_ids_links_and_dates()
    {
        Config("feeds: true\n");
        _site.BuildOk();
        var feed = Feed("atom.xml");
        Assert.Equal("https://example.org/docs/atom.xml", feed.Id);
        Assert.Equal("Test Site", feed.Title.Text);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero), feed.LastUpdatedTime);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == "https://example.org/docs/atom.xml");
        var items = feed.Items.ToList();
        Assert.Equal(["https://example.org/docs/blog/second/", "https://example.org/docs/news/item/", "https://example.org/docs/blog/first/"], items.Select(i => i.Id));
        Assert.All(items, i => Assert.Equal(i.Id, i.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsoluteUri));
        var second = items[0];
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero), second.PublishDate);
        Assert.Equal(new DateTimeOffset(2024, 4, 1, 0, 0, 0, TimeSpan.Zero), second.LastUpdatedTime);
        Assert.Equal("Short & sweet.", second.Summary.Text);
        Assert.Equal("The first one, with a link.", items[2].Summary.Text);
        Assert.Null(items[2].Content);
    }

    [Fact]
    public void Section_feeds_hold_their_sections_pages_and_pages_link_to_their_feeds()
    {
        Config("feeds:\n  sections: [blog]\n  limit: 1\n");
        _site.BuildOk();
        Assert.Equal(["https://example.org/docs/blog/second/"], Feed("blog/atom.xml").Items.Select(i => i.Id));
        Assert.Equal("Test Site: Blog", Feed("blog/atom.xml").Title.Text);
        Assert.Single(Feed("atom.xml").Items);
        var inBlog = _site.Html("blog/first/index.html").QuerySelectorAll("link[rel=alternate][type='application/atom+xml']");
        Assert.Equal(["/docs/atom.xml", "/docs/blog/atom.xml"], inBlog.Select(l => l.GetAttribute("href")));
        Assert.Equal(["Test Site", "Test Site: Blog"], inBlog.Select(l => l.GetAttribute("title")));
        var outside = _site.Html("about/index.html").QuerySelectorAll("link[rel=alternate]");
        Assert.Equal(["/docs/atom.xml"], outside.Select(l => l.GetAttribute("href")));
    }

    [Fact]
    public void Full_content_puts_the_body_html_in_the_entry_with_its_permalink_as_base()
    {
        Config("feeds:\n  site: false\n  sections: [blog]\n  content: full\n");
        _site.BuildOk();
        Assert.False(_site.OutputExists("atom.xml"));
        var first = Feed("blog/atom.xml").Items.Single(i => i.Id.EndsWith("/first/", StringComparison.Ordinal));
        var content = Assert.IsType<TextSyndicationContent>(first.Content);
        Assert.Equal("html", content.Type);
        Assert.Contains("<strong>first</strong>", content.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"/docs/about/\"", content.Text, StringComparison.Ordinal);
        Assert.Contains("xml:base=\"https://example.org/docs/blog/first/\"", _site.ReadOutput("blog/atom.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_feeds_in_site_yml_there_is_no_feed_and_no_alternate_link()
    {
        _site.BuildOk();
        Assert.False(_site.OutputExists("atom.xml"));
        Assert.False(_site.OutputExists("blog/atom.xml"));
        Assert.Empty(_site.Html("blog/first/index.html").QuerySelectorAll("link[rel=alternate]"));
    }

    [Fact]
    public void The_same_input_gives_byte_identical_feeds()
    {
        Config("feeds:\n  sections: [blog, news]\n");
        _site.BuildOk();
        var first = _site.ReadOutput("atom.xml") + _site.ReadOutput("blog/atom.xml") + _site.ReadOutput("news/atom.xml");
        _site.BuildOk();
        Assert.Equal(first, _site.ReadOutput("atom.xml") + _site.ReadOutput("blog/atom.xml") + _site.ReadOutput("news/atom.xml"));
    }

    [Fact]
    public void A_feed_section_that_does_not_exist_is_an_error_at_its_position()
    {
        _site.BuildOk();
        Config("feeds:\n  sections: [blog, blgo]\n");
        FailedBuild.AssertFailsWith(_site, "site-content/site.yml:5:20: error: 'feeds.sections' names 'blgo'");
    }

    [Fact]
    public void Wrong_feed_options_are_errors_at_their_positions()
    {
        _site.BuildOk();
        Config("feeds:\n  content: everything\n  limit: 0\n  sectons: [blog]\n");
        var run = FailedBuild.AssertFailsWith(_site, "site-content/site.yml:5:12: error: 'feeds.content' must be summary or full");
        Assert.Contains("site-content/site.yml:6:10: error: 'feeds.limit' must be between 1 and 1000", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("site-content/site.yml:7:3: error:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_without_dated_pages_is_written_empty_with_a_warning()
    {
        Config("feeds:\n  sections: [blog]\n");
        _site.Write("site-content/blog/first.md", "---\ntitle: First post\n---\nNo date.\n");
        _site.Write("site-content/blog/second.md", "---\ntitle: Second post\n---\nNo date.\n");
        var run = _site.BuildOk();
        Assert.Contains("site-content/site.yml:5:14: warning: the feed /blog/atom.xml lists no page", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Feed("blog/atom.xml").Items);
        Assert.Single(Feed("atom.xml").Items);
    }
}
