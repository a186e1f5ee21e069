using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// `permalinks:` keys for folders inside a section (docs/guides): a page takes the pattern of the most specific folder it
/// is in, so blog/2020/ pages follow blog's pattern and docs/guides/ pages their own (before, a key with '/' was an error).
/// </summary>
public sealed class NestedPermalinkTests : IDisposable
{
    private readonly TestSite _site = new();

    public NestedPermalinkTests()
    {
        _site.Write("site-content/blog/2020/old-post.md", "---\ntitle: Old post\ndate: 2020-05-01\n---\nOld.\n");
        _site.Write("site-content/blog/new-post.md", "---\ntitle: New post\ndate: 2024-01-02\n---\nNew. See [the guide](../docs/guides/Setup.md).\n");
        _site.Write("site-content/docs/intro.md", "---\ntitle: Intro\n---\nIntro.\n");
        _site.Write("site-content/docs/guides/Setup.md", "---\ntitle: Setting up\n---\nSetup.\n");
        _site.Write("site-content/docs/guides/deep/more.md", "---\ntitle: More\n---\nMore.\n");
    }

    public void Dispose() => _site.Dispose();

    private void Permalinks(string entries) =>
        _site.Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\npermalinks:\n" + entries);

    [Fact]
    public void The_most_specific_folder_key_wins()
    {
        Permalinks("  blog: /:year/:slug/\n  docs: /manual/:filename/\n  docs/guides: /guides/:slug/\n  docs/guides/deep: /:sections/:filename/\n");
        _site.BuildOk();
        Assert.True(_site.OutputExists("2020/old-post/index.html"));
        Assert.True(_site.OutputExists("2024/new-post/index.html"));
        Assert.True(_site.OutputExists("manual/intro/index.html"));
        Assert.True(_site.OutputExists("guides/setting-up/index.html"));
        Assert.True(_site.OutputExists("docs/guides/deep/more/index.html"));
        Assert.Equal("/guides/setting-up/", _site.Html("2024/new-post/index.html").QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_nested_key_alone_leaves_the_rest_of_the_section_as_it_was()
    {
        Permalinks("  docs/guides: /guides/:filename/\n");
        _site.BuildOk();
        Assert.True(_site.OutputExists("docs/intro/index.html"));
        Assert.True(_site.OutputExists("guides/setup/index.html"));
        // The deeper folder has no key of its own: it takes docs/guides's pattern.
        Assert.True(_site.OutputExists("guides/more/index.html"));
        Assert.True(_site.OutputExists("blog/2020/old-post/index.html"));
    }

    [Theory]
    [InlineData("  docs/gudies: /g/:slug/\n", "site-content/site.yml:4:16: error: permalinks: no folder 'docs/gudies' has pages (folders in docs now: docs/guides)")]
    [InlineData("  docs/Guides Old: /g/:slug/\n", "site-content/site.yml:4:3: error: permalinks: 'docs/Guides Old' is not a folder path; write each folder's URL segment, as in its pages' URLs ('docs/guides-old')")]
    [InlineData("  /docs: /g/:slug/\n", "site-content/site.yml:4:3: error: permalinks: '/docs' is not a folder path")]
    [InlineData("  docs/guides: /:year/:slug/\n", "site-content/docs/guides/Setup.md:1:1: error: the permalink '/:year/:slug/' of folder 'docs/guides' (site.yml:4:16) needs the page's `date:`")]
    public void Bad_nested_keys_are_errors_at_their_place(string entries, string expected)
    {
        _site.BuildOk();
        Permalinks(entries);
        FailedBuild.AssertFailsWith(_site, expected);
    }
}
