using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>
/// The README's layout lookup table: each kind of page takes the first of its candidate templates that exists. Every
/// candidate prints its own name, so the test sees which one was used, then removes it and expects the next.
/// </summary>
public sealed class LayoutLookupTests : IDisposable
{
    private readonly TestSite _site = new();

    public LayoutLookupTests()
    {
        _site.Write("site-content/site.yml", """
                title: T
                base_url: https://example.org/
                taxonomies: [skills]
                data_pages:
                  - source: places.cities
                    url: /cities/{slug}/
                    title: "Living in {name}"
                    layout: city
                """)
            .Write("site-content/data/places.yml", "cities:\n  - { slug: oslo, name: Oslo }\n")
            .Write("site-content/roles/_index.md", "---\ntitle: Roles\n---\n")
            .Write("site-content/roles/api.md", "---\ntitle: API Developer\nskills: [python]\n---\nA\n");
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Writes each template so that it prints its own name.</summary>
    private void WriteLayouts(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            _site.Write("templates/" + name, $"<h1>{{{{ page.title }}}}</h1><p id=\"layout\">{name}</p>");
        }
    }

    private string LayoutOf(string outputFile) => _site.Html(outputFile).QuerySelector("#layout")!.TextContent;

    /// <summary>For one output file, the README's candidates in order: with all of them present the first is used; with
    /// it removed the next one; and so on to the last.</summary>
    private void AssertLookupOrder(string outputFile, params string[] candidates)
    {
        WriteLayouts(candidates);
        foreach (var expected in candidates)
        {
            _site.BuildOk();
            Assert.Equal(expected, LayoutOf(outputFile));
            if (expected != candidates[^1])
            {
                _site.Delete("templates/" + expected);
            }
        }
    }

    [Fact]
    public void Home_uses_default_home_then_default_list()
    {
        WriteLayouts(["roles/list.html", "_default/term.html", "_default/taxonomy.html", "_default/city.html"]);
        AssertLookupOrder("index.html", "_default/home.html", "_default/list.html");
    }

    [Fact]
    public void Section_uses_its_folders_list_then_default_list()
    {
        WriteLayouts(["_default/home.html", "_default/term.html", "_default/taxonomy.html", "_default/city.html"]);
        AssertLookupOrder("roles/index.html", "roles/list.html", "_default/list.html");
    }

    [Fact]
    public void Taxonomy_term_uses_term_then_list_each_in_the_taxonomy_folder_then_default()
    {
        WriteLayouts(["_default/taxonomy.html", "_default/city.html"]);
        AssertLookupOrder("skills/python/index.html", "skills/term.html", "_default/term.html", "skills/list.html", "_default/list.html");
    }

    [Fact]
    public void Taxonomy_index_uses_taxonomy_then_list_each_in_the_taxonomy_folder_then_default()
    {
        WriteLayouts(["_default/term.html", "_default/city.html"]);
        AssertLookupOrder("skills/index.html", "skills/taxonomy.html", "_default/taxonomy.html", "skills/list.html", "_default/list.html");
    }

    [Fact]
    public void Data_page_uses_its_entrys_layout_in_its_section_folder_then_default()
    {
        WriteLayouts(["_default/term.html", "_default/taxonomy.html"]);
        AssertLookupOrder("cities/oslo/index.html", "cities/city.html", "_default/city.html");
    }

    [Fact]
    public void Front_matter_layout_wins_over_the_kind_for_a_section_and_the_home_page()
    {
        WriteLayouts(["_default/home.html", "roles/list.html", "_default/term.html", "_default/taxonomy.html", "_default/city.html", "roles/wide.html", "_default/wide.html"]);
        _site.Write("site-content/roles/_index.md", "---\ntitle: Roles\nlayout: wide\n---\n")
            .Write("site-content/_index.md", "---\ntitle: Home\nlayout: wide\n---\n");
        _site.BuildOk();
        Assert.Equal("roles/wide.html", LayoutOf("roles/index.html"));
        Assert.Equal("_default/wide.html", LayoutOf("index.html"));
    }

    [Fact]
    public void A_data_page_layout_that_does_not_exist_lists_the_files_tried()
    {
        WriteLayouts(["_default/term.html", "_default/taxonomy.html"]);
        var run = _site.Build();
        Assert.Equal(1, run.ExitCode);
        var error = ReportedDiagnostic.SingleError(run);
        Assert.Equal(("site-content/site.yml", 5), (error.File, error.Line));
        Assert.Contains("templates/cities/city.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("templates/_default/city.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_front_matter_layout_is_reported_at_its_line()
    {
        WriteLayouts(["_default/term.html", "_default/taxonomy.html", "_default/city.html"]);
        _site.Write("site-content/roles/api.md", "---\ntitle: API Developer\nweight: 3\nlayout: fancy\n---\nA\n");
        var run = _site.Build();
        Assert.Equal(1, run.ExitCode);
        var error = ReportedDiagnostic.SingleError(run);
        Assert.Equal(("site-content/roles/api.md", 4, 9), (error.File, error.Line, error.Column));
        Assert.Contains("templates/roles/fancy.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("templates/_default/fancy.html", error.Message, StringComparison.Ordinal);
    }
}
