using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>
/// An href with a '|' in raw HTML or a template (`<a href="b|c">`) made System.Uri throw ("A Dos path must be rooted"),
/// and the build died with an unhandled exception; found by the fuzzer (links target). A browser sends '|' as %7C.
/// </summary>
public sealed class PipeInLinkTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Link_with_a_pipe_to_an_existing_file_builds()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows file names cannot hold '|'");
        _site.Write("site-content/static/b|c.txt", "text");
        _site.Write("site-content/_index.md", "---\ntitle: Home\n---\n<a href=\"b|c.txt\">raw</a>\n");
        _site.BuildOk();
        Assert.True(_site.OutputExists("b|c.txt"));
    }

    [Fact]
    public void Link_with_a_pipe_to_nothing_is_a_broken_link_not_a_crash()
    {
        _site.BuildOk();
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n<a href=\"b|c\">raw</a>\n");
        FailedBuild.AssertFailsWith(_site, "error: broken link", "'b|c'");
    }
}
