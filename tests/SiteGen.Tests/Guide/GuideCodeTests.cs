namespace SiteGen.Tests.Guide;

/// <summary>The guide's code samples (REST: a C# endpoint and its JSON; PostgreSQL: a SQL query) come out highlighted.</summary>
[Collection(RootGuideCollection.Name)]
public sealed class GuideCodeTests(RootGuideFixture guide)
{
    private readonly BuiltSite _site = guide.Site;

    [Theory]
    [InlineData("/skills/rest/", "csharp", "hl-f", "MapGet")]
    [InlineData("/skills/rest/", "json", "hl-p", "\"slug\"")]
    [InlineData("/skills/postgresql/", "sql", "hl-k", "SELECT")]
    public void Guide_code_samples_are_highlighted(string page, string language, string className, string text)
    {
        var code = _site.Page(page).QuerySelector($"pre > code.language-{language}");
        Assert.NotNull(code);
        Assert.Contains(code.QuerySelectorAll("." + className), span => span.TextContent == text);
        Assert.Empty(code.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void The_guide_builds_without_highlighting_warnings()
    {
        guide.Build.RequireSuccess();
        Assert.DoesNotContain("highlight", guide.Build.Stderr, StringComparison.Ordinal);
    }
}
