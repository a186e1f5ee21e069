using System.CommandLine;

namespace SiteGen;

/// <summary>The command line: commands and options, parsed by System.CommandLine. Each command lives in Cli/.</summary>
public static class SiteGenCli
{
    public const int Success = 0;
    public const int BuildErrors = 1;
    public const int UsageErrors = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Parse(args, stdout, stderr) is { } parseResult ? parseResult.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr }) : UsageErrors;

    /// <summary>Like <see cref="Run"/>, stopped by <paramref name="cancellation"/> (as Ctrl+C stops `serve`).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation) =>
        Parse(args, stdout, stderr) is { } parseResult
            ? await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr }, cancellation)
            : UsageErrors;

    /// <returns>The parsed command line; null after printing its errors.</returns>
    private static ParseResult? Parse(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "SiteGen: turns Markdown with YAML front matter into a linked, accessible HTML site through Scriban templates.\n" +
            "  New site:  sitegen init DIR      Build it:  sitegen build      Write with live reload:  sitegen serve\n" +
            "  (installed as a .NET tool the command is sitegen; from this repository: dotnet run --project src/SiteGen -- build)\n" +
            "  Exit codes: 0 success, 1 build errors (each printed as path:line:column), 2 usage errors.")
        {
            Cli.BuildCommand.Create(stdout, stderr),
            Cli.CheckCommand.Create(stdout, stderr),
            Cli.ServeCommand.Create(stdout, stderr),
            Cli.NewCommand.Create(stdout, stderr),
            Cli.CleanCommand.Create(stdout, stderr),
            Init.InitCommand.Create(stdout, stderr),
        };
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                stderr.WriteLine("error: " + error.Message);
            }
            stderr.WriteLine("Run with --help to see the commands and options.");
            return null;
        }
        return parseResult;
    }
}
