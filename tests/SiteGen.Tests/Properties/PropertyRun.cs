using System.Diagnostics;
using System.Globalization;
using CsCheck;

namespace SiteGen.Tests.Properties;

/// <summary>
/// Runs a property over generated sites with a budget: a short, deterministic one in the normal test run (fixed seeds,
/// so CI sees the same inputs every time) and a long one chosen by environment variables:
/// SITEGEN_PROPERTY_ITERATIONS (inputs per property), SITEGEN_PROPERTY_MINUTES (time per property, alone or with the
/// former), SITEGEN_PROPERTY_SEED (first seed, a number; the run tries seed, seed + 1, ...),
/// SITEGEN_PROPERTY_TIME_BOUND (seconds one build may take, default 30).
/// On a failure CsCheck shrinks the input (it tries other seeds and keeps failing sites of smaller weight) and the
/// report prints the smallest failing site's files; a hang is reported at once, without shrinking.
/// </summary>
public static class PropertyRun
{
    public static void Check(string name, Gen<GeneratedSite> gen, int shortRunIterations, ulong fixedSeed, ITestOutputHelper output)
    {
        var iterations = Setting("SITEGEN_PROPERTY_ITERATIONS") is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : (long?)null;
        var minutes = Setting("SITEGEN_PROPERTY_MINUTES") is { } m ? double.Parse(m, CultureInfo.InvariantCulture) : (double?)null;
        var seed = Setting("SITEGEN_PROPERTY_SEED") is { } s ? ulong.Parse(s, CultureInfo.InvariantCulture) : fixedSeed;
        var timeBound = TimeSpan.FromSeconds(Setting("SITEGEN_PROPERTY_TIME_BOUND") is { } t ? double.Parse(t, CultureInfo.InvariantCulture) : 30);
        var limit = iterations ?? (minutes is null ? shortRunIterations : long.MaxValue);
        var deadline = minutes is { } budget ? Stopwatch.GetTimestamp() + (long)(budget * 60 * Stopwatch.Frequency) : long.MaxValue;

        using var workspace = new PropertyWorkspace(name, timeBound);
        var isLongRun = iterations is not null || minutes is not null;
        if (isLongRun)
        {
            // If the test host dies (a stack overflow cannot be caught), the site it was building is still on disk here.
            Console.Error.WriteLine($"{name}: long run in {workspace.Root} from seed {seed}");
        }
        var clock = Stopwatch.StartNew();
        long tried = 0;
        for (; tried < limit && Stopwatch.GetTimestamp() < deadline; tried++)
        {
            var pcg = new PCG(1, seed + (ulong)tried);
            var seedString = pcg.ToString();
            var site = gen.Generate(pcg, null, out _);
            try
            {
                workspace.Check(site);
            }
            catch (Exception ex)
            {
                throw Failure(name, gen, workspace, site, seedString, tried, ex);
            }
        }
        var summary = $"{name}: {tried:#,0} generated sites tried in {clock.Elapsed.TotalSeconds:0.0} s (seeds {seed}..{seed + (ulong)Math.Max(tried - 1, 0)}): " +
            $"{workspace.Succeeded:#,0} built and passed the link checks, {workspace.FailedWithDiagnostics:#,0} failed with positioned errors and an untouched output; " +
            $"known issue-10 cases on: {(KnownFailures.Any ? "some" : "none")}";
        output.WriteLine(summary);
        output.WriteLine("most common first errors, sites with mistakes: " + Top(workspace.ErrorsOfMessySites));
        output.WriteLine("most common first errors, sites without: " + Top(workspace.ErrorsOfCleanSites));
        if (isLongRun)
        {
            Console.Error.WriteLine(summary);
        }
    }

    private static Exception Failure(string name, Gen<GeneratedSite> gen, PropertyWorkspace workspace, GeneratedSite site, string seedString, long index, Exception ex)
    {
        var header = $"{name}: generated site #{index} (CsCheck seed {seedString}) fails: {ex.Message}";
        if (ex is BuildHangException)
        {
            return new Xunit.Sdk.XunitException($"{header}\n\nThe site:\n{site.Dump()}");
        }
        try
        {
            // CsCheck replays the seed, then searches for smaller sites that fail too, and reports the smallest.
            var shrinkIterations = Setting("SITEGEN_PROPERTY_SHRINK") is { } n ? long.Parse(n, CultureInfo.InvariantCulture) : 200;
            gen.Sample(workspace.Check, seed: seedString, iter: shrinkIterations, threads: 1, print: s => s.Dump());
        }
        catch (CsCheckException shrunk)
        {
            return new Xunit.Sdk.XunitException($"{header}\n\nShrunk by CsCheck to the smallest failing site it found:\n{shrunk.Message}\n\ncause: {shrunk.InnerException?.Message}");
        }
        return new Xunit.Sdk.XunitException($"{header}\n(it did not fail again when replayed)\n\nThe site:\n{site.Dump()}");
    }

    private static string Top(Dictionary<string, int> counts) =>
        string.Join("; ", counts.OrderByDescending(c => c.Value).Take(6).Select(c => $"{c.Value}x {c.Key}"));

    private static string? Setting(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
