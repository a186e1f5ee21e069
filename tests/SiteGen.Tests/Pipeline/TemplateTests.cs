using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

public sealed class TemplateTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Layout_is_chosen_by_front_matter_then_section_then_default()
    {
        _site.Write("templates/roles/page.html", "<h1 class=\"role\">{{ page.title }}</h1>")
            .Write("templates/_default/special.html", "<h1 class=\"special\">{{ page.title }}</h1>")
            .Write("site-content/roles/a.md", "---\ntitle: A\n---\nA\n")
            .Write("site-content/roles/b.md", "---\ntitle: B\nlayout: special\n---\nB\n")
            .Write("site-content/c.md", "---\ntitle: C\n---\nC\n");
        _site.BuildOk();
        Assert.NotNull(_site.Html("roles/a/index.html").QuerySelector("h1.role"));
        Assert.NotNull(_site.Html("roles/b/index.html").QuerySelector("h1.special"));
        Assert.Null(_site.Html("c/index.html").QuerySelector("h1.role, h1.special"));
    }

    [Fact]
    public void Content_and_data_values_are_escaped_but_markdown_html_is_not()
    {
        _site.Write("site-content/a.md", "---\ntitle: \"Fish & <Chips>\"\nparams:\n  note: \"<script>alert(1)</script>\"\n---\n**bold**\n")
            .Write("templates/_default/page.html", "<h1>{{ page.title }}</h1><p class=\"note\">{{ page.params.note }}</p>{{ page.content }}<div class=\"raw\">{{ raw \"<em>ok</em>\" }}</div>");
        _site.BuildOk();
        var html = _site.ReadOutput("a/index.html");
        Assert.Contains("Fish &amp; &lt;Chips&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"raw\"><em>ok</em></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Partials_are_included_unescaped()
    {
        _site.Write("templates/partials/nav.html", "<nav aria-label=\"Main\">{{ for m in site.menus.main }}<a href=\"{{ m.url }}\">{{ m.name }}</a>{{ end }}</nav>")
            .Write("templates/_default/base.html", "<!doctype html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>{{ include \"partials/nav.html\" }}<main>{{ main }}</main></body></html>")
            .Write("site-content/site.yml", "title: T\nbase_url: https://example.org/sub/\nmenus:\n  main:\n    - { name: B, url: /b/, weight: 2 }\n    - { name: A, url: /a/, weight: 1 }\n")
            .Write("site-content/a.md", "---\ntitle: A\n---\nA\n")
            .Write("site-content/b.md", "---\ntitle: B\n---\nB\n");
        _site.BuildOk();
        var links = _site.Html("a/index.html").QuerySelectorAll("nav a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/sub/a/", "/sub/b/"], links);
    }

    [Fact]
    public void Pages_see_breadcrumbs_prev_next_and_toc()
    {
        _site.Write("site-content/roadmap/_index.md", "---\ntitle: Roadmap\n---\nStages.\n")
            .Write("site-content/roadmap/one.md", "---\ntitle: One\nweight: 1\n---\n## First\n\n### Detail\n\n## Second\n")
            .Write("site-content/roadmap/two.md", "---\ntitle: Two\nweight: 2\n---\nTwo\n")
            .Write("templates/_default/page.html", """
                <h1>{{ page.title }}</h1>
                <ol class="crumbs">{{ for c in page.breadcrumbs }}<li><a href="{{ c.url }}">{{ c.title }}</a></li>{{ end }}</ol>
                <nav class="toc">{{ page.toc_html }}</nav>
                {{ page.content }}
                {{ if page.prev }}<a class="prev" href="{{ page.prev.url }}">{{ page.prev.title }}</a>{{ end }}
                {{ if page.next }}<a class="next" href="{{ page.next.url }}">{{ page.next.title }}</a>{{ end }}
                """);
        _site.BuildOk();
        var one = _site.Html("roadmap/one/index.html");
        Assert.Equal(["Home", "Roadmap"], one.QuerySelectorAll(".crumbs a").Select(a => a.TextContent));
        Assert.Equal(["First", "Detail", "Second"], one.QuerySelectorAll(".toc a").Select(a => a.TextContent));
        Assert.NotNull(one.QuerySelector(".toc > ol > li > ol > li > a[href='#detail']"));
        Assert.Null(one.QuerySelector("a.prev"));
        Assert.Equal("/roadmap/two/", one.QuerySelector("a.next")!.GetAttribute("href"));
        Assert.Equal("/roadmap/one/", _site.Html("roadmap/two/index.html").QuerySelector("a.prev")!.GetAttribute("href"));
    }

    [Fact]
    public void Data_files_are_available_as_site_data()
    {
        _site.Write("site-content/data/team.yml", "people:\n  - name: Ada\n  - name: Grace\n")
            .Write("site-content/data/nested/deep.yml", "answer: 42\n")
            .Write("templates/_default/list.html", "<h1>{{ page.title }}</h1><ul>{{ for p in site.data.team.people }}<li>{{ p.name }}</li>{{ end }}</ul><p>{{ site.data.nested.deep.answer }}</p>");
        _site.BuildOk();
        var home = _site.Html("index.html");
        Assert.Equal(["Ada", "Grace"], home.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal("42", home.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Taxonomy_terms_get_pages_merged_with_their_markdown()
    {
        _site.Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\ntaxonomies: [skills]\n")
            .Write("site-content/roles/_index.md", "---\ntitle: Roles\n---\n")
            .Write("site-content/roles/api.md", "---\ntitle: API Developer\nskills: [python, PostgreSQL]\n---\nA\n")
            .Write("site-content/roles/data.md", "---\ntitle: Database Engineer\nskills: [postgresql]\n---\nD\n")
            .Write("site-content/skills/python.md", "---\ntitle: Python\n---\nPython is **friendly**.\n")
            .Write("templates/_default/term.html", "<h1>{{ page.title }}</h1>{{ page.content }}<ul class=\"roles\">{{ for p in page.pages }}<li><a href=\"{{ p.url }}\">{{ p.title }}</a></li>{{ end }}</ul>")
            .Write("templates/_default/page.html", "<h1>{{ page.title }}</h1><ul class=\"skills\">{{ for s in page.terms.skills }}<li><a href=\"{{ s.url }}\">{{ s.title }}</a></li>{{ end }}</ul>");
        _site.BuildOk();
        var python = _site.Html("skills/python/index.html");
        Assert.Equal("Python", python.QuerySelector("h1")!.TextContent);
        Assert.Equal("friendly", python.QuerySelector("strong")!.TextContent);
        Assert.Equal(["API Developer"], python.QuerySelectorAll(".roles a").Select(a => a.TextContent));
        var postgres = _site.Html("skills/postgresql/index.html");
        Assert.Equal(["API Developer", "Database Engineer"], postgres.QuerySelectorAll(".roles a").Select(a => a.TextContent));
        Assert.Equal(["Python", "PostgreSQL"], _site.Html("roles/api/index.html").QuerySelectorAll(".skills a").Select(a => a.TextContent));
        Assert.True(_site.OutputExists("skills/index.html"));
    }

    [Fact]
    public void Data_pages_are_made_from_data_entries()
    {
        _site.Write("site-content/site.yml", """
                title: T
                base_url: https://example.org/
                data_pages:
                  - source: places.cities
                    url: /cities/{slug}/
                    title: "Living in {name}"
                    layout: city
                """)
            .Write("site-content/data/places.yml", "cities:\n  - { slug: paris, name: Paris, people: 2100000 }\n  - { slug: oslo, name: Oslo, people: 700000 }\n")
            .Write("templates/_default/city.html", "<h1>{{ page.title }}</h1><p>{{ money page.data.people \"{amount} people\" }}</p>");
        _site.BuildOk();
        var paris = _site.Html("cities/paris/index.html");
        Assert.Equal("Living in Paris", paris.QuerySelector("h1")!.TextContent);
        Assert.Equal("2,100,000 people", paris.QuerySelector("p")!.TextContent);
        Assert.True(_site.OutputExists("cities/oslo/index.html"));
    }

    [Fact]
    public void Json_ld_is_safe_inside_a_script_element()
    {
        _site.Write("templates/_default/list.html", "<h1>x</h1><script type=\"application/ld+json\">{{ json_ld { name: \"</script><b>\", n: 5 } }}</script>");
        _site.BuildOk();
        var html = _site.ReadOutput("index.html");
        var script = _site.Html("index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</script", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        Assert.DoesNotContain("<b>", script, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(script);
        Assert.Equal("</script><b>", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("n").GetInt32());
    }

    [Fact]
    public void A_template_link_to_a_missing_page_is_a_broken_link_error()
    {
        _site.Write("templates/_default/list.html", "<h1>x</h1><a href=\"/nowhere/\">x</a><a href=\"#nope\">y</a>");
        var run = _site.Build();
        Assert.Equal(1, run.ExitCode);
        var errors = ReportedDiagnostic.Parse(run.Stderr).Where(d => d.Kind == "error").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("index.html", e.File));
        Assert.Contains("'/nowhere/'", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("site-content/_index.md", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("'#nope'", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_template_error_hit_by_many_pages_is_reported_once()
    {
        for (var i = 1; i <= 5; i++)
        {
            _site.Write($"site-content/p{i}.md", $"---\ntitle: P{i}\n---\nBody\n");
        }
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n{{ page.nope }}\n");
        var run = _site.Build();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("templates/_default/page.html:2:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("(while rendering /p1/, /p2/, /p3/ and 2 more pages)", run.Stderr, StringComparison.Ordinal);
        Assert.Single(ReportedDiagnostic.Parse(run.Stderr), d => d.Kind == "error");
        Assert.Contains("Build failed: 1 error,", run.Stderr, StringComparison.Ordinal);
    }
}
