using System.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Output;

/// <summary>
/// A killed build leaves `.output.staging-PID-GUID/` (and, killed during the swap, `.output.old-PID-GUID/`) beside
/// the output; the next build or clean removes those of processes that are gone, never those of a running build.
/// </summary>
public sealed class StaleStagingTests : IDisposable
{
    /// <summary>Above every system's largest process id: no process ever runs with it.</summary>
    private const int DeadPid = int.MaxValue;

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Leftover(string kind, int pid)
    {
        var name = $".output.{kind}-{pid}-{Guid.NewGuid():N}";
        _site.Write($"{name}/index.html", "<p>half a build</p>");
        return Path.Combine(_site.Root, name);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("clean")]
    public void Leftovers_of_killed_builds_are_removed_and_those_of_running_builds_kept(string command)
    {
        var killedStaging = Leftover("staging", DeadPid);
        var killedSwap = Leftover("old", DeadPid);
        var running = Leftover("staging", Environment.ProcessId);
        var notOurs = Path.Combine(_site.Root, ".output.staging-notes");
        _site.Write(".output.staging-notes/keep.txt", "mine\n");
        var run = _site.Run([command, .. _site.DefaultArgs()]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.False(Directory.Exists(killedStaging), run.ToString());
        Assert.False(Directory.Exists(killedSwap), run.ToString());
        Assert.True(File.Exists(Path.Combine(running, "index.html")));
        Assert.True(File.Exists(Path.Combine(notOurs, "keep.txt")));
    }

    [Fact]
    public void Gitignore_ignores_the_staging_and_swap_folders_a_build_really_makes()
    {
        string staging;
        using (OutputStaging.Open(_site.Output))
        {
            staging = Path.GetFileName(Assert.Single(Directory.EnumerateDirectories(_site.Root, ".output.staging-*")));
        }
        var retired = StaleStagingFolders.RetiredName(_site.Output, Guid.NewGuid());
        foreach (var name in new[] { staging, retired })
        {
            var start = new ProcessStartInfo("git", ["check-ignore", "--no-index", "--quiet", name + "/"]) { WorkingDirectory = RepoPaths.Root };
            using var git = Process.Start(start)!;
            git.WaitForExit();
            Assert.True(git.ExitCode == 0, $"{name}/ is not ignored by {Path.Combine(RepoPaths.Root, ".gitignore")}");
        }
    }
}
