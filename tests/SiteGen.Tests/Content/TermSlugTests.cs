using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// A taxonomy term without a letter or digit has an empty slug, so its term page claimed the taxonomy index's URL; found
/// by the property tests. Before the fix the build failed with "writing output failed: the file tags/index.html already
/// exists" and named no source; now the term is a positioned error.
/// </summary>
public sealed class TermSlugTests : IDisposable
{
    private readonly TestSite _site = new();

    public TermSlugTests()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\ntaxonomies: [tags]\n");
        _site.BuildOk();
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("[\"\"]", "''", 8)]
    [InlineData("[go, \"😀\"]", "'😀'", 12)]
    [InlineData("[\"-\"]", "'-'", 8)]
    public void Term_without_letters_or_digits_is_a_positioned_error(string tags, string shown, int column)
    {
        _site.Write("site-content/guide.md", $"---\ntitle: Guide\ntags: {tags}\n---\nBody\n");
        FailedBuild.AssertFailsWith(_site, $"site-content/guide.md:3:{column}: error: term {shown} of 'tags' has no letter or digit");
    }

    /// <summary>string.Normalize throws on the noncharacter U+FFFE, which YAML lets through: the slug of such a term
    /// crashed the build (found by the long property run).</summary>
    [Fact]
    public void Term_with_a_noncharacter_is_a_positioned_error_not_a_crash()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\ntags: [\"\\uFFFE\", \"a\\uFFFEb\"]\n---\nBody\n");
        FailedBuild.AssertFailsWith(_site, "site-content/guide.md:3:8: error: term '", "has no letter or digit");
    }

    [Fact]
    public void Terms_with_letters_still_make_term_pages()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\ntags: [Go, naïve]\n---\nBody\n");
        _site.BuildOk();
        Assert.True(_site.OutputExists("tags/go/index.html"));
        Assert.True(_site.OutputExists("tags/naive/index.html"));
    }

    [Fact]
    public void Terms_that_differ_by_plus_or_sharp_get_pages_of_their_own()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\ntags: [C, \"C#\", \"C++\"]\n---\nBody\n");
        _site.BuildOk();
        Assert.Equal("C", _site.Html("tags/c/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("C#", _site.Html("tags/c-sharp/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("C++", _site.Html("tags/c-plus-plus/index.html").QuerySelector("h1")!.TextContent);
    }
}
