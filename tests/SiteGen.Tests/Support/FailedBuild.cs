namespace SiteGen.Tests.Support;

/// <summary>Builds a site that is expected to fail: exit code 1, and the output of the last good build left as it was.</summary>
public static class FailedBuild
{
    public static BuildRun AssertFailsAndKeepsOutput(this TestSite site)
    {
        var before = site.Snapshot();
        var run = site.Build();
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("was left unchanged", run.Stderr, StringComparison.Ordinal);
        var after = site.Snapshot();
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed after a failed build");
        }
        return run;
    }
}
