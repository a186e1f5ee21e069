namespace SiteGen.Tests.Support;

/// <summary>
/// Checks on a build that must fail cleanly: exit code 1, no exception or stack trace, the expected diagnostic, an untouched output folder, no
/// staging folder left behind, all within a bound (so a hang fails the test instead of stalling the run).
/// </summary>
public static class FailedBuild
{
    /// <summary>Far above what any of these builds needs (well under a second each), far below a hang's forever.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    /// <summary>Builds the site (it should already hold a good build in its output) and checks that it fails as expected.</summary>
    public static BuildRun AssertFailsWith(TestSite site, params string[] expected)
    {
        var before = site.Snapshot();
        var run = WithinBound(() => site.Build());
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("exception", run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        foreach (var fragment in expected)
        {
            Assert.True(run.Stderr.Contains(fragment, StringComparison.Ordinal), $"expected '{fragment}' in:\n{run}");
        }
        Assert.Contains("was left unchanged", run.Stderr, StringComparison.Ordinal);
        var after = site.Snapshot();
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed after a failed build");
        }
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
        return run;
    }

    /// <summary>Builds a site that is expected to fail, with no particular message: exit code 1, output of the last good build kept.</summary>
    public static BuildRun AssertFailsAndKeepsOutput(this TestSite site) => AssertFailsWith(site);

    /// <summary>Runs <paramref name="build"/> on its own task and fails the test when it does not return within <see cref="Bound"/>.</summary>
    public static BuildRun WithinBound(Func<BuildRun> build)
    {
        var task = Task.Run(build);
        Assert.True(task.Wait(Bound, TestContext.Current.CancellationToken), $"the build did not finish within {Bound.TotalSeconds} s");
        return task.Result;
    }
}
