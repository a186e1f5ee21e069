using SiteGen.Content;
using SiteGen.Markdown;

namespace SiteGen.Tests.Markdown;

/// <summary>The Markdown renderer on its own, in memory: exact HTML for the parts SiteGen writes itself.</summary>
public sealed class MarkdownRendererTests
{
    [Fact]
    public void A_captioned_table_gets_its_caption_and_scoped_header_cells()
    {
        var (html, diagnostics) = Render("""
            Before.

            Table: Prices & *sizes* "now"
            | Item | Price | Size |
            |:---|---:|:-:|
            | a | 1 | S |
            | b | 2 | `M` |

            After.
            """);
        Assert.Empty(diagnostics.Items);
        Assert.Equal("""
            <p>Before.</p>
            <table>
            <caption>Prices &amp; sizes &quot;now&quot;</caption>
            <thead>
            <tr>
            <th scope="col" style="text-align: left;">Item</th>
            <th scope="col" style="text-align: right;">Price</th>
            <th scope="col" style="text-align: center;">Size</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left;">a</td>
            <td style="text-align: right;">1</td>
            <td style="text-align: center;">S</td>
            </tr>
            <tr>
            <td style="text-align: left;">b</td>
            <td style="text-align: right;">2</td>
            <td style="text-align: center;"><code>M</code></td>
            </tr>
            </tbody>
            </table>
            <p>After.</p>

            """.ReplaceLineEndings("\n"), html);
    }

    [Fact]
    public void A_table_without_caption_is_rendered_plainly_and_warned_about_at_its_line()
    {
        var (html, diagnostics) = Render("Intro.\n\n| a |\n|---|\n| 1 |\n", bodyLine: 4);
        Assert.Equal("<p>Intro.</p>\n<table>\n<thead>\n<tr>\n<th scope=\"col\">a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n", html);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((Severity.Warning, "page.md", 6, 1), (warning.Severity, warning.File, warning.Line, warning.Column));
        Assert.StartsWith("table has no caption", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_html_tables_are_left_as_written()
    {
        var (html, _) = Render("Table: Markdown\n| a |\n|---|\n| 1 |\n\n<table><tr><th>raw</th></tr></table>\n");
        Assert.Contains("<table><tr><th>raw</th></tr></table>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">a</th>", html, StringComparison.Ordinal);
    }

    private static (string Html, DiagnosticBag Diagnostics) Render(string body, int bodyLine = 4)
    {
        var page = new Page
        {
            Kind = PageKind.Page,
            Path = "/page/",
            FrontMatter = new FrontMatter("Page", null, null, null, null, 0, false, null, null, true,
                new Dictionary<string, IReadOnlyList<string>>(), new Scriban.Runtime.ScriptObject()),
            SourceFile = "page.md",
            ContentPath = "page.md",
            Body = body,
            BodyLine = bodyLine,
        };
        var loaded = new ContentLoader.Loaded([page], new HashSet<string>(), new HashSet<string>());
        var links = new LinkResolver(new Dictionary<string, Page> { ["page.md"] = page }, loaded, p => p, "");
        var diagnostics = new DiagnosticBag();
        var rendered = new MarkdownRenderer(new MarkdownPipelines(), links).Render(page, diagnostics, []);
        return (System.Text.Encoding.UTF8.GetString(rendered.HtmlUtf8), diagnostics);
    }
}
