using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// The output guard decides on real paths: a symbolic link never hides the site root or content behind another path,
/// and a symlinked --output is written through, so the link keeps pointing at an updated folder.
/// </summary>
public sealed class OutputSymlinkTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string At(string relative) => Path.Combine(_site.Root, relative);

    private void Link(string relative, string target)
    {
        try
        {
            Directory.CreateSymbolicLink(At(relative), At(target));
        }
        catch (Exception ex) when (OperatingSystem.IsWindows() && ex is IOException or UnauthorizedAccessException)
        {
            Assert.Skip("creating symbolic links needs developer mode or admin rights on Windows");
        }
    }

    /// <summary>A second site in real/site/ (the issue's reproduction), reached through alias -> real.</summary>
    private string[] SiteUnderRealThroughAlias()
    {
        _site.Write("real/site/site-content/site.yml", "title: Aliased\nbase_url: https://example.org/\n")
            .Write("real/site/site-content/_index.md", "---\ntitle: Home\n---\nWelcome.\n")
            .Write("real/site/templates/_default/base.html", TestSite.MinimalBase)
            .Write("real/site/templates/_default/page.html", TestSite.MinimalPage)
            .Write("real/site/templates/_default/list.html", TestSite.MinimalList);
        Link("alias", "real");
        return ["--source", At("real/site/site-content"), "--templates", At("real/site/templates")];
    }

    private void AssertRefused(string[] args, params string[] expected)
    {
        var before = DiskTree.Snapshot(_site.Root);
        var run = _site.Run(args);
        Assert.True(run.ExitCode == 1, run.ToString());
        foreach (var fragment in expected)
        {
            Assert.True(run.Stderr.Contains(fragment, StringComparison.Ordinal), $"expected '{fragment}' in:\n{run}");
        }
        DiskTree.AssertUnchanged(before, _site.Root, "a refused command");
    }

    [Theory]
    [InlineData("build", "")]
    [InlineData("build", "--force")]
    [InlineData("clean", "")]
    [InlineData("clean", "--force")]
    public void The_site_root_through_a_symlinked_alias_is_refused(string command, string force)
    {
        var site = SiteUnderRealThroughAlias();
        var output = At("alias/site");
        AssertRefused([command, .. site, "--output", output, .. force.Length > 0 ? new[] { force } : []], output, $"(really {At("real/site")})", "is the site root");
    }

    [Theory]
    [InlineData("build", "")]
    [InlineData("build", "--force")]
    [InlineData("clean", "")]
    [InlineData("clean", "--force")]
    public void The_content_folder_through_a_symlinked_alias_is_refused(string command, string force)
    {
        var site = SiteUnderRealThroughAlias();
        var output = At("alias/site/site-content");
        AssertRefused([command, .. site, "--output", output, .. force.Length > 0 ? new[] { force } : []], output, "is the content folder");
    }

    [Fact]
    public void A_symlinked_output_stays_a_link_and_the_folder_it_points_to_is_updated()
    {
        Directory.CreateDirectory(At("deploy"));
        Link("output", "deploy");
        _site.BuildOk();
        _site.Write("site-content/_index.md", "---\ntitle: Home\n---\nSecond build.\n");
        _site.BuildOk();
        Assert.Equal(At("deploy"), new DirectoryInfo(_site.Output).LinkTarget);
        Assert.Contains("Second build.", File.ReadAllText(At("deploy/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(At("deploy/.sitegen-output")));
        Assert.Empty(Directory.EnumerateDirectories(_site.Root, ".*.*-*"));
        var clean = _site.Run(["clean", .. _site.DefaultArgs()]);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(Directory.Exists(At("deploy")));
        Assert.Equal(At("deploy"), new FileInfo(_site.Output).LinkTarget);
        _site.BuildOk();
        Assert.True(File.Exists(At("output/index.html")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--force")]
    public void An_output_whose_parent_links_into_the_content_folder_is_refused(string force)
    {
        Link("published", "site-content");
        var output = At("published/public");
        AssertRefused(["build", "--source", At("site-content"), "--templates", At("templates"), "--output", output, .. force.Length > 0 ? new[] { force } : []],
            output, $"(really {At("site-content/public")})", "is inside the content folder");
    }
}
