using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>An unknown layout of a data page was reported as `site-content/site.yml: error: ...` with no line; found
/// by the long property run. It now points at the data_pages entry.</summary>
public sealed class DataPageLayoutPositionTests : IDisposable
{
    private readonly TestSite _site = new();

    public DataPageLayoutPositionTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Unknown_layout_of_a_data_page_names_its_data_pages_entry()
    {
        _site.Write("site-content/data/people.yml", "- { name: Ada, slug: ada }\n");
        _site.Write("site-content/site.yml",
            "title: Test Site\nbase_url: https://example.org/\ndata_pages:\n  - { source: people, url: \"/people/{slug}/\", title: \"{name}\", layout: fancy }\n");
        FailedBuild.AssertFailsWith(_site, "site-content/site.yml:4:1: error: unknown layout 'fancy'");
    }
}
