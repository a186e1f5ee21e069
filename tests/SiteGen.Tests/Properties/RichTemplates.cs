namespace SiteGen.Tests.Properties;

/// <summary>Templates that print most of what a page offers (menus, breadcrumbs, table of contents, neighbours, terms,
/// canonical URL, a stylesheet), so generated content reaches every link the templates make.</summary>
public static class RichTemplates
{
    public const string Base = """
        <!doctype html>
        <html lang="{{ site.language }}"><head><meta charset="utf-8"><title>{{ page.title }} | {{ site.title }}</title>
        <link rel="stylesheet" href="{{ rel_url "/css/site.css" }}"><link rel="canonical" href="{{ page.permalink }}">
        <meta name="description" content="{{ page.description }}"></head>
        <body><nav>{{ for item in site.menus.main }}<a href="{{ item.url }}">{{ item.name }}</a> {{ end }}</nav>
        <ol class="crumbs">{{ for p in page.breadcrumbs }}<li><a href="{{ p.url }}">{{ p.title }}</a></li>{{ end }}</ol>
        <main id="main">{{ main }}</main>
        <footer>{{ if page.prev }}<a rel="prev" href="{{ page.prev.url }}">{{ page.prev.title }}</a>{{ end }}
        {{ if page.next }}<a rel="next" href="{{ page.next.url }}">{{ page.next.title }}</a>{{ end }}
        <a href="{{ abs_url "/" }}">home</a> <a href="#top">top</a></footer></body></html>
        """;

    public const string Page = """
        <article><h1>{{ page.title }}</h1>
        {{ if page.toc.size > 0 }}<nav class="toc">{{ page.toc_html }}</nav>{{ end }}
        {{ page.content }}
        <p>{{ page.word_count }} words, {{ page.reading_minutes }} min{{ if page.date }}, {{ page.date }}{{ end }}</p>
        {{ if page.section }}<a href="{{ page.section.url }}">{{ page.section.title }}</a>{{ end }}
        </article>
        """;

    public const string List = """
        <h1>{{ page.title }}</h1>
        {{ page.content }}
        <ul class="pages">{{ for p in page.pages }}<li><a href="{{ p.url }}">{{ p.title }}</a> {{ p.description }}</li>{{ end }}</ul>
        <ul class="sections">{{ for s in page.sections }}<li><a href="{{ s.url }}">{{ s.title }}</a></li>{{ end }}</ul>
        """;

    public const string Term = """
        <h1>{{ page.title }} ({{ page.term.name }})</h1>
        <ul>{{ for p in page.pages }}<li><a href="{{ p.url }}">{{ p.title }}</a></li>{{ end }}</ul>
        """;
}
