using System.Text.RegularExpressions;

namespace SiteGen.Tests.Properties;

/// <summary>What one build of a generated site gave.</summary>
public sealed record PropertyBuild(int ExitCode, string Stdout, string Stderr);

/// <summary>The build did not return within the time bound (its thread is left running: .NET cannot stop it).</summary>
public sealed class BuildHangException(string message) : Exception(message);

/// <summary>
/// One temp folder for a whole property run: each generated site replaces the last one's sources in it and is built
/// through the real command line into the same output folder, so a failed build can be checked against the output the
/// previous successful build left. Holds the assertions every generated site must pass.
/// </summary>
public sealed partial class PropertyWorkspace : IDisposable
{
    /// <summary>What a symlink that leaves the site points at (issue 10 case 10): it must never reach the output.</summary>
    public const string Secret = "SECRET-OUTSIDE-THE-SITE-7f3a";

    private readonly TimeSpan _timeBound;

    public PropertyWorkspace(string name, TimeSpan timeBound)
    {
        _timeBound = timeBound;
        Root = Path.Combine(Path.GetTempPath(), $"sitegen-property-{name}-{Guid.NewGuid().ToString("N")[..8]}");
        Site = Path.Combine(Root, "site");
        Directory.CreateDirectory(Site);
        var outside = Path.Combine(Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret + "\n");
        File.WriteAllText(Path.Combine(outside, "secret.md"), $"---\ntitle: {Secret}\n---\n{Secret}\n");
    }

    public string Root { get; }

    public string Site { get; }

    public string Output => Path.Combine(Site, "output");

    public int Succeeded { get; private set; }

    /// <summary>The last build's outcome.</summary>
    public PropertyBuild? Last { get; private set; }

    public int FailedWithDiagnostics { get; private set; }

    /// <summary>The first error of each failed build, numbers and quoted values left out, counted: what the run reached.</summary>
    public Dictionary<string, int> ErrorsOfMessySites { get; } = new(StringComparer.Ordinal);

    /// <summary>The same for sites generated without mistakes (mostly links the generator cannot predict).</summary>
    public Dictionary<string, int> ErrorsOfCleanSites { get; } = new(StringComparer.Ordinal);

    /// <summary>Builds the site and checks every property of the outcome; throws with the reason when one does not hold.</summary>
    public void Check(GeneratedSite site)
    {
        Write(site);
        var before = Snapshot(Output);
        var build = Build();
        Last = build;
        var report = $"exit {build.ExitCode}\n--- stdout\n{build.Stdout}\n--- stderr\n{Cut(build.Stderr)}";

        if (build.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"exit code {build.ExitCode}, expected 0 (built) or 1 (errors)\n{report}");
        }
        var problems = DiagnosticLines.Problems(build.Stderr, Site);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("stderr holds lines that are not positioned diagnostics:\n  " + string.Join("\n  ", problems.Take(10)) + "\n" + report);
        }
        var leftovers = Directory.EnumerateDirectories(Site, ".output.*").ToList();
        if (leftovers.Count > 0)
        {
            throw new InvalidOperationException($"the build left {string.Join(", ", leftovers.Select(Path.GetFileName))} beside the output\n{report}");
        }
        if (build.ExitCode == 1)
        {
            if (!build.Stderr.Contains(": error: ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"exit code 1 without an error diagnostic\n{report}");
            }
            var after = Snapshot(Output);
            if (Difference(before, after) is { } changed)
            {
                throw new InvalidOperationException($"a failed build changed the previous output: {changed}\n{report}");
            }
            FailedWithDiagnostics++;
            var first = build.Stderr.Split('\n').FirstOrDefault(l => l.Contains(": error: ", StringComparison.Ordinal)) ?? "";
            var kind = Regex.Replace(first[(first.IndexOf(": error: ", StringComparison.Ordinal) + 9)..], "'[^']*'|\\d+", "_");
            kind = kind.Length > 60 ? kind[..60] : kind;
            var counts = site.Messy ? ErrorsOfMessySites : ErrorsOfCleanSites;
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            return;
        }
        if (build.Stderr.Contains(": error: ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"exit code 0 with an error diagnostic\n{report}");
        }
        var broken = OutputLinks.Broken(Output, site.BaseUrl ?? throw new InvalidOperationException($"the build succeeded with a base_url the generator wrote as invalid\n{report}"));
        if (broken.Count > 0)
        {
            throw new InvalidOperationException("the build succeeded but AngleSharp finds links to nothing:\n  " + string.Join("\n  ", broken.Take(10)) + "\n" + report);
        }
        if (site.Links.Count > 0 && Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).FirstOrDefault(f => File.ReadAllText(f).Contains(Secret, StringComparison.Ordinal)) is { } leaked)
        {
            throw new InvalidOperationException($"a file outside the site reached the output through a symlink: {Path.GetRelativePath(Output, leaked)}\n{report}");
        }
        Succeeded++;
    }

    /// <summary>Replaces the sources (site-content/, templates/) with the site's files; the output folder stays.</summary>
    private void Write(GeneratedSite site)
    {
        foreach (var folder in new[] { "site-content", "templates" })
        {
            var path = Path.Combine(Site, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        foreach (var file in site.Files)
        {
            var path = Path.Combine(Site, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
        Directory.CreateDirectory(Path.Combine(Site, "site-content"));
        Directory.CreateDirectory(Path.Combine(Site, "templates"));
        foreach (var link in site.Links)
        {
            var path = Path.Combine(Site, link.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (link.IsFolder)
            {
                Directory.CreateSymbolicLink(path, link.Target);
            }
            else
            {
                File.CreateSymbolicLink(path, link.Target);
            }
        }
    }

    /// <summary>The real command line, in process, on a thread with the main thread's stack size, within the time bound.</summary>
    private PropertyBuild Build()
    {
        PropertyBuild? result = null;
        Exception? thrown = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    using var stdout = new StringWriter();
                    using var stderr = new StringWriter();
                    var exit = SiteGenCli.Run(
                        ["build", "--source", Path.Combine(Site, "site-content"), "--templates", Path.Combine(Site, "templates"), "--output", Output],
                        stdout, stderr);
                    result = new PropertyBuild(exit, stdout.ToString(), stderr.ToString());
                }
                catch (Exception ex)
                {
                    thrown = ex;
                }
            },
            maxStackSize: 8 * 1024 * 1024)
        { IsBackground = true, Name = "property build" };
        thread.Start();
        if (!thread.Join(_timeBound))
        {
            throw new BuildHangException($"the build did not return within {_timeBound.TotalSeconds:0} s (a hang, or work that grows too fast with the input)");
        }
        if (thrown is not null)
        {
            throw new InvalidOperationException("the build threw instead of reporting diagnostics: " + thrown, thrown);
        }
        return result!;
    }

    public static SortedDictionary<string, byte[]> Snapshot(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, file)] = File.ReadAllBytes(file);
            }
        }
        return files;
    }

    private static string? Difference(SortedDictionary<string, byte[]> before, SortedDictionary<string, byte[]> after)
    {
        if (!before.Keys.SequenceEqual(after.Keys))
        {
            return $"files before: {before.Count}, after: {after.Count} (first difference: {before.Keys.Except(after.Keys).Concat(after.Keys.Except(before.Keys)).FirstOrDefault()})";
        }
        return before.FirstOrDefault(p => !p.Value.AsSpan().SequenceEqual(after[p.Key])).Key is { } path ? path + " changed" : null;
    }

    private static string Cut(string text) => text.Length > 6_000 ? text[..6_000] + $"…(+{text.Length - 6_000} chars)" : text;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
