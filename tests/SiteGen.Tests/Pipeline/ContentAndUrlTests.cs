using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

public sealed class ContentAndUrlTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Markdown_files_get_pretty_urls_and_sections_list_their_pages()
    {
        _site.Write("site-content/roles/_index.md", "---\ntitle: Roles\n---\nAll roles.\n")
            .Write("site-content/roles/api-developer.md", "---\ntitle: API Developer\nweight: 2\n---\nAPIs.\n")
            .Write("site-content/roles/backend-developer.md", "---\ntitle: Backend Developer\nweight: 1\n---\nServers.\n");
        _site.BuildOk();

        Assert.Equal("API Developer", _site.Html("roles/api-developer/index.html").QuerySelector("h1")!.TextContent);
        var listed = _site.Html("roles/index.html").QuerySelectorAll("ul.pages a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Backend Developer", "/roles/backend-developer/"), ("API Developer", "/roles/api-developer/")], listed);
    }

    [Fact]
    public void Slug_and_url_front_matter_change_the_address()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\nslug: alpha\n---\nA\n")
            .Write("site-content/missing.md", "---\ntitle: Not found\nurl: /404.html\n---\nGone\n");
        _site.BuildOk();
        Assert.True(_site.OutputExists("alpha/index.html"));
        Assert.True(_site.OutputExists("404.html"));
        Assert.False(_site.OutputExists("a/index.html"));
    }

    [Fact]
    public void Md_links_become_target_urls_with_anchors()
    {
        _site.Write("site-content/roles/api.md", "---\ntitle: API\n---\nNeeds [Python](../skills/python.md#why-python).\n")
            .Write("site-content/skills/python.md", "---\ntitle: Python\n---\n## Why Python\n\nIt reads well.\n");
        _site.BuildOk();
        var link = _site.Html("roles/api/index.html").QuerySelector("main a")!;
        Assert.Equal("/skills/python/#why-python", link.GetAttribute("href"));
        Assert.NotNull(_site.Html("skills/python/index.html").GetElementById("why-python"));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        _site.Write("site-content/wip.md", "---\ntitle: Work in progress\ndraft: true\n---\nSoon.\n");
        _site.BuildOk();
        Assert.False(_site.OutputExists("wip/index.html"));
        Assert.DoesNotContain("/wip/", _site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
        _site.BuildOk("--drafts");
        Assert.True(_site.OutputExists("wip/index.html"));
    }

    [Fact]
    public void Markdown_extensions_are_on()
    {
        _site.Write("site-content/doc.md", """
            ---
            title: Doc
            ---
            | a | b |
            |---|---|
            | 1 | 2 |

            - [x] done
            - [ ] todo

            Visit https://example.com now.[^1]

            ## Setup {#custom-id .wide}

            [^1]: A footnote.
            """);
        _site.BuildOk();
        var doc = _site.Html("doc/index.html");
        Assert.NotNull(doc.QuerySelector("table td"));
        Assert.Equal(2, doc.QuerySelectorAll("input[type=checkbox]").Length);
        Assert.NotNull(doc.QuerySelector("a[href='https://example.com']"));
        Assert.NotNull(doc.QuerySelector(".footnotes"));
        Assert.NotNull(doc.QuerySelector("h2#custom-id.wide"));
    }

    [Fact]
    public void Deleted_pages_disappear_from_the_output()
    {
        _site.Write("site-content/old.md", "---\ntitle: Old\n---\nOld page.\n");
        _site.BuildOk();
        Assert.True(_site.OutputExists("old/index.html"));
        _site.Delete("site-content/old.md");
        _site.BuildOk();
        Assert.False(_site.OutputExists("old/index.html"));
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        _site.Write("site-content/roles/_index.md", "---\ntitle: Roles\n---\nAll.\n")
            .Write("site-content/roles/a.md", "---\ntitle: A\nskills: [go]\n---\n## One\n\n## Two\n")
            .Write("site-content/roles/b.md", "---\ntitle: B\n---\nB\n")
            .Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\ntaxonomies: [skills]\n");
        _site.BuildOk();
        var first = _site.Snapshot();
        _site.BuildOk();
        var second = _site.Snapshot();
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(second[kv.Key]), kv.Key));
    }

    [Fact]
    public void Static_files_are_copied_from_templates_and_content()
    {
        _site.Write("templates/static/css/site.css", "body{}")
            .Write("site-content/static/images/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        _site.BuildOk();
        Assert.Equal("body{}", _site.ReadOutput("css/site.css"));
        Assert.True(_site.OutputExists("images/logo.svg"));
    }

    [Fact]
    public void Sitemap_and_robots_are_generated_with_absolute_urls()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\nupdated: 2025-03-01\n---\nA\n")
            .Write("site-content/hidden.md", "---\ntitle: Hidden\nsitemap: false\n---\nH\n");
        _site.BuildOk();
        var sitemap = _site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://example.org/a/</loc><lastmod>2025-03-01</lastmod>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://example.org/sitemap.xml", _site.ReadOutput("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Base_url_with_a_path_prefixes_every_internal_link()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\n---\nSee [home](_index.md) and [b](b.md) and [root](/b/).\n")
            .Write("site-content/b.md", "---\ntitle: B\n---\nB\n");
        _site.BuildOk("--base-url", "https://example.org/guide/");
        var hrefs = _site.Html("a/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/guide/", "/guide/b/", "/guide/b/"], hrefs);
        Assert.Contains("<loc>https://example.org/guide/a/</loc>", _site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }
}
