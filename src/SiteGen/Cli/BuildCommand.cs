using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>`build`: the whole site into the output folder, atomically.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var timings = new Option<bool>("--timings") { Description = "Print the time each stage took (load, markdown, git - the wait for the history pass that runs beside Markdown -, derive, templates - which also scans and writes each page and takes its search text -, hosting, links, search, write, and compress with --compress), the git history pass, the code highlighting, link scan, search text and writes summed over threads, garbage collections and memory allocated" };
        var compress = new Option<bool>("--compress") { Description = "Also write a .gz (gzip, smallest) and a .br (Brotli, quality 6) beside every text file (HTML, CSS, JavaScript, JSON, XML, SVG, text), in parallel, for hosts that serve precompressed files (nginx gzip_static and brotli_static, S3 with Content-Encoding); the bytes are the same on every build" };
        var command = new Command("build", "Build the site into the output folder, replacing it only when it is SiteGen's own output (see --output and --force). A failed build leaves the previous output untouched.");
        site.AddTo(command);
        command.Options.Add(timings);
        command.Options.Add(site.AllWarnings);
        command.Options.Add(site.Force);
        command.Options.Add(compress);
        command.SetAction(parse =>
        {
            Warmup.Start();
            if (site.Resolve(parse, stderr) is not { } options)
            {
                return SiteGenCli.UsageErrors;
            }
            options = options with { Compress = parse.GetValue(compress) };
            BuildResult result;
            try
            {
                result = SiteBuilder.BuildAndWrite(options, parse.GetValue(site.Force));
            }
            catch (Exception ex) when (WriteFailure(ex) is { } failure)
            {
                stderr.WriteLine($"error: writing {options.Paths.Output} failed: {failure.Message}; the previous output was kept");
                return SiteGenCli.BuildErrors;
            }
            BuildReport.Print(result, options, wrote: true, parse.GetValue(timings), stdout, stderr, parse.GetValue(site.AllWarnings));
            return result.Succeeded ? SiteGenCli.Success : SiteGenCli.BuildErrors;
        });
        return command;
    }

    /// <summary>A disk error (full, read-only, no permission), also when it reached us from a parallel writer.</summary>
    private static Exception? WriteFailure(Exception ex) => ex switch
    {
        IOException or UnauthorizedAccessException => ex,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(WriteFailure).FirstOrDefault(e => e is not null),
        _ => null,
    };
}
