using SiteGen.Tests.Support;

namespace SiteGen.Tests.Guide;

/// <summary>What one in-process build of a site produced.</summary>
public sealed record BuildOutcome(int ExitCode, string Stdout, string Stderr, string OutputDir, string BaseUrl)
{
    public bool Succeeded => ExitCode == 0 && Directory.Exists(OutputDir);

    /// <summary>Fails the calling test with the build's own diagnostics when the build did not succeed.</summary>
    public void RequireSuccess()
    {
        if (Succeeded)
        {
            return;
        }
        Assert.Fail(
            $"The guide did not build (exit code {ExitCode}, base URL {BaseUrl}, output {OutputDir}).{Environment.NewLine}" +
            $"--- stdout ---{Environment.NewLine}{Tail(Stdout)}{Environment.NewLine}" +
            $"--- stderr ---{Environment.NewLine}{Tail(Stderr)}");
    }

    private static string Tail(string text) => text.Length <= 8000 ? text : "..." + text[^8000..];
}

/// <summary>Builds a site in-process through <see cref="SiteGenCli.Run"/>, the same entry point as the command line.</summary>
public static class GuideBuild
{
    // Builds are serialised: whole-site fixtures of several test collections may start together,
    // and the tests should not depend on the engine being safe to run twice at once.
    private static readonly Lock BuildLock = new();

    public static string SourceDir => Path.Combine(RepoPaths.Root, "site-content");

    public static string TemplatesDir => Path.Combine(RepoPaths.Root, "templates");

    public static BuildOutcome Run(string sourceDir, string templatesDir, string outputDir, string baseUrl, params string[] extraArgs)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode;
        lock (BuildLock)
        {
            try
            {
                exitCode = SiteGenCli.Run(
                    ["build", "--source", sourceDir, "--templates", templatesDir, "--output", outputDir, "--base-url", baseUrl, .. extraArgs],
                    stdout,
                    stderr);
            }
            catch (Exception ex)
            {
                stderr.WriteLine("SiteGenCli.Run threw: " + ex);
                exitCode = -1;
            }
        }
        return new BuildOutcome(exitCode, stdout.ToString(), stderr.ToString(), outputDir, baseUrl);
    }

    /// <summary>Builds the repository's guide (site-content/ and templates/).</summary>
    public static BuildOutcome RunGuide(string outputDir, string baseUrl, params string[] extraArgs) => Run(SourceDir, TemplatesDir, outputDir, baseUrl, extraArgs);

    /// <summary>A fresh, empty folder under the system temp folder.</summary>
    public static string NewTempDir(string purpose)
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitegen-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    public static void DeleteQuietly(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test run for.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
