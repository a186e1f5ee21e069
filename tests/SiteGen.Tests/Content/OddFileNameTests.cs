using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>File names the property tests found mishandled.</summary>
public sealed class OddFileNameTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>On Linux and macOS a backslash is an ordinary character of a file name; SiteGen turned it into a folder
    /// separator and then could not read the file ("cannot read file: Could not find a part of the path").</summary>
    [Fact]
    public void Page_with_a_backslash_in_its_name_builds_on_unix()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "a backslash separates folders on Windows");
        _site.Write("site-content/a\\b.md", "---\ntitle: Backslash\n---\nBody\n");
        _site.BuildOk();
        Assert.Contains("Backslash", _site.ReadOutput("a-b/index.html"), StringComparison.Ordinal);
    }

    /// <summary>A static file with a backslash in its name was copied to a subfolder (a\b.txt to a/b.txt), so a link
    /// to it, escaped as a browser sends it (a%5Cb.txt), failed the link check.</summary>
    [Fact]
    public void Static_file_with_a_backslash_in_its_name_keeps_its_name_on_unix()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "a backslash separates folders on Windows");
        _site.Write("site-content/static/a\\b.txt", "text");
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n[file](/a%5Cb.txt)\n");
        _site.BuildOk();
        Assert.True(_site.OutputExists("a\\b.txt"));
    }

    /// <summary>A newline or terminal escape in a file name or a value is shown escaped: the report stays one line per
    /// diagnostic and cannot drive the terminal.</summary>
    [Fact]
    public void Control_characters_in_a_diagnostic_are_escaped()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows file names cannot hold a newline");
        _site.BuildOk();
        _site.Write("site-content/new\nline.md", "---\ntitle: T\nlayout: \"fancy\\e[31m\"\n---\nBody\n");
        var run = FailedBuild.AssertFailsWith(_site, "site-content/new\\u000Aline.md:3:9: error: unknown layout 'fancy\\u001B[31m'");
        Assert.DoesNotContain('\u001B', run.Stderr);
    }
}
