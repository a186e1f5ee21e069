namespace SiteGen.Tests.Support;

/// <summary>Asserts what every failed build must do: exit 1, print the expected diagnostics, no exception, and leave the
/// previous output byte-identical.</summary>
public static class FailedBuild
{
    public static BuildRun AssertFailsWith(TestSite site, params string[] expected)
    {
        var before = site.Snapshot();
        var run = site.Build();
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.DoesNotContain("exception", run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        foreach (var fragment in expected)
        {
            Assert.True(run.Stderr.Contains(fragment, StringComparison.Ordinal), $"expected '{fragment}' in:\n{run}");
        }
        var after = site.Snapshot();
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed after a failed build");
        }
        return run;
    }
}
