using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// A symbolic link under the content or templates folder is followed only when it stays inside the site: a link to a
/// file or folder elsewhere on the machine (a pull request's link to /etc/passwd) fails the build with an error naming
/// the link and its target, and nothing of it reaches the output. A folder linking back to its parent is one error.
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "sitegen-outside-" + Guid.NewGuid().ToString("N")[..12]);

    public SymlinkTests()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "docs"));
        File.WriteAllText(SecretFile, "root:x:0:0:secret\n");
        File.WriteAllText(Path.Combine(_outside, "page.md"), "---\ntitle: Outside\n---\nroot:x:0:0:secret\n");
        File.WriteAllText(Path.Combine(_outside, "docs", "leak.md"), "---\ntitle: Leak\n---\nroot:x:0:0:secret\n");
        File.WriteAllText(Path.Combine(_outside, "data.yml"), "secret: root:x\n");
        File.WriteAllText(Path.Combine(_outside, "partial.html"), "root:x:0:0:secret");
        File.WriteAllText(Path.Combine(_outside, "site.yml"), "title: Outside\nbase_url: https://example.org/\n");
        _site.Write("site-content/notes/_index.md", "---\ntitle: Notes\n---\nAll notes.\n")
            .Write("site-content/notes/first.md", "---\ntitle: First\n---\nFirst note.\n");
        _site.BuildOk();
    }

    private string SecretFile => Path.Combine(_outside, "secret.txt");

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private string At(string relativePath)
    {
        var path = Path.Combine(_site.Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private void LinkFile(string relativePath, string target) => File.CreateSymbolicLink(At(relativePath), target);

    private void LinkFolder(string relativePath, string target) => Directory.CreateSymbolicLink(At(relativePath), target);

    /// <summary>Builds after the bad change: exit code 1, the error at the link naming its target, an untouched output
    /// with nothing of the outside files in it.</summary>
    private BuildRun AssertRefused(string link, string target)
    {
        var run = FailedBuild.AssertFailsWith(_site, $"{link}: error: symbolic link to {target}, outside the site ({_site.Root})",
            "copy what you need into the site, or remove the link");
        Assert.DoesNotContain("root:x", run.All, StringComparison.Ordinal);
        return run;
    }

    [Fact]
    public void A_static_file_linking_outside_the_site_is_refused()
    {
        LinkFile("site-content/static/passwd.txt", SecretFile);
        AssertRefused("site-content/static/passwd.txt", SecretFile);
    }

    [Fact]
    public void A_relative_link_is_shown_as_written_and_resolved()
    {
        var relative = Path.GetRelativePath(Path.Combine(_site.Root, "site-content", "static"), SecretFile);
        LinkFile("site-content/static/passwd.txt", relative);
        AssertRefused("site-content/static/passwd.txt", $"{relative} ({SecretFile})");
    }

    [Fact]
    public void A_page_linking_outside_the_site_is_refused()
    {
        LinkFile("site-content/notes/outside.md", Path.Combine(_outside, "page.md"));
        AssertRefused("site-content/notes/outside.md", Path.Combine(_outside, "page.md"));
    }

    [Fact]
    public void A_data_file_linking_outside_the_site_is_refused()
    {
        LinkFile("site-content/data/secret.yml", Path.Combine(_outside, "data.yml"));
        AssertRefused("site-content/data/secret.yml", Path.Combine(_outside, "data.yml"));
    }

    [Fact]
    public void A_template_linking_outside_the_site_is_refused()
    {
        LinkFile("templates/partials/leak.html", Path.Combine(_outside, "partial.html"));
        AssertRefused("templates/partials/leak.html", Path.Combine(_outside, "partial.html"));
    }

    [Fact]
    public void A_site_yml_linking_outside_the_site_is_refused()
    {
        File.Delete(At("site-content/site.yml"));
        LinkFile("site-content/site.yml", Path.Combine(_outside, "site.yml"));
        AssertRefused("site-content/site.yml", Path.Combine(_outside, "site.yml"));
    }

    [Theory]
    [InlineData("site-content/docs")]
    [InlineData("site-content/static/docs")]
    [InlineData("site-content/data")]
    [InlineData("templates/docs")]
    public void A_folder_linking_outside_the_site_is_refused(string link)
    {
        LinkFolder(link, Path.Combine(_outside, "docs"));
        var run = AssertRefused(link, Path.Combine(_outside, "docs"));
        Assert.Single(run.Stderr.Split('\n'), line => line.Contains(": error: ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_nothing_is_an_error_naming_it()
    {
        LinkFile("site-content/static/gone.txt", "missing.txt");
        var run = _site.Build();
        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"site-content/static/gone.txt: error: symbolic link to missing.txt ({Path.Combine(_site.Root, "site-content", "static", "missing.txt")}), which does not exist", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_linking_to_its_parent_is_one_loop_error()
    {
        LinkFolder("site-content/notes/loop", "..");
        var run = _site.Build();
        Assert.True(run.ExitCode == 1, run.ToString());
        var errors = run.Stderr.Split('\n').Where(line => line.Contains(": error: ", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(errors);
        Assert.StartsWith("site-content/notes/loop: error: symbolic link to .. (", error, StringComparison.Ordinal);
        Assert.Contains("a folder that holds the link: following it would go round in a loop; remove the link", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_that_stay_inside_the_site_keep_working()
    {
        _site.Write("shared/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
            .Write("shared/pages/tip.md", "---\ntitle: Tip\n---\nA shared tip.\n");
        LinkFile("site-content/static/logo.svg", Path.Combine("..", "..", "shared", "logo.svg"));
        LinkFile("site-content/notes/second.md", "first.md");
        LinkFolder("site-content/shared", Path.Combine(_site.Root, "shared", "pages"));
        _site.BuildOk();
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", _site.ReadOutput("logo.svg"));
        Assert.Contains("First note.", _site.ReadOutput("notes/second/index.html"), StringComparison.Ordinal);
        Assert.Contains("A shared tip.", _site.ReadOutput("shared/tip/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_starts_with_a_loop_and_an_outside_link_and_reports_each_once()
    {
        LinkFolder("site-content/notes/loop", "..");
        LinkFile("site-content/static/passwd.txt", SecretFile);
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await using var server = await DevServer.StartAsync(options, "127.0.0.1", 0, TextWriter.Null).WaitAsync(timeout.Token);
        Assert.Equal(["site-content/notes/loop", "site-content/static/passwd.txt"], server.Site!.Errors.Select(e => e.File));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(20) };
        var response = await http.GetAsync("/passwd.txt", timeout.Token);
        Assert.DoesNotContain("root:x", await response.Content.ReadAsStringAsync(timeout.Token), StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_refuses_a_page_link_the_watcher_reports()
    {
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        var builder = new IncrementalBuilder(options) { BaseUrl = "http://127.0.0.1:9/" };
        Assert.True(builder.Build().Result.Succeeded);
        LinkFile("site-content/notes/outside.md", Path.Combine(_outside, "page.md"));
        var (result, _) = builder.Build(FileChanges.Of([Path.Combine(_site.Root, "site-content", "notes", "outside.md")]));
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("site-content/notes/outside.md", error.File);
        Assert.Contains("outside the site", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("notes/outside", StringComparison.Ordinal));
    }
}
