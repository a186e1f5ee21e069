using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Highlighting;

/// <summary>
/// A SiteGen whose libonigwrap.so went missing (copied without it) stops with one error at site.yml that says what to
/// do, never an exception; `highlight: false` still builds. Runs a copy of SiteGen's own build output without the library.
/// </summary>
public sealed class MissingRegexLibraryTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "sitegen-no-onig-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    [Fact]
    public void Without_libonigwrap_the_build_fails_with_an_error_at_site_yml_and_highlight_false_still_builds()
    {
        var sitegen = CopyWithoutRegexLibrary();
        _site.Write("site-content/code.md", "---\ntitle: Code\n---\n```csharp\nvar x = 1;\n```\n");
        _site.BuildOk();
        var before = _site.Snapshot();

        var failed = Run(sitegen, ["build", .. _site.DefaultArgs()]);

        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.Contains("site-content/site.yml: error: highlighting code needs libonigwrap.so, which did not load", failed.Stderr, StringComparison.Ordinal);
        Assert.Contains("or set `highlight: false` in site.yml", failed.Stderr, StringComparison.Ordinal);
        Assert.Contains("or set `highlight: false` in site.yml", failed.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", failed.Stderr, StringComparison.Ordinal);
        Assert.Equal(before.Keys, _site.Snapshot().Keys);

        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nhighlight: false\n");
        var plain = Run(sitegen, ["build", .. _site.DefaultArgs()]);
        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Empty(_site.Html("code/index.html").QuerySelectorAll("pre code span"));
    }

    /// <summary>src/SiteGen's build folder of this test run's configuration, copied without any libonigwrap.</summary>
    private string CopyWithoutRegexLibrary()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var built = Path.Combine(RepoPaths.Root, "src", "SiteGen", "bin", configuration, "net10.0");
        Assert.True(File.Exists(Path.Combine(built, "SiteGen.dll")), $"no SiteGen build in {built}");
        foreach (var file in Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file).StartsWith("libonigwrap", StringComparison.Ordinal))
            {
                continue;
            }
            var target = Path.Combine(_copy, Path.GetRelativePath(built, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return Path.Combine(_copy, "SiteGen.dll");
    }

    private static BuildRun Run(string sitegen, string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(sitegen);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"sitegen {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new BuildRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
