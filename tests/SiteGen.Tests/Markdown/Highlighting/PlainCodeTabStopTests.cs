using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Highlighting;

/// <summary>
/// Every code block is a tab stop (<c>&lt;pre tabindex="0"&gt;</c>), not only highlighted ones: a block wider than the
/// screen scrolls sideways, and a keyboard user can only scroll what can take focus (axe: scrollable-region-focusable).
/// </summary>
public sealed class PlainCodeTabStopTests : IDisposable
{
    private const string Page = "---\ntitle: Code\n---\nIntro.\n\n```\nno language & <b>\n```\n\n```text\nplain text\n```\n\n```fortran77\nx = 1\n```\n\n    indented code\n\n```sql\nSELECT 1;\n```\n";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Blocks_without_a_language_plain_text_unknown_languages_and_indented_code_are_tab_stops()
    {
        _site.Write("site-content/code.md", Page);
        _site.BuildOk();
        var html = _site.ReadOutput("code/index.html");

        Assert.Contains("<pre tabindex=\"0\"><code>no language &amp; &lt;b&gt;\n</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre tabindex=\"0\"><code class=\"language-text\">plain text\n</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre tabindex=\"0\"><code class=\"language-fortran77\">x = 1\n</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre tabindex=\"0\"><code>indented code\n</code></pre>", html, StringComparison.Ordinal);
        var blocks = _site.Html("code/index.html").QuerySelectorAll("pre");
        Assert.Equal(5, blocks.Length);
        Assert.All(blocks, pre => Assert.Equal("0", pre.GetAttribute("tabindex")));
    }

    [Fact]
    public void With_highlight_false_every_block_is_still_a_tab_stop()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nhighlight: false\n");
        _site.Write("site-content/code.md", Page);
        _site.BuildOk();
        var blocks = _site.Html("code/index.html").QuerySelectorAll("pre");
        Assert.Equal(5, blocks.Length);
        Assert.All(blocks, pre => Assert.Equal("0", pre.GetAttribute("tabindex")));
        Assert.Empty(_site.Html("code/index.html").QuerySelectorAll("[class^='hl-']"));
    }
}
