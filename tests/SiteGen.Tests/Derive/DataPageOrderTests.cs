using SiteGen.Tests.Support;

namespace SiteGen.Tests.Derive;

/// <summary>
/// Data pages keep the order of their data list: a section lists them, and prev/next link them, in the order the
/// entries are written (not by title), like every table the templates build from the same list. Markdown pages of the
/// same section with a weight keep their place among them by weight; pages without one come last.
/// </summary>
public sealed class DataPageOrderTests : IDisposable
{
    private const string PlaceLayout = """
        <h1>{{ page.title }}</h1>
        <nav class="prev-next">{{ if page.prev }}<a rel="prev" href="{{ page.prev.url }}">{{ page.prev.title }}</a>{{ end }}{{ if page.next }}<a rel="next" href="{{ page.next.url }}">{{ page.next.title }}</a>{{ end }}</nav>
        """;

    private readonly TestSite _site = new();

    public DataPageOrderTests()
    {
        _site.Write("site-content/site.yml", """
                title: Test Site
                base_url: https://example.org/
                data_pages:
                  - source: places.list
                    url: /places/{slug}/
                    title: "Pay in {name}"
                    layout: place
                """)
            .Write("site-content/data/places.yml", """
                list:
                  - { slug: zulu, name: Zulu }
                  - { slug: alpha, name: Alpha }
                  - { slug: mike, name: Mike }
                """)
            .Write("site-content/places/_index.md", "---\ntitle: Places\n---\nWhere we pay.\n")
            .Write("templates/_default/place.html", PlaceLayout);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Prev_and_next_follow_the_data_list_not_the_titles()
    {
        _site.BuildOk();

        Assert.Equal((null, "/places/alpha/"), Neighbours("places/zulu/index.html"));
        Assert.Equal(("/places/zulu/", "/places/mike/"), Neighbours("places/alpha/index.html"));
        Assert.Equal(("/places/alpha/", null), Neighbours("places/mike/index.html"));
    }

    [Fact]
    public void The_section_lists_data_pages_in_data_order()
    {
        _site.BuildOk();

        Assert.Equal(["Pay in Zulu", "Pay in Alpha", "Pay in Mike"], ListedTitles());
    }

    [Fact]
    public void Weighted_markdown_pages_sort_among_data_pages_and_unweighted_ones_come_last()
    {
        _site.Write("site-content/places/about.md", "---\ntitle: About these figures\n---\nNotes.\n")
            .Write("site-content/places/method.md", "---\ntitle: Method\nweight: 2\n---\nHow.\n");
        _site.BuildOk();

        // Weights: Zulu 1, Alpha 2, Method 2 (ties by title), Mike 3, About none.
        Assert.Equal(["Pay in Zulu", "Method", "Pay in Alpha", "Pay in Mike", "About these figures"], ListedTitles());
    }

    private (string? Prev, string? Next) Neighbours(string file)
    {
        var nav = _site.Html(file).QuerySelector("nav.prev-next")!;
        return (nav.QuerySelector("a[rel=prev]")?.GetAttribute("href"), nav.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    private string[] ListedTitles() =>
        [.. _site.Html("places/index.html").QuerySelectorAll("ul.pages a").Select(a => a.TextContent)];
}
