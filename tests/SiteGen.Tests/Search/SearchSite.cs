using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// A small site with search on: every word the tests look for is made up, so it occurs exactly where the page puts it.
/// Chrome words sit in the base layout's header, nav and footer (outside main) and in nav, aside, script and
/// data-search-ignore elements inside main.
/// </summary>
public static class SearchSite
{
    public const string Base = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title>
        {{ if site.search.enabled }}<link rel="stylesheet" href="{{ site.search.style_url }}">{{ end }}</head>
        <body><header>headerchromeword <nav>navchromeword</nav></header>
        {{ if site.search.enabled }}<form role="search" hidden data-search-index="{{ site.search.index_url }}" data-results="{{ site.search.results }}"><input type="search" aria-label="Search"></form><script src="{{ site.search.script_url }}" defer></script>{{ end }}
        <main id="main">{{ main }}</main>
        <footer>footerchromeword</footer></body></html>
        """;

    public const string Page = """
        <h1>{{ page.title }}</h1>
        <nav aria-label="On this page">tocnavword</nav>
        <aside>asidechromeword</aside>
        <div data-search-ignore><p>ignoredblockword</p><div>ignorednestedword</div></div>
        <img src="data:," alt="" data-search-ignore>
        <p>afterimageword</p>
        <script>var scriptchromeword = "<p>";</script>
        {{ page.content }}
        """;

    public static TestSite Create(string searchOptions = "search:\n  sections: [docs]\n  exclude: [/docs/legal/*]\n  results: 5\n")
    {
        var site = new TestSite()
            .Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\n" + searchOptions)
            .Write("templates/_default/base.html", Base)
            .Write("templates/_default/page.html", Page)
            .Write("site-content/docs/_index.md", "---\ntitle: Docs\n---\nAll the documents.\n")
            .Write("site-content/docs/zebra.md", """
                ---
                title: Zebracorn Handbook
                ---
                Intro about Kubernetes and a café, with caf&eacute; spelled once more.

                ## Quokkafication steps

                Plain steps.

                Table: values

                | Name | Value |
                |------|-------|
                | tablecellword | 1 |

                ```
                codeblockword = 1
                ```

                ### Later part

                Text about C++ and node.js &amp; more.
                """)
            .Write("site-content/docs/other.md", "---\ntitle: Other page\n---\nAlso about Kubernetes, briefly.\n")
            .Write("site-content/docs/draft.md", "---\ntitle: Draft\ndraft: true\n---\ndraftonlyword\n")
            .Write("site-content/docs/private.md", "---\ntitle: Private\nsearch: false\n---\noptoutword\n")
            .Write("site-content/docs/legal/terms.md", "---\ntitle: Terms\n---\nexcludedword\n")
            .Write("site-content/blog/post.md", "---\ntitle: Post\n---\noutofsectionword\n")
            .Write("site-content/404.md", "---\ntitle: Not found\nurl: /404.html\n---\nnotfoundword\n");
        return site;
    }
}
