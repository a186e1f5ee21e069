using SiteGen.Markdown;

namespace SiteGen.Tests.Markdown;

public sealed class LinkResolverTests
{
    [Theory]
    [InlineData("roles/a.md", "../skills/b.md", "skills/b.md")]
    [InlineData("roles/a.md", "b.md", "roles/b.md")]
    [InlineData("roles/a.md", "./b.md", "roles/b.md")]
    [InlineData("roles/a.md", "/skills/b.md", "skills/b.md")]
    [InlineData("roles/deep/a.md", "../../b.md", "b.md")]
    [InlineData("roles/deep/a.md", "..//x/./../y/b.md", "roles/y/b.md")]
    [InlineData("a.md", "b.md", "b.md")]
    [InlineData("a.md", "../b.md", null)]
    [InlineData("roles/a.md", "../../b.md", null)]
    [InlineData("roles/a.md", "/../b.md", null)]
    [InlineData("", "b.md", "b.md")]
    public void Relative_links_resolve_against_the_folder_of_the_linking_page(string from, string relative, string? expected) =>
        Assert.Equal(expected, LinkResolver.Resolve(from, relative));

    [Fact]
    public void Long_paths_resolve_too()
    {
        var folder = string.Join('/', Enumerable.Repeat("folder", 60));
        Assert.Equal(folder + "/b.md", LinkResolver.Resolve(folder + "/a.md", "./b.md"));
    }
}
