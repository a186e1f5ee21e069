using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Components;

/// <summary>A test site with three components: an inline `badge`, a `note` that wraps Markdown, and `team` that reads data.</summary>
public static class ComponentSite
{
    public const string Badge = "---\ndescription: A small label\nargs:\n  text: { type: string, required: true }\n  count: { type: integer, default: 1 }\n  share: { type: number }\n  strong: { type: bool, default: false }\nbody: none\n---\n<span class=\"badge\" data-count=\"{{ args.count }}\" data-share=\"{{ args.share }}\" data-strong=\"{{ args.strong }}\" data-page=\"{{ page.title }}\" data-site=\"{{ site.title }}\">{{ args.text }}</span>\n";

    public const string Note = "---\nargs:\n  title: { type: string, default: Note }\nbody: required\n---\n<aside class=\"note\" aria-label=\"{{ args.title }}\">\n{{ inner }}\n</aside>\n";

    public const string Team = "---\nargs: {}\nbody: none\n---\n<p class=\"team\">Lead: {{ site.data.team.lead }}</p>\n";

    public static TestSite Create()
    {
        var site = new TestSite();
        site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n<nav class=\"toc\">{{ page.toc_html }}</nav>\n{{ page.content }}")
            .Write("templates/components/badge.html", Badge)
            .Write("templates/components/note.html", Note)
            .Write("templates/components/team.html", Team)
            .Write("site-content/data/team.yml", "lead: Ada\n")
            .Write("site-content/other.md", "---\ntitle: Other\n---\n## Details\n\nOther page.\n");
        return site;
    }
}
