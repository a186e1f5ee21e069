using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown;

/// <summary>
/// A Markdown link to a missing .md file whose name holds %00 made Path.GetRelativePath throw ("Null character in
/// path") while the broken-link diagnostic was written: the build died with an unhandled exception. Found by the long
/// property run (file names).
/// </summary>
public sealed class LinkWithNulTests : IDisposable
{
    private readonly TestSite _site = new();

    public LinkWithNulTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Link_with_an_escaped_nul_is_a_positioned_broken_link()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\nSee [x](a%00b.md).\n");
        FailedBuild.AssertFailsWith(_site, "site-content/guide.md:4:5: error: broken link 'a%00b.md'", "NUL");
    }
}
