using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown;

/// <summary>GitHub's alert syntax (`> [!NOTE]` ...) becomes an accessible callout (README, "Callouts").</summary>
public sealed class CalloutTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Each_kind_is_a_note_labelled_by_its_visible_title_with_a_hidden_icon()
    {
        _site.Write("site-content/notes.md", """
            ---
            title: Notes
            ---
            > [!NOTE]
            > Useful information.

            > [!TIP]
            > Helpful advice.

            > [!IMPORTANT]
            > Key information.

            > [!WARNING]
            > Urgent information.

            > [!CAUTION]
            > Risks ahead, with a [link](other.md).
            """);
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\nText.\n");
        _site.BuildOk();

        var html = _site.Html("notes/index.html");
        var callouts = html.QuerySelectorAll("main .callout").ToList();
        Assert.Equal(["Note", "Tip", "Important", "Warning", "Caution"], callouts.Select(c => c.QuerySelector(".callout-title")!.TextContent));
        Assert.Equal(["callout-note", "callout-tip", "callout-important", "callout-warning", "callout-caution"], callouts.Select(c => c.ClassList[1]));
        foreach (var callout in callouts)
        {
            Assert.Equal("note", callout.GetAttribute("role"));
            var title = html.GetElementById(callout.GetAttribute("aria-labelledby")!);
            Assert.NotNull(title);
            Assert.Same(callout, title.ParentElement);
            var icon = title.QuerySelector("svg")!;
            Assert.Equal("true", icon.GetAttribute("aria-hidden"));
            Assert.Equal("", icon.TextContent);
        }
        Assert.Equal(5, callouts.Select(c => c.GetAttribute("aria-labelledby")).Distinct().Count());
        Assert.Empty(html.QuerySelectorAll("main blockquote"));
        Assert.Equal("Useful information.", callouts[0].QuerySelector("p:not(.callout-title)")!.TextContent);
        // Markdown inside a callout is Markdown as anywhere else: its .md links are rewritten.
        Assert.Equal("/other/", callouts[4].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Kind_is_read_in_any_case_as_on_GitHub()
    {
        _site.Write("site-content/notes.md", "---\ntitle: Notes\n---\n> [!tip]\n> Lower case works too.\n");
        _site.BuildOk();

        var callout = _site.Html("notes/index.html").QuerySelector("main .callout-tip");
        Assert.NotNull(callout);
        Assert.Equal("Tip", callout.QuerySelector(".callout-title")!.TextContent);
    }

    [Fact]
    public void Title_ids_never_clash_with_heading_ids()
    {
        _site.Write("site-content/notes.md", "---\ntitle: Notes\n---\n> [!NOTE]\n> First.\n\n## Callout 1\n\n## Callout 2\n\n> [!TIP]\n> Second.\n");
        _site.BuildOk();

        var html = _site.Html("notes/index.html");
        var ids = html.QuerySelectorAll("main [id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("callout-1", ids);
        foreach (var callout in html.QuerySelectorAll("main .callout"))
        {
            Assert.Contains("callout-title", html.GetElementById(callout.GetAttribute("aria-labelledby")!)!.ClassName, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_kind_stays_a_plain_quote_as_written_with_a_warning_at_the_marker()
    {
        _site.Write("site-content/notes.md", "---\ntitle: Notes\n---\nIntro.\n\n> [!DANGER]\n> Is this a thing?\n");
        var run = _site.BuildOk();

        var warning = Assert.Single(ReportedDiagnostic.Parse(run.Stderr), d => d.Kind == "warning");
        Assert.Equal(("site-content/notes.md", 6, 3), (warning.File, warning.Line, warning.Column));
        Assert.Contains("unknown callout '[!DANGER]'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("NOTE, TIP, IMPORTANT, WARNING or CAUTION", warning.Message, StringComparison.Ordinal);
        var html = _site.Html("notes/index.html");
        Assert.Empty(html.QuerySelectorAll("main .callout"));
        var quote = html.QuerySelector("main blockquote")!;
        Assert.Equal("[!DANGER]\nIs this a thing?", quote.TextContent.Trim());
    }

    [Fact]
    public void Text_on_the_marker_line_keeps_a_plain_quote_as_GitHub_does()
    {
        _site.Write("site-content/notes.md", "---\ntitle: Notes\n---\n> [!NOTE] on the same line\n");
        var run = _site.BuildOk();

        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);
        var html = _site.Html("notes/index.html");
        Assert.Empty(html.QuerySelectorAll("main .callout"));
        Assert.Equal("[!NOTE] on the same line", html.QuerySelector("main blockquote")!.TextContent.Trim());
    }
}
