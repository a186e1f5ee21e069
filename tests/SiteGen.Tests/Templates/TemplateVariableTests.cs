using SiteGen.Tests.Support;

namespace SiteGen.Tests.Templates;

/// <summary>The template variables and functions of the README's reference, each on a small site.</summary>
public sealed class TemplateVariableTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Quotes_and_apostrophes_are_escaped_inside_attributes()
    {
        const string title = "Say \"hi\" & it's <fine>";
        _site.Write("site-content/a.md", "---\ntitle: 'Say \"hi\" & it''s <fine>'\n---\nBody\n")
            .Write("templates/_default/page.html", "<h1 title=\"{{ page.title }}\" data-single='{{ page.title }}'>{{ page.title }}</h1>");
        _site.BuildOk();

        var h1 = _site.Html("a/index.html").QuerySelector("h1")!;
        Assert.Equal(title, h1.GetAttribute("title"));
        Assert.Equal(title, h1.GetAttribute("data-single"));
        Assert.Equal(title, h1.TextContent);
        Assert.Equal(["title", "data-single"], h1.Attributes.Select(a => a.Name));
        var html = _site.ReadOutput("a/index.html");
        Assert.Contains("&quot;hi&quot;", html, StringComparison.Ordinal);
        Assert.Contains("it&#39;s", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_page_returns_the_page_at_a_url()
    {
        _site.Write("site-content/roles/_index.md", "---\ntitle: Roles\n---\n")
            .Write("site-content/roles/api.md", "---\ntitle: API Developer\n---\nA\n")
            .Write("templates/_default/home.html", "{{ api = site.get_page \"/roles/api/\" }}<h1>{{ page.title }}</h1><a class=\"api\" href=\"{{ api.url }}\">{{ api.title }}</a><p class=\"roles\">{{ (site.get_page \"/roles/\").kind }}</p>");
        _site.BuildOk();

        var home = _site.Html("index.html");
        Assert.Equal("API Developer", home.QuerySelector("a.api")!.TextContent);
        Assert.Equal("/roles/api/", home.QuerySelector("a.api")!.GetAttribute("href"));
        Assert.Equal("section", home.QuerySelector("p.roles")!.TextContent);
    }

    [Fact]
    public void Get_page_of_a_missing_url_is_an_error_at_the_template_line()
    {
        _site.Write("templates/_default/home.html", "<h1>{{ page.title }}</h1>\n<p>{{ (site.get_page \"/nowhere/\").title }}</p>\n");
        var before = _site.Snapshot();

        var run = _site.Build();

        Assert.Equal(1, run.ExitCode);
        var error = ReportedDiagnostic.SingleError(run);
        Assert.Equal(("templates/_default/home.html", 2), (error.File, error.Line));
        Assert.True(error.Column > 1, run.ToString());
        Assert.Contains("'/nowhere/'", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Keys, _site.Snapshot().Keys);
    }

    [Fact]
    public void Rel_url_and_abs_url_add_the_base_path_and_the_base_url()
    {
        _site.Write("site-content/site.yml", "title: T\nbase_url: https://example.org/guide/\n")
            .Write("templates/_default/home.html", """
                <h1>{{ page.title }}</h1>
                <p class="rel-root">{{ rel_url "/css/site.css" }}</p>
                <p class="rel-relative">{{ rel_url "css/site.css" }}</p>
                <p class="abs-root">{{ abs_url "/roles/" }}</p>
                <p class="abs-relative">{{ abs_url "roles/" }}</p>
                <p class="base-path">{{ site.base_path }}</p>
                <p class="base-url">{{ site.base_url }}</p>
                <p class="permalink">{{ page.permalink }}</p>
                """);
        _site.BuildOk();

        var home = _site.Html("index.html");
        string Text(string selector) => home.QuerySelector(selector)!.TextContent;
        Assert.Equal("/guide/css/site.css", Text(".rel-root"));
        Assert.Equal("/guide/css/site.css", Text(".rel-relative"));
        Assert.Equal("https://example.org/guide/roles/", Text(".abs-root"));
        Assert.Equal("https://example.org/guide/roles/", Text(".abs-relative"));
        Assert.Equal("/guide", Text(".base-path"));
        Assert.Equal("https://example.org/guide/", Text(".base-url"));
        Assert.Equal("https://example.org/guide/", Text(".permalink"));
    }

    [Fact]
    public void Page_sections_lists_the_child_sections_and_site_sections_every_section_and_taxonomy_index()
    {
        _site.Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\ntaxonomies: [tags]\n")
            .Write("site-content/roles/_index.md", "---\ntitle: Roles\nweight: 2\n---\n")
            .Write("site-content/roles/api.md", "---\ntitle: API Developer\ntags: [backend]\n---\nA\n")
            .Write("site-content/roles/senior/_index.md", "---\ntitle: Senior Roles\n---\n")
            .Write("site-content/skills/_index.md", "---\ntitle: Skills\nweight: 1\n---\n")
            .Write("site-content/about.md", "---\ntitle: About\n---\nA\n")
            .Write("templates/_default/list.html", "<h1>{{ page.title }}</h1><ul class=\"sections\">{{ for s in page.sections }}<li>{{ s.path }}</li>{{ end }}</ul><ul class=\"all\">{{ for s in site.sections }}<li>{{ s.path }}</li>{{ end }}</ul>");
        _site.BuildOk();

        string[] Items(string file, string list) => [.. _site.Html(file).QuerySelectorAll(list + " li").Select(li => li.TextContent)];
        Assert.Equal(["/skills/", "/roles/", "/tags/"], Items("index.html", ".sections"));
        Assert.Equal(["/roles/senior/"], Items("roles/index.html", ".sections"));
        Assert.Empty(Items("skills/index.html", ".sections"));
        Assert.Equal(["/roles/", "/roles/senior/", "/skills/", "/tags/"], Items("index.html", ".all"));
    }

    [Fact]
    public void Site_taxonomies_lists_each_taxonomys_terms_sorted_by_url()
    {
        _site.Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\ntaxonomies: [skills, tags]\n")
            .Write("site-content/a.md", "---\ntitle: A\nskills: [Python, Go]\ntags: [backend]\n---\nA\n")
            .Write("site-content/b.md", "---\ntitle: B\nskills: [python]\n---\nB\n")
            .Write("templates/_default/home.html", """
                <h1>{{ page.title }}</h1>
                <ul class="skills">{{ for t in site.taxonomies.skills }}<li><a href="{{ t.url }}" data-slug="{{ t.term.slug }}" data-count="{{ t.pages.size }}">{{ t.term.name }}</a></li>{{ end }}</ul>
                <ul class="tags">{{ for t in site.taxonomies.tags }}<li>{{ t.title }}</li>{{ end }}</ul>
                """);
        _site.BuildOk();

        var links = _site.Html("index.html").QuerySelectorAll(".skills a").ToList();
        Assert.Equal(["/skills/go/", "/skills/python/"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["go", "python"], links.Select(a => a.GetAttribute("data-slug")));
        Assert.Equal(["Go", "Python"], links.Select(a => a.TextContent));
        Assert.Equal(["1", "2"], links.Select(a => a.GetAttribute("data-count")));
        Assert.Equal(["backend"], _site.Html("index.html").QuerySelectorAll(".tags li").Select(li => li.TextContent));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(200, 1)]
    [InlineData(201, 2)]
    [InlineData(450, 3)]
    public void Reading_minutes_count_200_words_a_minute_rounded_up(int words, int minutes)
    {
        var body = string.Join(' ', Enumerable.Repeat("word", words));
        _site.Write("site-content/a.md", $"---\ntitle: A\n---\n{body}\n")
            .Write("templates/_default/page.html", "<h1>{{ page.title }}</h1><p class=\"words\">{{ page.word_count }}</p><p class=\"minutes\">{{ page.reading_minutes }}</p>");
        _site.BuildOk();

        var page = _site.Html("a/index.html");
        Assert.Equal(words.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".words")!.TextContent);
        Assert.Equal(minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".minutes")!.TextContent);
    }

    [Fact]
    public void Date_and_updated_are_given_as_yyyy_mm_dd_or_null()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\ndate: 2024-03-05\nupdated: 2025-11-30\n---\nA\n")
            .Write("site-content/b.md", "---\ntitle: B\n---\nB\n")
            .Write("templates/_default/page.html", "<h1>{{ page.title }}</h1><p class=\"date\">{{ page.date ?? \"none\" }}</p><p class=\"updated\">{{ page.updated ?? \"none\" }}</p>");
        _site.BuildOk();

        Assert.Equal("2024-03-05", _site.Html("a/index.html").QuerySelector(".date")!.TextContent);
        Assert.Equal("2025-11-30", _site.Html("a/index.html").QuerySelector(".updated")!.TextContent);
        Assert.Equal("none", _site.Html("b/index.html").QuerySelector(".date")!.TextContent);
        Assert.Contains("<lastmod>2025-11-30</lastmod>", _site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }
}
