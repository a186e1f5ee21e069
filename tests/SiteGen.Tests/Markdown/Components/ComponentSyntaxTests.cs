using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Components;

/// <summary>Where a component call is recognised (inline, alone on a line, with Markdown inside, nested) and where it
/// never is (code spans, fenced and indented code, HTML comments, Hugo's `{{&lt;`), and the literal form.</summary>
public sealed class ComponentSyntaxTests : IDisposable
{
    private readonly TestSite _site = ComponentSite.Create();

    public void Dispose() => _site.Dispose();

    private AngleSharp.Dom.IElement Main(string markdown)
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n" + markdown);
        _site.BuildOk();
        return _site.Html("guide/index.html").Body!;
    }

    [Fact]
    public void Inline_call_renders_the_template_with_typed_arguments_page_and_site()
    {
        var body = Main("Pay is {{ badge(text=\"high\", count=3, share=1.5, strong=true) }} here.\n");
        var badge = Assert.Single(body.QuerySelectorAll("p > span.badge"));
        Assert.Equal("high", badge.TextContent);
        Assert.Equal("3", badge.GetAttribute("data-count"));
        Assert.Equal("1.5", badge.GetAttribute("data-share"));
        Assert.Equal("true", badge.GetAttribute("data-strong"));
        Assert.Equal("Guide", badge.GetAttribute("data-page"));
        Assert.Equal("Test Site", badge.GetAttribute("data-site"));
        Assert.Equal("Pay is high here.", badge.ParentElement!.TextContent);
    }

    [Fact]
    public void Defaults_fill_arguments_not_given()
    {
        var badge = Main("{{ badge(text=\"x\") }}\n").QuerySelector("span.badge")!;
        Assert.Equal("1", badge.GetAttribute("data-count"));
        Assert.Equal("false", badge.GetAttribute("data-strong"));
        Assert.Equal("", badge.GetAttribute("data-share"));
    }

    [Fact]
    public void Call_alone_on_a_line_is_a_block_not_wrapped_in_a_paragraph()
    {
        var body = Main("Before.\n\n{{ team() }}\n\nAfter.\n");
        var team = Assert.Single(body.QuerySelectorAll("p.team"));
        Assert.Equal("Lead: Ada", team.TextContent);
        Assert.Equal("main", team.ParentElement!.LocalName);
        Assert.Empty(body.QuerySelectorAll("p p"));
    }

    [Fact]
    public void Block_with_markdown_inside_renders_it_as_inner_and_nests()
    {
        var body = Main("{% note(title=\"Outer\") %}\nSome **bold** text.\n\n- one\n- two\n\n{% note(title=\"Inner\") %}\nDeep {{ badge(text=\"b\") }}.\n{% end %}\n{% end %}\n\nAfter.\n");
        var outer = body.QuerySelector("aside.note[aria-label=Outer]")!;
        Assert.Equal("bold", outer.QuerySelector(":scope > p > strong")!.TextContent);
        Assert.Equal(2, outer.QuerySelectorAll(":scope > ul > li").Length);
        var inner = outer.QuerySelector(":scope > aside.note[aria-label=Inner]")!;
        Assert.Equal("b", inner.QuerySelector("span.badge")!.TextContent);
        Assert.Equal("After.", body.QuerySelectorAll("p")[^1].TextContent);
    }

    [Fact]
    public void End_inside_a_fenced_example_in_a_block_does_not_close_it()
    {
        var body = Main("{% note() %}\n```markdown\n{% end %}\n```\nStill inside.\n{% end %}\n");
        var note = body.QuerySelector("aside.note")!;
        Assert.Equal("{% end %}\n", note.QuerySelector("pre > code")!.TextContent);
        Assert.Equal("Still inside.", note.QuerySelector(":scope > p")!.TextContent);
    }

    [Fact]
    public void Never_recognised_in_code_spans_fences_indented_code_or_html_comments()
    {
        var markdown = "Keys `{{ badge(text=\"span\") }}` and `{{<ArrowLeft>|<ArrowRight>}}`.\n\n" +
            "```\n{{ badge(text=\"fence\") }}\n{% note() %}\n```\n\n" +
            "    {{ badge(text=\"indented\") }}\n\n" +
            "<!--\n{{ badge(text=\"comment\") }}\n-->\n\n" +
            "Inline <!-- {{ badge(text=\"inline comment\") }} --> comment.\n";
        var body = Main(markdown);
        Assert.Empty(body.QuerySelectorAll("span.badge"));
        var codes = body.QuerySelectorAll("code").Select(c => c.TextContent).ToList();
        Assert.Contains("{{ badge(text=\"span\") }}", codes);
        Assert.Contains("{{<ArrowLeft>|<ArrowRight>}}", codes);
        Assert.Contains("{{ badge(text=\"fence\") }}\n{% note() %}\n", codes);
        Assert.Contains("{{ badge(text=\"indented\") }}\n", codes);
        var html = _site.ReadOutput("guide/index.html");
        Assert.Contains("<!--\n{{ badge(text=\"comment\") }}\n-->", html, StringComparison.Ordinal);
        Assert.Contains("<!-- {{ badge(text=\"inline comment\") }} -->", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Hugo_syntax_and_braces_that_start_no_call_stay_text()
    {
        var body = Main("Hugo {{< ref \"x\" >}}, empty {{ }}, triple {{{ badge(text=\"t\") }}}, JSON {\"a\": {\"b\": 1}}.\n");
        Assert.Empty(body.QuerySelectorAll("span.badge"));
        Assert.Equal("Hugo {{< ref \"x\" >}}, empty {{ }}, triple {{{ badge(text=\"t\") }}}, JSON {\"a\": {\"b\": 1}}.", body.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Literal_form_prints_the_call_itself()
    {
        var body = Main("Write {{/* badge(text=\"x\") */}} in a page.\n\n{%/* note(title=\"T\") */%}\n");
        Assert.Empty(body.QuerySelectorAll("span.badge, aside"));
        var paragraphs = body.QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.Contains("Write {{ badge(text=\"x\") }} in a page.", paragraphs);
        Assert.Contains("{% note(title=\"T\") %}", paragraphs);
    }

    [Fact]
    public void Component_output_is_escaped_like_any_template_value()
    {
        var badge = Main("{{ badge(text=\"<b>&\\\"q\") }}\n").QuerySelector("span.badge")!;
        Assert.Equal("<b>&\"q", badge.TextContent);
        Assert.Empty(badge.Children);
    }
}
