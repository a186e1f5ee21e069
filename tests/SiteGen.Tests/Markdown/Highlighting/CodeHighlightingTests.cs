using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Highlighting;

/// <summary>Fenced code with a language is highlighted at build time with seven classes (README, "Highlighted code").</summary>
public sealed partial class CodeHighlightingTests : IDisposable
{
    private static readonly string[] Classes = ["hl-c", "hl-k", "hl-s", "hl-n", "hl-f", "hl-t", "hl-p"];

    // Line numbers matter: the fortran77 fence is line 22 of the file.
    private const string CodePage = """
        ---
        title: Code
        ---
        Intro.

        ```csharp
        app.MapGet("/roles/{id}", (int id) => Results.Ok(id)); // one role
        ```

        ```sql
        SELECT name FROM roles WHERE id = 42;
        ```

        ```json
        { "role": "backend", "min": 52000, "remote": true }
        ```

        ```bash
        echo "$HOME" # home
        ```

        ```fortran77
        x = 1
        ```

        ```text
        plain <b> & "quoted"
        ```

        ```none
        if x then y
        ```

        ```
        no language & < > "
        ```

        """;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Code_in_known_languages_gets_class_spans_and_no_inline_style()
    {
        _site.Write("site-content/code.md", CodePage);
        _site.BuildOk();
        var page = _site.Html("code/index.html");

        var csharp = page.QuerySelector("pre > code.language-csharp")!;
        Assert.Equal("// one role", csharp.QuerySelector(".hl-c")!.TextContent);
        Assert.Equal("\"/roles/{id}\"", csharp.QuerySelector(".hl-s")!.TextContent);
        Assert.Contains(csharp.QuerySelectorAll(".hl-k"), k => k.TextContent == "int");
        Assert.Contains(csharp.QuerySelectorAll(".hl-f"), f => f.TextContent == "MapGet");

        var sql = page.QuerySelector("pre > code.language-sql")!;
        Assert.Contains(sql.QuerySelectorAll(".hl-k"), k => k.TextContent == "SELECT");
        Assert.Contains(sql.QuerySelectorAll(".hl-n"), n => n.TextContent == "42");

        var json = page.QuerySelector("pre > code.language-json")!;
        Assert.Contains(json.QuerySelectorAll(".hl-p"), p => p.TextContent == "\"role\"");
        Assert.Contains(json.QuerySelectorAll(".hl-s"), s => s.TextContent == "\"backend\"");
        Assert.Contains(json.QuerySelectorAll(".hl-n"), n => n.TextContent == "52000");
        Assert.Contains(json.QuerySelectorAll(".hl-n"), n => n.TextContent == "true");

        var bash = page.QuerySelector("pre > code.language-bash")!;
        Assert.Contains(bash.QuerySelectorAll(".hl-f"), f => f.TextContent == "echo");
        Assert.Contains(bash.QuerySelectorAll(".hl-c"), c => c.TextContent == "# home");

        // Only spans with one of the seven classes, nothing styled inline, and the text is the source's.
        foreach (var code in new[] { csharp, sql, json, bash })
        {
            Assert.All(code.Children, span => Assert.True(span.LocalName == "span" && Classes.Contains(span.ClassName), span.OuterHtml));
        }
        Assert.Empty(page.QuerySelectorAll("[style]"));
        // Keyboard users can scroll a block wider than the screen, highlighted or not (PlainCodeTabStopTests).
        Assert.Equal(8, page.QuerySelectorAll("pre[tabindex='0']").Length);
        Assert.Equal("SELECT name FROM roles WHERE id = 42;\n", sql.TextContent);
        Assert.Equal("{ \"role\": \"backend\", \"min\": 52000, \"remote\": true }\n", json.TextContent);
    }

