using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hosting;

/// <summary>_headers and _redirects, the files Netlify and Cloudflare Pages read from the output, and host_files in site.yml.</summary>
public sealed class HostFilesTests : IDisposable
{
    private const string Csp = "default-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private readonly TestSite _site = new();

    public HostFilesTests()
    {
        _site.Write("templates/_default/base.html", """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title>
            <link rel="stylesheet" href="{{ fingerprint "/css/a.css" }}"></head>
            <body><main id="main">{{ main }}</main></body></html>
            """);
        _site.Write("templates/static/css/a.css", "body { color: #222; }\n");
        _site.Write("site-content/docs/intro.md", "---\ntitle: Intro\naliases: [/start/, /old/intro.html]\n---\nHello.\n");
    }

    public void Dispose() => _site.Dispose();

    /// <summary>The _headers file as rules: path -> its header lines.</summary>
    private Dictionary<string, List<string>> Rules()
    {
        var rules = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in _site.ReadOutput("_headers").Split('\n'))
        {
            if (line.StartsWith('/'))
            {
                Assert.False(rules.ContainsKey(line), $"rule {line} is written twice");
                rules[line] = current = [];
            }
            else if (line.StartsWith("  ", StringComparison.Ordinal))
            {
                current!.Add(line.Trim());
            }
        }
        return rules;
    }

    [Fact]
    public void Headers_cache_fingerprinted_files_for_a_year_revalidate_pages_and_send_security_headers_everywhere()
    {
        _site.BuildOk();
        var css = _site.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var rules = Rules();

        Assert.Equal([$"Content-Security-Policy: {Csp}", "X-Content-Type-Options: nosniff", "Referrer-Policy: strict-origin-when-cross-origin"], rules["/*"]);
        Assert.Equal(["Cache-Control: public, max-age=31536000, immutable"], rules[css]);
        Assert.Equal(["Cache-Control: public, max-age=0, must-revalidate"], rules["/docs/*"]);
        Assert.Equal(["Cache-Control: public, max-age=0, must-revalidate"], rules["/"]);
        // No rule but the fingerprinted file's sets Cache-Control on a path under css/ (hosts combine overlapping rules).
        Assert.DoesNotContain(rules.Keys, k => k.StartsWith("/css/", StringComparison.Ordinal) && k != css);
        Assert.Equal(1, rules.Count(r => r.Value.Any(h => h.StartsWith("Cache-Control", StringComparison.Ordinal)) && (r.Key == css || r.Key == "/css/*")));
    }

    [Fact]
    public void Redirects_send_each_alias_to_its_page_with_the_base_path()
    {
        _site.BuildOk("--base-url", "https://example.org/guide/");

        var lines = _site.ReadOutput("_redirects").Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'));

        Assert.Equal(["/guide/old/intro.html /guide/docs/intro/ 301", "/guide/start/ /guide/docs/intro/ 301"], lines);
        Assert.StartsWith("/guide/*\n", _site.ReadOutput("_headers").Split('\n', 2)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_aliases_there_is_no_redirects_file()
    {
        _site.Write("site-content/docs/intro.md", "---\ntitle: Intro\n---\nHello.\n");

        _site.BuildOk();

        Assert.False(_site.OutputExists("_redirects"));
        Assert.True(_site.OutputExists("_headers"));
    }

    [Fact]
    public void Host_files_false_writes_neither_file()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nhost_files: false\n");

        _site.BuildOk();

        Assert.False(_site.OutputExists("_headers"));
        Assert.False(_site.OutputExists("_redirects"));
    }

    [Fact]
    public void Each_file_can_be_turned_off_and_the_policy_replaced()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nhost_files:\n  redirects: false\n  content_security_policy: \"default-src 'self' https://cdn.example.org\"\n");

        _site.BuildOk();

        Assert.False(_site.OutputExists("_redirects"));
        Assert.Contains("Content-Security-Policy: default-src 'self' https://cdn.example.org\n", _site.ReadOutput("_headers"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sites_own_static_files_win()
    {
        _site.Write("site-content/static/_headers", "/*\n  X-Mine: yes\n");
        _site.Write("site-content/static/_redirects", "/a /b 302\n");

        _site.BuildOk();

        Assert.Equal("/*\n  X-Mine: yes\n", _site.ReadOutput("_headers"));
        Assert.Equal("/a /b 302\n", _site.ReadOutput("_redirects"));
    }

    [Fact]
    public void A_page_written_where_headers_go_is_an_error_naming_the_way_out()
    {
        _site.BuildOk();
        _site.Write("site-content/headers.md", "---\ntitle: Headers\nurl: /_headers\n---\nText.\n");

        FailedBuild.AssertFailsWith(_site, "site-content/headers.md:1:1: error: this page would be written to _headers/index.html, where SiteGen writes _headers", "host_files: { headers: false }");
    }

    [Theory]
    [InlineData("/_headers/", "_headers", "headers")]
    [InlineData("/_redirects/old/", "_redirects", "redirects")]
    public void An_alias_written_where_a_host_file_goes_is_an_error_at_the_alias(string alias, string name, string key)
    {
        _site.BuildOk();
        _site.Write("site-content/moved.md", $"---\ntitle: Moved\naliases:\n  - {alias}\n---\nText.\n");

        FailedBuild.AssertFailsWith(_site, $"site-content/moved.md:4:5: error: alias {alias} would be written to", $"where SiteGen writes {name}", $"host_files: {{ {key}: false }}");
    }

    [Fact]
    public void An_unknown_host_files_key_is_an_error_at_its_line()
    {
        _site.BuildOk();
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nhost_files:\n  header: false\n");

        FailedBuild.AssertFailsWith(_site, "site-content/site.yml:4:3: error:", "host_files");
    }
}
