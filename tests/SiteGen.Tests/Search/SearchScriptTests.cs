using System.Diagnostics;
using SiteGen.Tests.QualityGates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// search.js (the search box shipped to readers) splits queries exactly as the C# index builder splits pages: its
/// tokenizer runs in node against tokenizer-vectors.json. Skips without node; fails without it when CI is set.
/// </summary>
public sealed class SearchScriptTests
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromMinutes(2);

    private static string TestScript => Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Search", "search-tokenizer.test.mjs");

    [Fact]
    public void Search_js_tokenizes_the_shared_vectors_like_the_index_builder()
    {
        var node = ToolGate.FindOnPath("node");
        ToolGate.Require(node is null ? "node is not installed (Debian: apt-get install nodejs)." : null);

        var (exitCode, output) = Run(node!, "--test", TestScript);

        Assert.True(exitCode == 0, $"node --test {TestScript} failed (exit code {exitCode}):{Environment.NewLine}{output}");
        Assert.Contains("# fail 0", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(string executable, params string[] arguments)
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(NodeTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{executable} {string.Join(' ', arguments)} did not finish within {NodeTimeout.TotalSeconds} s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
