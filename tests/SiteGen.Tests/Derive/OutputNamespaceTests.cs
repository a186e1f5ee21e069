using System.Net;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Derive;

/// <summary>
/// Every output path, generated or not, is one namespace: two sources claiming one file (or a file where another needs
/// a folder, or paths that differ only in letter case) fail the build with an error naming both, at the page's
/// `url:`/`slug:` line or the static file, and leave the output as it was. serve reports the clash instead of crashing.
/// </summary>
public sealed class OutputNamespaceTests : IDisposable
{
    private readonly TestSite _site = new();

    public OutputNamespaceTests()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\ntaxonomies: [tags]\n")
            .Write("site-content/about.md", "---\ntitle: About\ntags: [go]\n---\nAbout us.\n")
            .Write("templates/static/css/site.css", "body{}");
        _site.BuildOk();
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Builds after the bad change: exit code 1, every expected fragment in stderr, an untouched output, and no
    /// write error from the staging folder (the clash is found before anything is written).</summary>
    private BuildRun AssertFailsWith(params string[] expected)
    {
        var run = FailedBuild.AssertFailsWith(_site, expected);
        Assert.DoesNotContain("already exists", run.All, StringComparison.Ordinal);
        return run;
    }

    [Fact]
    public void A_static_sitemap_clashes_with_the_generated_one()
    {
        _site.Write("site-content/static/sitemap.xml", "<urlset/>");
        AssertFailsWith("site-content/static/sitemap.xml: error: the generated sitemap.xml and the static file site-content/static/sitemap.xml both write sitemap.xml");
    }

    [Fact]
    public void A_page_at_the_sitemap_url_is_reported_at_its_url_line()
    {
        _site.Write("site-content/map.md", "---\ntitle: Map\nurl: /sitemap.xml\n---\nBody\n");
        AssertFailsWith("site-content/map.md:3:1: error: the generated sitemap.xml and the page site-content/map.md at /sitemap.xml (`url:`) both write sitemap.xml",
            "give the page another `url:` or `slug:`");
    }

    [Fact]
    public void A_page_at_the_robots_url_is_told_how_to_replace_robots_txt()
    {
        _site.Write("site-content/robots.md", "---\ntitle: Robots\ndescription: x\nurl: /robots.txt\n---\nBody\n");
        AssertFailsWith("site-content/robots.md:4:1: error: the generated robots.txt and the page site-content/robots.md at /robots.txt (`url:`) both write robots.txt",
            "put your own robots.txt in static/");
    }

    [Theory]
    [InlineData("robots.txt", "the generated robots.txt writes the file robots.txt")]
    [InlineData("sitemap.xml", "the generated sitemap.xml writes the file sitemap.xml")]
    [InlineData("index.html", "the page site-content/_index.md at / writes the file index.html")]
    public void A_slug_that_makes_a_folder_of_an_output_file_is_an_error(string slug, string file)
    {
        _site.Write("site-content/odd.md", $"---\ntitle: Odd\nslug: {slug}\n---\nBody\n");
        AssertFailsWith($"site-content/odd.md:3:1: error: {file}",
            $"but the page site-content/odd.md at /{slug}/ (`slug:`) writes {slug}/index.html, which needs {slug}/ to be a folder");
    }

    [Fact]
    public void A_static_file_at_a_pages_index_html_names_both()
    {
        _site.Write("site-content/static/about/index.html", "<p>old about page</p>");
        AssertFailsWith("site-content/about.md:1:1: error: the static file site-content/static/about/index.html and the page site-content/about.md at /about/ both write about/index.html",
            "rename or remove the static file");
    }

    [Fact]
    public void A_static_file_under_a_generated_term_page_names_the_term()
    {
        _site.Write("site-content/static/tags/go/index.html", "<p>go</p>");
        AssertFailsWith("site-content/static/tags/go/index.html: error: the static file site-content/static/tags/go/index.html and the generated page of the tags term 'go' both write tags/go/index.html");
    }

    [Fact]
    public void A_data_page_over_a_static_file_is_reported_at_its_data_pages_entry()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\ndata_pages:\n  - source: team.people\n    url: /people/{slug}/\n    title: \"{name}\"\n    layout: page\n")
            .Write("site-content/data/team.yml", "people:\n  - { slug: ada, name: Ada }\n")
            .Write("site-content/static/people/ada/index.html", "<p>Ada</p>");
        AssertFailsWith("site-content/site.yml:4:5: error: the static file site-content/static/people/ada/index.html and the data page /people/ada/ (data_pages in site.yml) both write people/ada/index.html",
            "change the `url:` pattern of that data_pages entry");
    }

    [Fact]
    public void Paths_that_differ_only_in_case_are_one_file_on_a_case_insensitive_file_system()
    {
        _site.Write("site-content/shout.md", "---\ntitle: Shout\nurl: /ABOUT/\n---\nBody\n");
        AssertFailsWith("site-content/shout.md:3:1: error: the page site-content/shout.md at /ABOUT/ (`url:`) writes ABOUT/index.html and the page site-content/about.md at /about/ writes about/index.html: one file on a case-insensitive file system (Windows, macOS)");
    }

    [Fact]
    public void Static_files_that_differ_only_in_case_are_one_file_on_a_case_insensitive_file_system()
    {
        _site.Write("site-content/static/CSS/site.css", "body{color:red}");
        AssertFailsWith("templates/static/css/site.css: error: the static file site-content/static/CSS/site.css writes CSS/site.css and the static file templates/static/css/site.css writes css/site.css: one file on a case-insensitive file system (Windows, macOS)");
    }

    [Fact]
    public void Every_clash_of_one_build_is_reported_together()
    {
        _site.Write("site-content/static/sitemap.xml", "<urlset/>")
            .Write("site-content/robots.md", "---\ntitle: Robots\nurl: /robots.txt\n---\nBody\n")
            .Write("site-content/broken.md", "---\ntitle: Broken\nweight: heavy\n---\nBody\n");
        var run = AssertFailsWith("site-content/static/sitemap.xml: error:", "site-content/robots.md:3:1: error:", "site-content/broken.md:3:9: error:");
        Assert.Contains("3 errors", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_static_robots_txt_replaces_the_generated_one()
    {
        _site.Write("site-content/static/robots.txt", "User-agent: *\nDisallow: /private/\n");
        _site.BuildOk();
        Assert.Equal("User-agent: *\nDisallow: /private/\n", _site.ReadOutput("robots.txt"));
    }

    [Fact]
    public void The_contents_static_file_overrides_the_templates_one_at_the_same_path()
    {
        _site.Write("site-content/static/css/site.css", "body{color:red}");
        _site.BuildOk();
        Assert.Equal("body{color:red}", _site.ReadOutput("css/site.css"));
    }

    [Fact]
    public async Task Serve_starts_and_shows_the_clash_instead_of_crashing()
    {
        _site.Write("site-content/map.md", "---\ntitle: Map\nurl: /sitemap.xml\n---\nBody\n");
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await using var server = await DevServer.StartAsync(options, "127.0.0.1", 0, TextWriter.Null).WaitAsync(timeout.Token);
        var error = Assert.Single(server.Site!.Errors);
        Assert.Equal(("site-content/map.md", 3, 1), (error.File, error.Line, error.Column));
        Assert.Contains("the generated sitemap.xml and the page site-content/map.md at /sitemap.xml (`url:`) both write sitemap.xml", error.Message, StringComparison.Ordinal);

        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };
        var response = await http.GetAsync("/", timeout.Token);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("site-content/map.md:3:1", await response.Content.ReadAsStringAsync(timeout.Token), StringComparison.Ordinal);
    }
}
