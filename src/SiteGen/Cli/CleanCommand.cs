using System.CommandLine;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>`clean`: remove the output folder, with the same safety rules as `build`.</summary>
public static class CleanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var command = new Command("clean", "Remove the output folder (never the site root, content or templates, or a folder above them).");
        site.AddTo(command, withBuildOptions: false);
        command.SetAction(parse =>
        {
            if (site.Resolve(parse, stderr) is not { } options)
            {
                return SiteGenCli.UsageErrors;
            }
            var paths = options.Paths;
            if (OutputFolderGuard.Problem(paths) is { } problem)
            {
                stderr.WriteLine("error: " + problem);
                return SiteGenCli.BuildErrors;
            }
            if (!Directory.Exists(paths.Output))
            {
                stdout.WriteLine($"Nothing to clean: {paths.Display(paths.Output)} does not exist.");
                return SiteGenCli.Success;
            }
            Directory.Delete(paths.Output, recursive: true);
            stdout.WriteLine($"Removed {paths.Display(paths.Output)}.");
            return SiteGenCli.Success;
        });
        return command;
    }
}
