using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Front matter without `title` takes the first-level heading the text starts with as the title (printed once), as a
/// page without front matter does; a setext heading (`Title` underlined with `===`) counts as one in both cases.
/// </summary>
public sealed class TitleFallbackTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("---\ndate: 2024-05-01\n---\n\n# The *C#* notes\n\nBody text.\n")]
    [InlineData("+++\ndate = 2024-05-01\n+++\n# The *C#* notes\nBody text.\n")]
    [InlineData("---\ndate: 2024-05-01\n---\nThe *C#* notes\n==============\n\nBody text.\n")]
    [InlineData("---\n---\nThe *C#*\nnotes\n===\nBody text.\n")]
    [InlineData("\nThe *C#* notes\n===\n\nBody text.\n")]
    public void The_first_heading_is_the_title_and_is_printed_once(string text)
    {
        _site.Write("site-content/notes.md", text);
        _site.BuildOk();
        var html = _site.Html("notes/index.html");
        Assert.Equal("The C# notes", html.Title);
        Assert.Equal(["The C# notes"], html.QuerySelectorAll("h1").Select(h => h.TextContent));
        Assert.Equal("Body text.", html.QuerySelector("main p")!.TextContent);
    }

    [Fact]
    public void Positions_after_a_title_heading_are_file_lines()
    {
        _site.BuildOk();
        _site.Write("site-content/notes.md", "---\nweight: 1\n---\nNotes\n=====\n\nA link to [nowhere](missing.md).\n");
        FailedBuild.AssertFailsWith(_site, "site-content/notes.md:7:11: error: broken link 'missing.md'");
    }

    [Theory]
    [InlineData("---\nweight: 1\n---\nJust text.\n# Late heading\n", "site-content/notes.md:2:1: error: front matter needs a non-empty `title:`, or the text must start with a `# Title` heading")]
    [InlineData("---\n---\n## Second level\n", "site-content/notes.md:2:1: error: front matter is empty; it needs at least `title: ...`, or the text must start with a `# Title` heading")]
    [InlineData("+++\nweight = 1\n+++\nText.\n", "site-content/notes.md:2:1: error: front matter needs a non-empty `title`, or the text must start with a `# Title` heading")]
    [InlineData("Text\n---\n", "site-content/notes.md:1:1: error: a page must start with front matter")]
    public void Neither_title_nor_heading_is_a_positioned_error(string text, string expected)
    {
        _site.BuildOk();
        _site.Write("site-content/notes.md", text);
        FailedBuild.AssertFailsWith(_site, expected);
    }
}
