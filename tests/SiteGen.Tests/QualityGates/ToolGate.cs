namespace SiteGen.Tests.QualityGates;

/// <summary>
/// Quality gates need tools that `bash .ci/run` installs (Chromium, Java, vnu.jar). On a developer machine
/// without them the gates are skipped with the reason; in CI (env CI set) a missing tool is a failure.
/// </summary>
public static class ToolGate
{
    public static bool InCi =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci
        && !ci.Equals("false", StringComparison.OrdinalIgnoreCase)
        && ci != "0";

    /// <summary>Skips (locally) or fails (in CI) the calling test when <paramref name="missingReason"/> is not null.</summary>
    public static void Require(string? missingReason)
    {
        if (missingReason is null)
        {
            return;
        }
        if (InCi)
        {
            Assert.Fail($"{missingReason} CI is set, so a missing tool fails the gate: .ci/run should have installed it.");
        }
        Assert.Skip($"{missingReason} Run `bash .ci/run` (or install it yourself) to run this quality gate.");
    }

    /// <summary>The full path of an executable found on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
