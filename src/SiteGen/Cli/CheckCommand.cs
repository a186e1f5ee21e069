using System.CommandLine;
using SiteGen.Html;

namespace SiteGen.Cli;

/// <summary>`check`: every validation of `build` without writing anything; optionally external links too.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var external = new Option<bool>("--external") { Description = "Also check links to other sites over HTTP; dead ones are reported as warnings" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each external link", DefaultValueFactory = _ => 10 };
        var concurrency = new Option<int>("--concurrency") { Description = "External links checked at once", DefaultValueFactory = _ => 8 };
        var cacheHours = new Option<int>("--cache-hours") { Description = "Skip external links that answered well within this many hours (cache in .sitegen-cache/); 0 checks all", DefaultValueFactory = _ => 24 };
        var baseline = new Option<FileInfo?>("--baseline") { Description = "A deployed sitemap.xml: every URL it lists (under the site's base_url) must still be a page, an alias or a file of this build; each one dropped is an error naming the alias to add" };
        var command = new Command("check", "Run every check of `build` (config, front matter, data, templates, links, anchors) without writing the output. Exit code 1 on any error.");
        site.AddTo(command);
        command.Options.Add(external);
        command.Options.Add(timeout);
        command.Options.Add(concurrency);
        command.Options.Add(cacheHours);
        command.Options.Add(baseline);
        command.Options.Add(site.AllWarnings);
        command.SetAction(async (parse, cancellation) =>
        {
            Warmup.Start();
            if (site.Resolve(parse, stderr) is not { } options)
            {
                return SiteGenCli.UsageErrors;
            }
            if (parse.GetValue(baseline) is { } sitemap)
            {
                if (!sitemap.Exists)
                {
                    stderr.WriteLine($"error: --baseline {sitemap.FullName}: file not found; pass a deployed sitemap.xml");
                    return SiteGenCli.UsageErrors;
                }
                options = options with { PublishedUrls = new(sitemap.FullName, Strict: true) };
            }
            var result = SiteBuilder.Build(options);
            if (parse.GetValue(external) && result.ExternalLinks.Count > 0)
            {
                var checker = new ExternalLinkChecker(
                    TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                    Math.Max(1, parse.GetValue(concurrency)),
                    Path.Combine(options.Paths.Root, ".sitegen-cache", "external-links.tsv"),
                    TimeSpan.FromHours(Math.Max(0, parse.GetValue(cacheHours))));
                var warnings = await checker.CheckAsync(result.ExternalLinks, cancellation);
                stdout.WriteLine($"Checked {BuildReport.Count(result.ExternalLinks.Count, "external link")}: {warnings.Count} dead.");
                var reported = warnings.Where(w => !result.SilencedKinds.Contains(w.Kind)).ToList();
                result = result with
                {
                    Diagnostics = [.. result.Diagnostics, .. reported],
                    SilencedWarningCount = result.SilencedWarningCount + warnings.Count - reported.Count,
                };
            }
            BuildReport.Print(result, options, wrote: false, showTimings: false, stdout, stderr, parse.GetValue(site.AllWarnings));
            return result.Succeeded ? SiteGenCli.Success : SiteGenCli.BuildErrors;
        });
        return command;
    }
}
