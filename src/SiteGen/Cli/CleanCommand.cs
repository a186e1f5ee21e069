using System.CommandLine;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>`clean`: remove the output folder, with the same safety rules as `build`.</summary>
public static class CleanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var command = new Command("clean", "Remove the output folder when it is SiteGen's own (it holds the .sitegen-output marker every build writes; --force for one without), and the staging folders killed builds left beside it. Never the site root, content, templates or a folder above them.");
        site.AddTo(command, withBuildOptions: false);
        command.Options.Add(site.Force);
        command.SetAction(parse =>
        {
            if (site.Resolve(parse, stderr) is not { } options)
            {
                return SiteGenCli.UsageErrors;
            }
            var paths = options.Paths;
            if (OutputFolderGuard.ProblemReplacing(paths, parse.GetValue(site.Force), clean: true) is { } problem)
            {
                stderr.WriteLine("error: " + problem);
                return SiteGenCli.BuildErrors;
            }
            // A symbolic link stays: the folder it leads to is the output, and the next build fills it again.
            var output = RealPath.Resolve(paths.Output);
            var stale = StaleStagingFolders.RemoveBeside(output);
            var leftovers = stale > 0 ? $" and {BuildReport.Count(stale, "staging folder")} left by killed builds" : "";
            if (!Directory.Exists(output))
            {
                stdout.WriteLine($"Nothing to clean: {paths.Display(paths.Output)} does not exist{(stale > 0 ? $"; removed{leftovers}" : "")}.");
                return SiteGenCli.Success;
            }
            Directory.Delete(output, recursive: true);
            stdout.WriteLine($"Removed {paths.Display(paths.Output)}{leftovers}.");
            return SiteGenCli.Success;
        });
        return command;
    }
}
