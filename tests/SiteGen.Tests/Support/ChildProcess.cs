using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// Runs a program to its end within a time limit, reading both output streams, for the tests that drive outside
/// tools (the Nu Html Checker, the packed .NET tool): past the limit, or when the test run is cancelled, the process
/// tree is killed and the test fails saying which command hung.
/// </summary>
public static class ChildProcess
{
    /// <param name="configure">sets anything else of the start (working folder, environment).</param>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan limit,
        Action<ProcessStartInfo>? configure = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        configure?.Invoke(start);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {limit.TotalMinutes} minutes");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
