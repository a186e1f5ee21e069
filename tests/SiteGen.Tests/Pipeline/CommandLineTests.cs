using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

public sealed class CommandLineTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Help_explains_commands_and_options()
    {
        var root = _site.Run(["--help"]);
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("build", root.Stdout, StringComparison.Ordinal);
        var build = _site.Run(["build", "--help"]);
        foreach (var option in new[] { "--source", "--templates", "--output", "--base-url", "--drafts" })
        {
            Assert.Contains(option, build.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var run = _site.Run(["build", "--frobnicate"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--frobnicate", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// The site lives in nested/ inside the test's temp folder, so ".." is that temp folder, never the system's.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("site-content")]
    [InlineData("templates")]
    [InlineData("..")]
    public void Output_folder_that_would_destroy_sources_is_refused(string output)
    {
        _site.Write("nested/site-content/site.yml", "title: Nested\nbase_url: https://example.org/\n")
            .Write("nested/site-content/_index.md", "---\ntitle: Home\n---\nWelcome.\n")
            .Write("nested/templates/_default/base.html", TestSite.MinimalBase)
            .Write("nested/templates/_default/list.html", TestSite.MinimalList);
        var root = Path.Combine(_site.Root, "nested");
        var target = Path.GetFullPath(Path.Combine(root, output));
        var run = _site.Run(["build", "--source", Path.Combine(root, "site-content"), "--templates", Path.Combine(root, "templates"), "--output", target, "--force"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("choose", run.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(root, "site-content", "_index.md")));
        Assert.True(File.Exists(Path.Combine(_site.Root, "site-content", "_index.md")));
    }

    [Fact]
    public async Task Site_root_is_found_by_walking_up_from_a_subfolder()
    {
        var dll = typeof(SiteGenCli).Assembly.Location;
        var subfolder = Path.Combine(_site.Root, "site-content");
        var start = new ProcessStartInfo("dotnet", [dll, "build"]) { WorkingDirectory = subfolder, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var token = TestContext.Current.CancellationToken;
        var stdout = process.StandardOutput.ReadToEndAsync(token);
        var stderr = await process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);
        Assert.True(process.ExitCode == 0, await stdout + stderr);
        Assert.Contains("Built 1 page and", await stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_site.Root, "output", "index.html")));
    }
}
