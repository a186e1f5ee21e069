using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>A small site with a section, a partial, a data file and a draft, for serve and incremental tests.</summary>
public static class ServeSite
{
    public static TestSite Create()
    {
        var site = new TestSite();
        site.Write("site-content/site.yml", "title: Serve Test\nbase_url: https://example.org/\ntaxonomies: [tags]\nmenus:\n  main:\n    - { name: Notes, url: /notes/, weight: 1 }\n")
            .Write("site-content/notes/_index.md", "---\ntitle: Notes\n---\nAll notes.\n")
            .Write("site-content/notes/alpha.md", "---\ntitle: Alpha\nweight: 1\ntags: [x]\n---\n## Alpha body\n\nFirst note. See [beta](beta.md).\n")
            .Write("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\nSecond note.\n")
            .Write("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nThird note.\n")
            .Write("site-content/wip.md", "---\ntitle: Work in progress\ndraft: true\n---\nSoon.\n")
            .Write("site-content/data/team.yml", "lead: Ada\n")
            .Write("templates/partials/footer.html", "<footer>Lead: {{ site.data.team.lead }}</footer>")
            .Write("templates/_default/base.html", "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ page.title }}</title></head>\n<body><nav>{{ for m in site.menus.main }}<a href=\"{{ m.url }}\">{{ m.name }}</a>{{ end }}</nav><main>{{ main }}</main>{{ include \"partials/footer.html\" }}</body></html>\n")
            .Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>{{ page.content }}{{ if page.next }}<a rel=\"next\" href=\"{{ page.next.url }}\">{{ page.next.title }}</a>{{ end }}");
        return site;
    }
}
