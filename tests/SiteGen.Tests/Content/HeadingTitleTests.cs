using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// A Markdown file without front matter that starts with a `# Title` line builds: the heading is the title and is
/// not printed twice; a file with neither front matter nor such a heading is a clear, positioned error.
/// </summary>
public sealed class HeadingTitleTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void First_heading_is_the_title_and_is_printed_once()
    {
        _site.Write("site-content/notes.md", "\n# The *C#* notes\n\nIntro, see [the other](other.md).\n\n## Part one\n\nText.\n");
        _site.Write("site-content/other.md", "# Other\nBack to [the notes](notes.md#part-one).\n");
        _site.BuildOk();
        var html = _site.Html("notes/index.html");
        Assert.Equal("The C# notes", html.Title);
        var headings = html.QuerySelectorAll("h1").Select(h => h.TextContent).ToList();
        Assert.Equal(["The C# notes"], headings);
        Assert.Equal("/other/", html.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Equal("Other", _site.Html("other/index.html").Title);
        Assert.Contains("<li><a href=\"/notes/\">The C# notes</a></li>", _site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Positions_in_a_page_without_front_matter_are_its_file_lines()
    {
        _site.BuildOk();
        _site.Write("site-content/notes.md", "# Notes\n\nA link to [nowhere](missing.md).\n");
        FailedBuild.AssertFailsWith(_site, "site-content/notes.md:3:11: error: broken link 'missing.md'");
    }

    [Theory]
    [InlineData("Just some text.\n", 1)]
    [InlineData("\n\n#NoSpace is not a heading\n", 3)]
    [InlineData("## A second-level heading\n", 1)]
    [InlineData("#\n\nEmpty heading.\n", 1)]
    public void Neither_front_matter_nor_a_title_heading_is_an_error(string text, int line)
    {
        _site.BuildOk();
        _site.Write("site-content/notes.md", text);
        FailedBuild.AssertFailsWith(_site,
            $"site-content/notes.md:{line}:1: error: a page must start with front matter (a `---` line, `title: ...`, then a closing `---` line) or with a `# Title` line");
    }
}
