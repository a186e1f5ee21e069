using System.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// build and clean replace or delete only a folder SiteGen can prove is its own output (absent, empty, or holding the
/// .sitegen-output marker); --force lifts that proof but never the refusals that protect sources and whole trees.
/// Every refusal: exit code 1, a message naming the folder and what to do, and nothing changed on disk.
/// </summary>
public sealed class OutputGuardTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Content => Path.Combine(_site.Root, "site-content");

    private string Templates => Path.Combine(_site.Root, "templates");

    private BuildRun Build(string output, params string[] extra) =>
        _site.Run(["build", "--source", Content, "--templates", Templates, "--output", output, .. extra]);

    private BuildRun Clean(string output, params string[] extra) =>
        _site.Run(["clean", "--source", Content, "--templates", Templates, "--output", output, .. extra]);

    private void AssertRefused(Func<BuildRun> command, params string[] expected)
    {
        var before = DiskTree.Snapshot(_site.Root);
        var run = command();
        Assert.True(run.ExitCode == 1, run.ToString());
        foreach (var fragment in expected)
        {
            Assert.True(run.Stderr.Contains(fragment, StringComparison.Ordinal), $"expected '{fragment}' in:\n{run}");
        }
        DiskTree.AssertUnchanged(before, _site.Root, "a refused command");
    }

    private string UserFolder()
    {
        var folder = Path.Combine(_site.Root, "X");
        _site.Write("X/Documents/t.txt", "a\n");
        return folder;
    }

    [Fact]
    public void Build_refuses_a_folder_that_is_not_its_output_and_says_how_to_proceed()
    {
        var folder = UserFolder();
        AssertRefused(() => Build(folder), folder, "Documents/", "no .sitegen-output marker", "Choose another --output", "empty or delete the folder yourself", "--force", "earlier SiteGen");
    }

    [Fact]
    public void Clean_refuses_a_folder_that_is_not_its_output_and_says_how_to_proceed()
    {
        var folder = UserFolder();
        AssertRefused(() => Clean(folder), folder, "Documents/", "no .sitegen-output marker", "Choose another --output", "--force", "earlier SiteGen");
    }

    [Fact]
    public void A_build_marks_its_output_and_builds_into_it_again_and_clean_removes_it()
    {
        Assert.Equal(0, Build(_site.Output).ExitCode);
        Assert.Equal(OutputMarker.Text, File.ReadAllText(Path.Combine(_site.Output, ".sitegen-output")));
        _site.Write("site-content/_index.md", "---\ntitle: Home\n---\nSecond build.\n");
        var again = Build(_site.Output);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Second build.", _site.ReadOutput("index.html"), StringComparison.Ordinal);
        var clean = Clean(_site.Output);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void An_empty_folder_is_built_into_without_force()
    {
        Directory.CreateDirectory(_site.Output);
        var run = Build(_site.Output);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(_site.OutputExists("index.html"));
    }

    [Fact]
    public void Force_replaces_the_unmarked_output_of_an_earlier_version_once()
    {
        _site.Write("output/index.html", "<p>built by an earlier SiteGen</p>").Write("output/old/index.html", "<p>gone page</p>");
        var forced = Build(_site.Output, "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.False(_site.OutputExists("old/index.html"));
        Assert.True(_site.OutputExists(".sitegen-output"));
        var next = Build(_site.Output);
        Assert.True(next.ExitCode == 0, next.ToString());
    }

    [Fact]
    public void Clean_with_force_removes_an_unmarked_folder()
    {
        var folder = UserFolder();
        var run = Clean(folder, "--force");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [InlineData("site-content/public", "inside the content folder")]
    [InlineData("templates/public", "inside the templates folder")]
    [InlineData("", "is the site root")]
    public void Output_that_would_destroy_sources_is_refused_even_with_force(string output, string expected)
    {
        var folder = Path.Combine(_site.Root, output);
        AssertRefused(() => Build(folder, "--force"), expected, "--force does not override this");
        AssertRefused(() => Clean(folder, "--force"), expected, "--force does not override this");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_folder_holding_git_is_refused_even_with_force(bool gitIsFolder)
    {
        var folder = Path.Combine(_site.Root, "checkout");
        _site.Write("checkout/README.md", "someone else's project\n");
        if (gitIsFolder)
        {
            _site.Write("checkout/.git/HEAD", "ref: refs/heads/main\n");
        }
        else
        {
            _site.Write("checkout/.git", "gitdir: /elsewhere/.git/worktrees/checkout\n"); // a worktree or submodule
        }
        AssertRefused(() => Build(folder, "--force"), folder, "holds .git", "choose another --output");
        AssertRefused(() => Clean(folder, "--force"), folder, "holds .git", "choose another --output");
    }

    /// <summary>
    /// Without --force, so that a regression of the root check would still meet the marker check: the test can never
    /// touch the file-system root. `check` shows the root refusal is a rule of its own (it never writes).
    /// </summary>
    [Fact]
    public void The_file_system_root_is_refused()
    {
        var root = Path.GetPathRoot(_site.Root)!;
        var before = Directory.GetFileSystemEntries(root).Order(StringComparer.Ordinal).ToList();
        AssertRefused(() => Build(root), "is a file-system root", "choose another --output");
        AssertRefused(() => Clean(root), "is a file-system root", "choose another --output");
        AssertRefused(() => _site.Run(["check", "--source", Content, "--templates", Templates, "--output", root]), "is a file-system root");
        Assert.Equal(before, Directory.GetFileSystemEntries(root).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>Runs SiteGen in a child process whose home folder is a temp folder: the real home is never involved.</summary>
    [Fact]
    public async Task The_home_folder_is_refused_even_with_force()
    {
        var home = Path.Combine(_site.Root, "home");
        _site.Write("home/notes.txt", "mine\n");
        var before = DiskTree.Snapshot(_site.Root);
        foreach (var command in new[] { "build", "clean" })
        {
            var start = new ProcessStartInfo("dotnet", [typeof(SiteGenCli).Assembly.Location, command, "--source", Content, "--templates", Templates, "--output", home, "--force"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment[OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME"] = home;
            using var process = Process.Start(start)!;
            var token = TestContext.Current.CancellationToken;
            var stdout = process.StandardOutput.ReadToEndAsync(token);
            var stderr = await process.StandardError.ReadToEndAsync(token);
            await process.WaitForExitAsync(token);
            Assert.True(process.ExitCode == 1, $"{command}: exit {process.ExitCode}\n{await stdout}{stderr}");
            Assert.Contains("is your home folder", stderr, StringComparison.Ordinal);
            Assert.Contains("--force does not override this", stderr, StringComparison.Ordinal);
        }
        DiskTree.AssertUnchanged(before, _site.Root, "a refused command");
    }

    [Fact]
    public void Help_of_build_and_clean_explains_force_and_the_marker()
    {
        foreach (var command in new[] { "build", "clean" })
        {
            var help = _site.Run([command, "--help"]);
            Assert.Contains("--force", help.Stdout, StringComparison.Ordinal);
            Assert.Contains(".sitegen-output", help.Stdout, StringComparison.Ordinal);
        }
    }
}
