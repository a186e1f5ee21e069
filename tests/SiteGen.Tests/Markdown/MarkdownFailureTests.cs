using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown;

/// <summary>
/// Issue 10, case 5: Markdown that Markdig refuses (its nesting limit) used to stop the build with a stack trace naming
/// no file; now it is an error naming the page and the line, and the build still reports every other error.
/// </summary>
public sealed class MarkdownFailureTests : IDisposable
{
    private readonly TestSite _site = new();

    public MarkdownFailureTests()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n## Start here\n\nRead on.\n");
        var first = _site.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
    }

    public void Dispose() => _site.Dispose();

    public static TheoryData<string> TooDeep() => new()
    {
        new string('>', 200) + " quoted",
        new string('[', 130),
        string.Concat(Enumerable.Repeat("- ", 50_000)) + "item",
        string.Concat(Enumerable.Repeat("**", 5_000)) + "x" + string.Concat(Enumerable.Repeat("**", 5_000)),
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Markdown_nested_too_deep_is_an_error_on_its_page_and_line(string deepLine)
    {
        // The deep line is line 6 of the file: three lines of front matter, a paragraph, a blank line.
        _site.Write("site-content/deep.md", "---\ntitle: Deep\n---\nFine so far.\n\n" + deepLine + "\n\nAfter.\n");
        var run = FailedBuild.AssertFailsWith(_site, "site-content/deep.md:6:1: error: nesting too deep", "simplify");
        Assert.DoesNotContain("   at ", run.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_errors_of_the_build_are_still_reported()
    {
        _site.Write("site-content/deep.md", "---\ntitle: Deep\n---\n" + new string('>', 200) + "\n")
            .Write("site-content/deeper.md", "---\ntitle: Deeper\n---\n" + new string('[', 200) + "\n")
            .Write("site-content/guide.md", "---\ntitle: Guide\n---\nSee [nothing](missing.md).\n")
            .Write("site-content/untitled.md", "---\ndescription: no title\n---\nBody\n");
        var run = FailedBuild.AssertFailsWith(_site,
            "site-content/deep.md:4:1: error: nesting too deep",
            "site-content/deeper.md:4:1: error: nesting too deep",
            "site-content/guide.md:4:5: error: broken link 'missing.md'",
            "site-content/untitled.md:2:1: error: front matter needs a non-empty `title:`");
        Assert.Contains("4 errors", run.Stderr, StringComparison.Ordinal);
    }
}
