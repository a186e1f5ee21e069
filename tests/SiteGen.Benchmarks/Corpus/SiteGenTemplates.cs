namespace SiteGen.Benchmarks.Corpus;

/// <summary>
/// The corpus's SiteGen templates (Scriban). <see cref="HugoTemplates"/> prints the same HTML from Hugo's templates:
/// a nav of 10 links, the page's date, section, tags, table of contents and content; listings of pages per section
/// and per tag; a list of all tags with their counts.
/// </summary>
public static class SiteGenTemplates
{
    /// <summary>The base template, with the search box and its script and stylesheet when <paramref name="search"/>
    /// is true (shown only when <c>site.search.enabled</c>, so the same template builds with <c>search: false</c>).</summary>
    public static string BaseTemplate(bool search) => search
        ? Base.Replace("<!-- search head -->\n", SearchHead, StringComparison.Ordinal)
            .Replace("<!-- search box -->\n", SearchBox, StringComparison.Ordinal)
        : Base.Replace("<!-- search head -->\n", "", StringComparison.Ordinal)
            .Replace("<!-- search box -->\n", "", StringComparison.Ordinal);

    /// <summary>The box as search-spec.md describes it: a hidden form that search.js shows and drives.</summary>
    private const string SearchBox =
        """
        {{~ if site.search.enabled ~}}
        <form role="search" class="site-search" data-search-index="{{ site.search.index_url }}" hidden>
        <label for="site-search-input">Search</label>
        <input id="site-search-input" type="search" name="q" autocomplete="off" placeholder="Search">
        </form>
        {{~ end ~}}

        """;

    private const string SearchHead =
        """
        {{~ if site.search.enabled ~}}
        <link rel="stylesheet" href="{{ site.search.style_url }}">
        <script src="{{ site.search.script_url }}" defer></script>
        {{~ end ~}}

        """;

    private const string Base =
        """
        <!doctype html>
        <html lang="{{ site.language }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ page.title }} | {{ site.title }}</title>
        <meta name="description" content="{{ page.description }}">
        <link rel="canonical" href="{{ page.permalink }}">
        <link rel="stylesheet" href="{{ rel_url "/css/site.css" }}">
        <!-- search head -->
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header">
        <a class="site-title" href="{{ rel_url "/" }}">{{ site.title }}</a>
        <nav aria-label="Main">
        <ul>
        {{~ for item in site.menus.main ~}}
        <li><a href="{{ item.url }}">{{ item.name }}</a></li>
        {{~ end ~}}
        </ul>
        </nav>
        <!-- search box -->
        </header>
        <main id="main">
        {{ main }}
        </main>
        <footer class="site-footer"><p>{{ site.title }}: generated pages for timing site generators.</p></footer>
        </body>
        </html>

        """;

    public const string Page =
        """
        <article class="page">
        <header>
        <h1>{{ page.title }}</h1>
        <p class="meta"><time datetime="{{ page.date }}">{{ page.date }}</time> in <a href="{{ page.section.url }}">{{ page.section.title }}</a></p>
        <ul class="tags">
        {{~ for tag in page.terms.tags ~}}
        <li><a href="{{ tag.url }}">{{ tag.title }}</a></li>
        {{~ end ~}}
        </ul>
        </header>
        <nav class="toc" aria-label="On this page">
        <h2>On this page</h2>
        {{ page.toc_html }}
        </nav>
        <div class="content">
        {{ page.content }}
        </div>
        </article>

        """;

    public const string List =
        """
        <article class="list">
        <h1>{{ page.title }}</h1>
        <div class="content">
        {{ page.content }}
        </div>
        {{~ if page.sections.size > 0 ~}}
        <h2>Sections</h2>
        <ul class="sections">
        {{~ for section in page.sections ~}}
        <li><a href="{{ section.url }}">{{ section.title }}</a>: {{ section.description }}</li>
        {{~ end ~}}
        </ul>
        {{~ end ~}}
        {{~ if page.pages.size > 0 ~}}
        <h2>Pages</h2>
        <ul class="pages">
        {{~ for item in page.pages ~}}
        <li><a href="{{ item.url }}">{{ item.title }}</a> <time datetime="{{ item.date }}">{{ item.date }}</time><br>{{ item.description }}</li>
        {{~ end ~}}
        </ul>
        {{~ end ~}}
        </article>

        """;

    public const string Term =
        """
        <article class="list term">
        <h1>Pages tagged “{{ page.title }}”</h1>
        <ul class="pages">
        {{~ for item in page.pages ~}}
        <li><a href="{{ item.url }}">{{ item.title }}</a> <time datetime="{{ item.date }}">{{ item.date }}</time><br>{{ item.description }}</li>
        {{~ end ~}}
        </ul>
        </article>

        """;

    public const string Taxonomy =
        """
        <article class="list taxonomy">
        <h1>{{ page.title }}</h1>
        <ul class="terms">
        {{~ for term in page.pages ~}}
        <li><a href="{{ term.url }}">{{ term.title }}</a> ({{ term.pages.size }})</li>
        {{~ end ~}}
        </ul>
        </article>

        """;
}
