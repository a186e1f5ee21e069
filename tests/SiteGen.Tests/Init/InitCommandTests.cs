using SiteGen.Tests.Support;

namespace SiteGen.Tests.Init;

/// <summary>`sitegen init DIR`: a new site of its own that builds clean, in a new or empty folder only.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "sitegen-init-" + Guid.NewGuid().ToString("N")[..12]);

    public InitCommandTests() => Directory.CreateDirectory(_temp);

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
    public void Init_creates_a_missing_folder_with_a_site_that_builds_with_no_warnings()
    {
        var site = Path.Combine(_temp, "new", "my-site");

        var init = Run(["init", site]);
        var build = Run(["build", .. ArgsFor(site)]);

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 warnings, 0 errors", build.Stdout, StringComparison.Ordinal);
        Assert.Equal(["404.html", "about/index.html", "index.html", "notes/getting-started/index.html", "notes/index.html", "notes/writing-pages/index.html"],
            Directory.EnumerateFiles(Path.Combine(site, "output"), "*.html", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(site, "output"), f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(site, "output", "css", "site.css")));
        // The starter links its stylesheet by a fingerprinted name, so hosts may cache it for a year (_headers says so).
        var stylesheet = Assert.Single(Directory.GetFiles(Path.Combine(site, "output", "css"), "site.*.css"));
        Assert.Contains("href=\"/css/" + Path.GetFileName(stylesheet) + "\"", File.ReadAllText(Path.Combine(site, "output", "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "output", "search-index", "meta.json")));
        Assert.Equal("/output/", File.ReadAllLines(Path.Combine(site, ".gitignore"))[^1]);
    }

    [Fact]
    public void The_new_site_has_a_section_with_two_pages_a_table_from_its_data_file_and_highlighted_code()
    {
        var site = Path.Combine(_temp, "my-site");
        Assert.Equal(0, Run(["init", site]).ExitCode);
        File.AppendAllText(Path.Combine(site, "site-content", "data", "commands.yml"), "- command: sitegen clean\n  does: \"Removes output/.\"\n");

        var build = Run(["build", .. ArgsFor(site)]);

        Assert.True(build.ExitCode == 0, build.ToString());
        var notes = Html(site, "notes/index.html");
        Assert.Equal(["/notes/getting-started/", "/notes/writing-pages/"], notes.QuerySelectorAll("main .page-list a").Select(a => a.GetAttribute("href")));
        var table = Html(site, "notes/getting-started/index.html").QuerySelector("main table")!;
        Assert.Equal("Commands for this site", table.QuerySelector("caption")!.TextContent);
        Assert.Equal("sitegen clean", table.QuerySelectorAll("tbody tr td:first-child")[^1].TextContent);
        Assert.NotEmpty(Html(site, "notes/writing-pages/index.html").QuerySelectorAll("pre code span[class^='hl-']"));
        var notFound = Html(site, "404.html");
        Assert.Equal("Page not found", notFound.QuerySelector("h1")!.TextContent);
        Assert.Equal("noindex", notFound.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Fact]
    public void Init_prints_the_commands_to_run_next()
    {
        var run = Run(["init", Path.Combine(_temp, "my site")]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"  cd '{Path.Combine(_temp, "my site")}'\n", run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  sitegen serve ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  sitegen build ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Init_fills_an_existing_empty_folder()
    {
        var site = Path.Combine(_temp, "empty");
        Directory.CreateDirectory(site);

        var run = Run(["init", site]);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(site, "site-content", "site.yml")));
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty_and_writes_nothing()
    {
        var site = Path.Combine(_temp, "busy");
        Directory.CreateDirectory(Path.Combine(site, "site-content"));
        File.WriteAllText(Path.Combine(site, "notes.txt"), "mine");
        var before = Tree(site);

        var run = Run(["init", site]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {site} is not empty (it holds notes.txt, site-content)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("never overwrites", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Tree(site));
    }

    [Fact]
    public void Init_refuses_a_folder_holding_only_a_hidden_file()
    {
        var site = Path.Combine(_temp, "git-only");
        Directory.CreateDirectory(Path.Combine(site, ".git"));

        var run = Run(["init", site]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is not empty (it holds .git)", run.Stderr, StringComparison.Ordinal);
        Assert.Equal([".git"], Tree(site));
    }

    [Fact]
    public void Init_refuses_a_file()
    {
        var file = Path.Combine(_temp, "site.txt");
        File.WriteAllText(file, "mine");

        var run = Run(["init", file]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: {file} is a file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(file));
        Assert.Equal(["site.txt=mine"], Tree(_temp));
    }

    [Fact]
    public void Help_lists_init_and_init_help_explains_it()
    {
        var root = Run(["--help"]);
        var init = Run(["init", "--help"]);

        Assert.Matches(@"(?m)^\s+init <dir>\s+Create a new site", root.Stdout);
        Assert.Contains("Refuses a folder that holds anything", init.Stdout, StringComparison.Ordinal);
        Assert.Contains("<dir>", init.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_without_a_folder_is_a_usage_error()
    {
        var run = Run(["init"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Required argument missing for command: 'init'", run.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The built site's pages link only inside the site, and the starter is no copy of the guide.</summary>
    [Fact]
    public void The_starter_site_is_its_own_not_the_guide()
    {
        var site = Path.Combine(_temp, "mine");
        Assert.Equal(0, Run(["init", site]).ExitCode);

        var guideFiles = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "templates"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "site-content"), "*", SearchOption.AllDirectories))
            .Select(File.ReadAllText).ToHashSet(StringComparer.Ordinal);
        var copies = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Where(f => guideFiles.Contains(File.ReadAllText(f))).ToList();

        Assert.Empty(copies);
        Assert.DoesNotContain("Backend", File.ReadAllText(Path.Combine(site, "site-content", "site.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_run_outside_any_site_points_to_init()
    {
        Assert.Null(SitePaths.FindRoot(_temp));

        var run = await RunInFolderAsync(_temp, ["build"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"no site-content/ folder in {_temp} or any folder above it", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("make a new site with `sitegen init <dir>`", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public async Task Init_dot_fills_the_current_folder_and_says_no_cd()
    {
        var init = await RunInFolderAsync(_temp, ["init", "."]);
        var build = await RunInFolderAsync(Path.Combine(_temp, "site-content", "notes"), ["build"]);

        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.DoesNotContain("cd ", init.Stdout, StringComparison.Ordinal);
        Assert.Contains("Created a new site in . (", init.Stdout, StringComparison.Ordinal);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(_temp, "output", "index.html")));
    }

    /// <summary>The CLI as a process started in <paramref name="folder"/> (a test cannot change its own process's folder).</summary>
    private static async Task<BuildRun> RunInFolderAsync(string folder, string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", [typeof(SiteGenCli).Assembly.Location, .. args])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var token = TestContext.Current.CancellationToken;
        var stdout = process.StandardOutput.ReadToEndAsync(token);
        var stderr = process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token).WaitAsync(TimeSpan.FromMinutes(1), token);
        return new BuildRun(process.ExitCode, await stdout, await stderr);
    }

    internal static string[] ArgsFor(string site) =>
        ["--source", Path.Combine(site, "site-content"), "--templates", Path.Combine(site, "templates"), "--output", Path.Combine(site, "output")];

    private static BuildRun Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = SiteGenCli.Run(args, stdout, stderr);
        return new BuildRun(exit, stdout.ToString(), stderr.ToString());
    }

    private static AngleSharp.Dom.IDocument Html(string site, string page) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site, "output", page)));

    private static List<string> Tree(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/') + (File.Exists(p) ? "=" + File.ReadAllText(p) : ""))
            .Order(StringComparer.Ordinal)];
}
