namespace SiteGen.Benchmarks.Corpus;

/// <summary>Hugo layouts that print the same HTML as <see cref="SiteGenTemplates"/>.</summary>
public static class HugoTemplates
{
    public const string BaseOf =
        """
        <!doctype html>
        <html lang="{{ .Site.LanguageCode }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} | {{ .Site.Title }}</title>
        <meta name="description" content="{{ .Description }}">
        <link rel="canonical" href="{{ .Permalink }}">
        <link rel="stylesheet" href="{{ "css/site.css" | relURL }}">
        </head>
        <body>
        <a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header">
        <a class="site-title" href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
        <nav aria-label="Main">
        <ul>
        {{- range .Site.Menus.main }}
        <li><a href="{{ .URL }}">{{ .Name }}</a></li>
        {{- end }}
        </ul>
        </nav>
        </header>
        <main id="main">
        {{ block "main" . }}{{ end }}
        </main>
        <footer class="site-footer"><p>{{ .Site.Title }}: generated pages for timing site generators.</p></footer>
        </body>
        </html>

        """;

    public const string Single =
        """
        {{ define "main" }}
        <article class="page">
        <header>
        <h1>{{ .Title }}</h1>
        <p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time> in {{ with .Parent }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</p>
        <ul class="tags">
        {{- range .GetTerms "tags" }}
        <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{- end }}
        </ul>
        </header>
        <nav class="toc" aria-label="On this page">
        <h2>On this page</h2>
        {{ .TableOfContents }}
        </nav>
        <div class="content">
        {{ .Content }}
        </div>
        </article>
        {{ end }}

        """;

    public const string List =
        """
        {{ define "main" }}
        <article class="list">
        <h1>{{ .Title }}</h1>
        <div class="content">
        {{ .Content }}
        </div>
        {{- with .Sections }}
        <h2>Sections</h2>
        <ul class="sections">
        {{- range . }}
        <li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ .Description }}</li>
        {{- end }}
        </ul>
        {{- end }}
        {{- with .RegularPages }}
        <h2>Pages</h2>
        <ul class="pages">
        {{- range . }}
        <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time><br>{{ .Description }}</li>
        {{- end }}
        </ul>
        {{- end }}
        </article>
        {{ end }}

        """;

    /// <summary>The tags index (/tags/): Hugo's "taxonomy" kind.</summary>
    public const string Terms =
        """
        {{ define "main" }}
        <article class="list taxonomy">
        <h1>{{ .Title }}</h1>
        <ul class="terms">
        {{- range .Data.Terms.Alphabetical }}
        <li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
        {{- end }}
        </ul>
        </article>
        {{ end }}

        """;

    /// <summary>One tag's page (/tags/caching/): Hugo's "term" kind.</summary>
    public const string Taxonomy =
        """
        {{ define "main" }}
        <article class="list term">
        <h1>Pages tagged “{{ .Title }}”</h1>
        <ul class="pages">
        {{- range .Pages }}
        <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time><br>{{ .Description }}</li>
        {{- end }}
        </ul>
        </article>
        {{ end }}

        """;
}
