using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Components;

/// <summary>A component called inside a heading adds nothing to the heading's id: no hyphen is left where it stood.</summary>
public sealed class ComponentHeadingIdTests : IDisposable
{
    private readonly TestSite _site = ComponentSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Component_at_either_end_or_inside_a_heading_leaves_no_stray_hyphen_in_its_id()
    {
        _site.Write("site-content/guide.md",
            "---\ntitle: Guide\n---\n## Pay {{ badge(text=\"new\") }}\n\n## {{ badge(text=\"hot\") }} Skills\n\n## Remote {{ badge(text=\"x\") }} work\n\n## Plain heading\n");
        _site.BuildOk();
        var html = _site.Html("guide/index.html");
        var ids = html.QuerySelectorAll("h2").Select(h => h.Id).ToList();
        Assert.Equal(["pay", "skills", "remote-work", "plain-heading"], ids);
        // The heading still shows the component, and the table of contents links to the id.
        Assert.Equal("new", html.QuerySelector("h2#pay span.badge")!.TextContent);
        Assert.Contains(html.QuerySelectorAll("nav.toc a"), a => a.GetAttribute("href") == "#pay");
    }

    [Fact]
    public void The_literal_form_in_a_heading_counts_as_its_text()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n## Write {{/* badge(text=\"x\") */}}\n");
        _site.BuildOk();
        var heading = _site.Html("guide/index.html").QuerySelector("h2")!;
        Assert.Equal("Write {{ badge(text=\"x\") }}", heading.TextContent);
        Assert.Equal("write--badgetextx-", heading.Id);
    }
}
