using System.CommandLine;
using System.Globalization;

namespace SiteGen;

/// <summary>The command line: commands and options, parsed by System.CommandLine. Nothing else lives here.</summary>
public static class SiteGenCli
{
    public const int Success = 0;
    public const int BuildErrors = 1;
    public const int UsageErrors = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var source = new Option<string?>("--source") { Description = "Content folder (Markdown, data/, static/, site.yml). Default: site-content under the site root" };
        var templates = new Option<string?>("--templates") { Description = "Templates folder (layouts, partials/, static/). Default: templates under the site root" };
        var output = new Option<string?>("--output") { Description = "Output folder, replaced as a whole when the build succeeds. Default: output under the site root" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Public address of the site, overriding base_url in site.yml (e.g. https://example.org/guide/)" };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages with draft: true" };

        var build = new Command("build", "Build the site into the output folder. A failed build leaves the previous output untouched.")
        {
            source, templates, output, baseUrl, drafts,
        };
        build.SetAction(parse =>
        {
            var options = ResolveOptions(parse.GetValue(source), parse.GetValue(templates), parse.GetValue(output), parse.GetValue(baseUrl), parse.GetValue(drafts), stderr);
            return options is null ? UsageErrors : RunBuild(options, stdout, stderr);
        });

        var root = new RootCommand("SiteGen: turns Markdown with YAML front matter into a linked, accessible HTML site through Scriban templates.")
        {
            build,
        };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine("error: " + error.Message);
            }
            stderr.WriteLine("Run 'sitegen --help' to see the commands and options.");
            return UsageErrors;
        }
        return parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static BuildOptions? ResolveOptions(string? source, string? templates, string? output, string? baseUrl, bool drafts, TextWriter stderr)
    {
        var cwd = Directory.GetCurrentDirectory();
        var root = source is not null ? Path.GetDirectoryName(Path.GetFullPath(source)) : SitePaths.FindRoot(cwd);
        if (root is null)
        {
            stderr.WriteLine($"error: no site-content/ folder in {cwd} or any folder above it; run SiteGen inside a site, or pass --source");
            return null;
        }
        var content = Path.GetFullPath(source ?? Path.Combine(root, "site-content"));
        if (!Directory.Exists(content))
        {
            stderr.WriteLine($"error: content folder {content} does not exist (--source)");
            return null;
        }
        var paths = new SitePaths(
            root,
            content,
            Path.GetFullPath(templates ?? Path.Combine(root, "templates")),
            Path.GetFullPath(output ?? Path.Combine(root, "output")));
        return new BuildOptions(paths, baseUrl, drafts);
    }

    private static int RunBuild(BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        BuildResult result;
        try
        {
            result = SiteBuilder.BuildAndWrite(options);
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: writing {options.Paths.Output} failed: {ex.Message}; the previous output was kept");
            return BuildErrors;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"error: writing {options.Paths.Output} failed: {ex.Message}; the previous output was kept");
            return BuildErrors;
        }
        DiagnosticPrinter.Print(result.Diagnostics, options.Paths.Root, stderr);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var otherFiles = result.Files.Count - result.PageCount;
        if (result.Succeeded)
        {
            stdout.WriteLine($"Built {result.PageCount} pages and {otherFiles} other files into {options.Paths.Display(options.Paths.Output)} in {seconds} s: {result.WarningCount} warnings, 0 errors.");
            return Success;
        }
        stderr.WriteLine($"Build failed: {result.ErrorCount} errors, {result.WarningCount} warnings ({result.PageCount} pages rendered, {seconds} s); {options.Paths.Display(options.Paths.Output)} was left unchanged.");
        return BuildErrors;
    }
}
