using System.Reflection;
using AngleSharp.Html.Parser;
using SiteGen.Tests.QualityGates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Packaging;

/// <summary>
/// What a user gets from `dotnet tool install SiteGen`: the package is packed (`dotnet pack`, into a temp folder with
/// its own artifacts path, so the test build is never touched), installed from that folder into a temp tool path,
/// and the installed `sitegen` makes a site with `init` in a temp folder outside this repository and builds it from a
/// folder inside that site. It packs and restores, so it takes a minute: it runs when CI or SITEGEN_TOOL_TEST is set
/// and skips otherwise, saying how to run it.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "sitegen-tool-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task The_packed_tool_installs_from_a_folder_and_its_init_site_builds_from_anywhere_inside_it()
    {
        if (!ToolGate.InCi && Environment.GetEnvironmentVariable("SITEGEN_TOOL_TEST") is not { Length: > 0 })
        {
            Assert.Skip("Packing and installing the tool takes a minute: runs when CI or SITEGEN_TOOL_TEST=1 is set (bash .ci/run sets CI).");
        }
        var version = typeof(SiteGenCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        var packages = Path.Combine(_temp, "nupkg");
        var tools = Path.Combine(_temp, "tools");
        var work = Path.Combine(_temp, "work");
        Directory.CreateDirectory(work);
        // Only the folder the package was packed into: the tool comes from this build, never from a feed or a cache.
        File.WriteAllText(Path.Combine(_temp, "nuget.config"),
            $"<configuration><packageSources><clear /><add key=\"local\" value=\"{packages}\" /></packageSources></configuration>");

        await RunAsync(Dotnet, ["pack", Path.Combine(RepoPaths.Root, "src", "SiteGen", "SiteGen.csproj"), "-c", "Release", "-o", packages,
            "--artifacts-path", Path.Combine(_temp, "artifacts"), "--disable-build-servers"], _temp);
        Assert.True(File.Exists(Path.Combine(packages, $"SiteGen.{version}.nupkg")), $"no SiteGen.{version}.nupkg in {packages}: {string.Join(", ", Directory.GetFiles(packages))}");
        await RunAsync(Dotnet, ["tool", "install", "--tool-path", tools, "--configfile", Path.Combine(_temp, "nuget.config"), "--add-source", packages, "SiteGen", "--version", version], _temp);
        var sitegen = Path.Combine(tools, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen");

        var printedVersion = await RunAsync(sitegen, ["--version"], work);
        var init = await RunAsync(sitegen, ["init", "my-site"], work);
        var build = await RunAsync(sitegen, ["build"], Path.Combine(work, "my-site", "site-content", "notes"));
        var check = await RunAsync(sitegen, ["check"], Path.Combine(work, "my-site", "templates"));

        Assert.StartsWith(version, printedVersion.Trim(), StringComparison.Ordinal);
        Assert.Contains("cd my-site", init, StringComparison.Ordinal);
        Assert.Contains("0 warnings, 0 errors", build, StringComparison.Ordinal);
        Assert.Contains("0 errors", check, StringComparison.Ordinal);
        var output = Path.Combine(work, "my-site", "output");
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "notes", "writing-pages", "index.html")));
        // Highlighted spans mean libonigwrap.so loaded from the package's runtimes/ folder.
        Assert.NotEmpty(page.QuerySelectorAll("pre code span[class^='hl-']"));
        Assert.Equal("Writing pages", page.QuerySelector("h1")!.TextContent);
        Assert.True(new FileInfo(Path.Combine(output, "search-index", "search.js")).Length > 1000, "search.js missing or empty: the tool must carry it");
        Assert.True(File.Exists(Path.Combine(output, "css", "site.css")));
    }

    /// <summary>The dotnet that runs this test (DOTNET_HOST_PATH under `dotnet test`), else the one on PATH.</summary>
    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Runs a program to the end (at most <see cref="StepTimeout"/>), fails the test on a non-zero exit, returns stdout.</summary>
    private static async Task<string> RunAsync(string program, string[] args, string workingDirectory)
    {
        var (exitCode, output, errors) = await ChildProcess.RunAsync(program, args, StepTimeout, start =>
        {
            start.WorkingDirectory = workingDirectory;
            // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not where it looks by default.
            if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is not { Length: > 0 } && Path.GetDirectoryName(Dotnet) is { Length: > 0 } dotnetRoot)
            {
                start.Environment["DOTNET_ROOT"] = dotnetRoot;
            }
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
        });
        Assert.True(exitCode == 0, $"{program} {string.Join(' ', args)} (in {workingDirectory}) exited with {exitCode}\n--- stdout\n{output}\n--- stderr\n{errors}");
        return output;
    }
}