    [Fact]
    public void Unknown_language_is_plain_code_with_one_warning_at_its_fence()
    {
        _site.Write("site-content/code.md", CodePage);
        var run = _site.BuildOk();

        var warnings = run.Stderr.Split('\n').Where(l => l.Contains("warning:", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.StartsWith("site-content/code.md:22:1: warning: no highlighting for language 'fortran77'", warning, StringComparison.Ordinal);
        var fortran = _site.Html("code/index.html").QuerySelector("pre > code.language-fortran77")!;
        Assert.Empty(fortran.Children);
        Assert.Equal("x = 1\n", fortran.TextContent);
    }

    [Fact]
    public void Text_none_and_no_language_stay_plain_without_a_warning()
    {
        _site.Write("site-content/code.md", CodePage);
        var run = _site.BuildOk();

        var page = _site.Html("code/index.html");
        foreach (var code in new[] { page.QuerySelector("code.language-text")!, page.QuerySelector("code.language-none")!, page.QuerySelectorAll("pre > code")[^1] })
        {
            Assert.Empty(code.Children);
        }
        Assert.DoesNotContain("'text'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("'none'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("<pre tabindex=\"0\"><code>no language &amp; &lt; &gt; &quot;\n</code></pre>", _site.ReadOutput("code/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Highlighting_only_adds_spans_to_what_highlight_false_writes()
    {
        _site.Write("site-content/code.md", CodePage);
        _site.Write("site-content/plain.md", "---\ntitle: Plain\n---\nNo code here, `inline` only.\n\n    indented code\n");
        _site.BuildOk();
        var highlighted = _site.Snapshot();

        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nhighlight: false\n");
        var run = _site.BuildOk();
        var plain = _site.Snapshot();

        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"hl-", System.Text.Encoding.UTF8.GetString(plain["code/index.html"]), StringComparison.Ordinal);
        Assert.Equal(highlighted.Keys, plain.Keys);
        foreach (var (path, bytes) in plain)
        {
            var withSpans = System.Text.Encoding.UTF8.GetString(highlighted[path]);
            Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes), Spans().Replace(withSpans, ""));
        }
        Assert.NotEqual(plain["code/index.html"], highlighted["code/index.html"]);
        Assert.Equal(plain["plain/index.html"], highlighted["plain/index.html"]);
    }

    [Fact]
    public void A_comment_left_open_in_one_block_does_not_colour_the_next()
    {
        _site.Write("site-content/code.md", "---\ntitle: Code\n---\n```csharp\n/* never closed\n```\n\n```csharp\nvar open = 1;\n```\n\n```csharp\n/* never closed\n```\n");
        _site.BuildOk();

        var blocks = _site.Html("code/index.html").QuerySelectorAll("pre > code");
        Assert.Equal("/* never closed", blocks[0].QuerySelector(".hl-c")!.TextContent);
        Assert.Null(blocks[1].QuerySelector(".hl-c"));
        Assert.Equal("var", blocks[1].QuerySelector(".hl-k")!.TextContent);
        Assert.Equal(blocks[0].InnerHtml, blocks[2].InnerHtml);
    }

    [Fact]
    public void A_block_comes_out_the_same_whatever_other_pages_the_build_highlights()
    {
        const string Block = "```csharp\n/* opens\n   closes */ var s = \"x /* y\";\n// note\nreturn s; /*\n*/ int n = 1;\n```\n";
        _site.Write("site-content/code.md", "---\ntitle: Code\n---\n" + Block);
        _site.BuildOk();
        var alone = _site.Html("code/index.html").QuerySelector("pre > code")!.InnerHtml;

        // The same lines in other states (inside a comment, inside a string) on many pages, highlighted in parallel.
        for (var i = 0; i < 60; i++)
        {
            var prefix = (i % 3) switch { 0 => "/*\n", 1 => "var t = @\"\n", _ => "" };
            _site.Write($"site-content/other-{i}.md", $"---\ntitle: Other {i}\n---\n```csharp\n{prefix}   closes */ var s = \"x /* y\";\n// note\nreturn s; /*\n```\n\n{Block}");
        }
        _site.BuildOk();

        Assert.Equal(alone, _site.Html("code/index.html").QuerySelector("pre > code")!.InnerHtml);
        Assert.All(Enumerable.Range(0, 60), i => Assert.Equal(alone, _site.Html($"other-{i}/index.html").QuerySelectorAll("pre > code")[1].InnerHtml));
        var comments = _site.Html("code/index.html").QuerySelectorAll(".hl-c").Select(c => c.TextContent).ToList();
        Assert.Equal(["/* opens", "   closes */", "// note", "/*", "*/"], comments);
    }

    [Fact]
    public void Language_names_are_found_by_alias_and_extension_in_any_case()
    {
        _site.Write("site-content/code.md", "---\ntitle: Code\n---\n```CS\nvar x = 1;\n```\n\n```sh\necho hi\n```\n\n```yml\nkey: 1\n```\n\n```C#\nvar y = 2;\n```\n");
        var run = _site.BuildOk();

        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
        Assert.All(_site.Html("code/index.html").QuerySelectorAll("pre > code"), code => Assert.NotEmpty(code.QuerySelectorAll("span")));
    }

    [Fact]
    public void A_huge_line_is_left_plain_with_a_warning()
    {
        _site.Write("site-content/code.md", "---\ntitle: Code\n---\n```json\n[" + string.Join(",", Enumerable.Repeat("1", 3000)) + "]\n```\n");
        var run = _site.BuildOk();

        Assert.Contains("site-content/code.md:4:1: warning: code block too large to highlight", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_site.Html("code/index.html").QuerySelector("pre > code")!.Children);
    }

    [Fact]
    public void Timings_show_the_highlight_figure_only_when_highlighting_is_on()
    {
        _site.Write("site-content/code.md", CodePage);
        Assert.Matches(@"markdown stage, summed over its threads: highlight \d+ ms, waiting for a grammar \d+ ms", _site.BuildOk("--timings").Stdout);

        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nhighlight: false\n");
        Assert.DoesNotContain("highlight", _site.BuildOk("--timings").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_highlight_value_that_is_not_true_or_false_is_an_error_at_its_line()
    {
        _site.BuildOk();
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nhighlight: sometimes\n");

        FailedBuild.AssertFailsWith(_site, "site-content/site.yml:3:12: error: 'highlight' must be true or false, not 'sometimes'");
    }

    [GeneratedRegex("<span class=\"hl-[cksnftp]\">|</span>")]
    private static partial Regex Spans();
}
