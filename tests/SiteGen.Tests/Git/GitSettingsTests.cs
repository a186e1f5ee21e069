using SiteGen.Tests.Support;
using static SiteGen.Tests.Git.GitSite;

namespace SiteGen.Tests.Git;

/// <summary>
/// Where git values come from and where they do not: a shallow clone (one warning with the fix, no values), no
/// repository (no values, no diagnostic), a repository above the site, <c>git_info: false</c>, and the edit links.
/// </summary>
public sealed class GitSettingsTests : IDisposable
{
    private readonly TestSite _site = Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_shallow_clone_warns_once_with_the_fix_and_pages_fall_back_to_front_matter()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/a.md", "---\ntitle: A\ndate: 2023-03-03\n---\nText.\n").Write("site-content/b.md", "---\ntitle: B\n---\nText.\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");
        _site.Write("site-content/b.md", "---\ntitle: B\n---\nChanged.\n");
        repo.CommitAll("second", "2024-02-01T09:00:00+01:00");
        repo.Run("clone", "-q", "--depth", "1", "file://" + _site.Root, Path.Combine(_site.Root, "clone"));
        var clone = Path.Combine(_site.Root, "clone");
        var output = Path.Combine(_site.Root, "clone-output");

        var run = _site.Run(["build", "--source", Path.Combine(clone, "site-content"), "--templates", Path.Combine(clone, "templates"), "--output", output]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var warnings = ReportedDiagnostic.Parse(run.Stderr);
        var warning = Assert.Single(warnings);
        Assert.Equal("site-content/site.yml", warning.File);
        Assert.Contains("shallow clone", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("git fetch --unshallow", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("[git-shallow]", run.Stderr, StringComparison.Ordinal);
        var a = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "a/index.html")));
        var b = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "b/index.html")));
        Assert.Null(Updated(a));
        Assert.Null(Updated(b));
        Assert.Equal("2023-03-03", LastModified(a));
        Assert.Null(LastModified(b));
    }

    [Fact]
    public void A_shallow_clone_with_git_info_false_gives_no_warning()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\ngit_info: false\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");
        repo.CommitAll("second", "2024-02-01T09:00:00+01:00");
        repo.Run("clone", "-q", "--depth", "1", "file://" + _site.Root, Path.Combine(_site.Root, "clone"));
        var clone = Path.Combine(_site.Root, "clone");

        var run = _site.Run(["build", "--source", Path.Combine(clone, "site-content"), "--templates", Path.Combine(clone, "templates"), "--output", Path.Combine(_site.Root, "clone-output")]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(ReportedDiagnostic.Parse(run.Stderr));
    }

    [Fact]
    public void Git_info_false_turns_the_history_off_in_a_full_repository()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\ngit_info: false\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");

        _site.BuildOk();

        Assert.Null(Updated(_site.Html("index.html")));
        Assert.DoesNotContain("<lastmod>", _site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_git_repository_there_are_no_git_values_and_no_diagnostic()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nedit_url: https://git.example.com/edit/main/{path}\n")
            .Write("site-content/a.md", "---\ntitle: A\n---\nText.\n");

        var run = _site.BuildOk();

        Assert.Empty(ReportedDiagnostic.Parse(run.Stderr));
        Assert.Null(Updated(_site.Html("a/index.html")));
        Assert.Null(LastModified(_site.Html("a/index.html")));
        // Without a repository the path is taken from the site root (the folder that holds site-content/).
        Assert.Equal("https://git.example.com/edit/main/site-content/a.md", EditUrl(_site.Html("a/index.html")));
    }

    [Fact]
    public void A_repository_above_the_site_maps_paths_from_its_own_root()
    {
        using var site = Create("docs");
        var repo = GitRepo.Init(site.Root);
        site.Write("docs/site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nedit_url: https://git.example.com/o/r/edit/main/{path}\n")
            .Write("docs/site-content/guides/first steps.md", "---\ntitle: First steps\n---\nText.\n")
            .Write("README.md", "The repository's own files.\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");
        site.Write("docs/site-content/guides/first steps.md", "---\ntitle: First steps\n---\nMore text.\n");
        repo.CommitAll("second", "2024-05-01T09:00:00+02:00", "Bo Writer");

        var run = site.Run(["build", "--source", Path.Combine(site.Root, "docs", "site-content"), "--templates", Path.Combine(site.Root, "docs", "templates"),
            "--output", site.Output]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var page = site.Html("guides/first-steps/index.html");
        AssertMatchesGitLog(page, repo, "docs/site-content/guides/first steps.md");
        Assert.Equal("https://git.example.com/o/r/edit/main/docs/site-content/guides/first%20steps.md", EditUrl(page));
    }

    [Theory]
    [InlineData("https://git.example.com/edit/{branch}/{path}", "site-content/site.yml:3:11: error: 'edit_url' 'https://git.example.com/edit/{branch}/{path}' has the unknown placeholder '{branch}'")]
    [InlineData("https://git.example.com/edit/main/", "site-content/site.yml:3:11: error: 'edit_url' 'https://git.example.com/edit/main/' has no {path} placeholder")]
    [InlineData("git.example.com/edit/{path}", "site-content/site.yml:3:11: error: 'edit_url' 'git.example.com/edit/{path}' is not an absolute http(s) URL")]
    public void A_wrong_edit_url_pattern_is_an_error_at_its_value(string pattern, string expected)
    {
        _site.BuildOk();
        _site.Write("site-content/site.yml", $"title: Test Site\nbase_url: https://example.org/\nedit_url: {pattern}\n");

        var run = FailedBuild.AssertFailsWith(_site, expected, "https://github.com/OWNER/REPO/edit/main/{path}");

        Assert.Single(ReportedDiagnostic.Parse(run.Stderr));
    }

    [Fact]
    public void Edit_url_on_the_command_line_replaces_the_one_in_site_yml()
    {
        // A CI job knows the repository it builds (the GitHub Pages workflow passes its own): --edit-url wins.
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nedit_url: https://git.example.com/edit/main/{path}\n")
            .Write("site-content/a.md", "---\ntitle: A\n---\nText.\n");

        var run = _site.Build("--edit-url", "https://github.com/owner/repo/edit/trunk/{path}");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("https://github.com/owner/repo/edit/trunk/site-content/a.md", EditUrl(_site.Html("a/index.html")));
    }

    [Fact]
    public void A_wrong_edit_url_option_is_an_error_naming_the_option_and_the_output_stays()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\n---\nText.\n");
        _site.BuildOk();
        var before = _site.ReadOutput("a/index.html");

        var run = _site.Build("--edit-url", "https://github.com/owner/repo/edit/main/");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--edit-url: error: '--edit-url' 'https://github.com/owner/repo/edit/main/' has no {path} placeholder", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, _site.ReadOutput("a/index.html"));
    }
}
