using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Components;

/// <summary>Markdown inside a component is Markdown of the page: its headings get ids and TOC entries, its links are
/// rewritten and checked at their own lines.</summary>
public sealed class ComponentTocTests : IDisposable
{
    private readonly TestSite _site = ComponentSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Heading_inside_a_block_gets_an_id_and_a_toc_entry()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n## Before\n\n{% note() %}\n## Inside the note\n\nText.\n{% end %}\n\n## After\n");
        _site.BuildOk();
        var html = _site.Html("guide/index.html");
        Assert.Equal("Inside the note", html.QuerySelector("aside.note h2#inside-the-note")!.TextContent);
        var toc = html.QuerySelectorAll("nav.toc a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#before", "Before"), ("#inside-the-note", "Inside the note"), ("#after", "After")], toc);
    }

    [Fact]
    public void Link_inside_a_block_is_rewritten()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n{% note() %}\nSee [the other page](other.md#details).\n{% end %}\n");
        _site.BuildOk();
        Assert.Equal("/other/#details", _site.Html("guide/index.html").QuerySelector("aside.note a")!.GetAttribute("href"));
    }

    [Fact]
    public void Broken_link_inside_a_block_is_reported_at_its_own_line()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\nFine.\n");
        _site.BuildOk();
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n{% note() %}\nText.\n\nSee [gone](missing.md).\n{% end %}\n");
        FailedBuild.AssertFailsWith(_site, "site-content/guide.md:7:5: error: broken link 'missing.md'");
    }

    [Fact]
    public void Broken_anchor_inside_a_block_is_reported()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\nFine.\n");
        _site.BuildOk();
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n{% note() %}\nSee [details](other.md#nowhere).\n{% end %}\n");
        FailedBuild.AssertFailsWith(_site, "site-content/guide.md:5:", "nowhere");
    }
}
