using System.CommandLine;

namespace SiteGen.Init;

/// <summary>`init DIR`: a new, small site of its own (not the guide) in a new or empty folder, ready to build.</summary>
public static class InitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<string>("dir") { Description = "Folder for the new site: created when missing; an existing folder must be empty" };
        var command = new Command("init",
            "Create a new site in DIR: site.yml, a home page, a section with two pages, a data file and a component that shows it, " +
            "an about page, a 404 page, templates and CSS (light and dark, readable on a phone). " +
            "Refuses a folder that holds anything, and a file, so it never overwrites; then prints the commands to run next.")
        {
            folder,
        };
        command.SetAction(parse => Run(parse.GetValue(folder)!, stdout, stderr));
        return command;
    }

    private static int Run(string folder, TextWriter stdout, TextWriter stderr)
    {
        var root = Path.GetFullPath(folder);
        if (File.Exists(root))
        {
            stderr.WriteLine($"error: {folder} is a file; give `init` a folder for the new site, e.g. `sitegen init my-site`");
            return SiteGenCli.UsageErrors;
        }
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Order(StringComparer.Ordinal).Take(4).ToList() is { Count: > 0 } entries)
        {
            var shown = string.Join(", ", entries.Take(3).Select(Path.GetFileName));
            stderr.WriteLine($"error: {folder} is not empty (it holds {shown}{(entries.Count > 3 ? ", ..." : "")}); " +
                "`init` writes only into a new or empty folder, so it never overwrites anything: give it a new folder name, e.g. `sitegen init my-site`");
            return SiteGenCli.UsageErrors;
        }
        var existed = Directory.Exists(root);
        try
        {
            Directory.CreateDirectory(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot create {folder}: {ex.Message}");
            return SiteGenCli.BuildErrors;
        }
        if (StarterSite.WriteTo(root) is { } problem)
        {
            if (!existed)
            {
                TryDeleteEmpty(root);
            }
            stderr.WriteLine($"error: could not write the new site into {folder} ({problem}); nothing was left behind");
            return SiteGenCli.BuildErrors;
        }
        PrintNextSteps(folder, inCurrentFolder: root == Path.GetFullPath(Directory.GetCurrentDirectory()), stdout);
        return SiteGenCli.Success;
    }

    private static void PrintNextSteps(string folder, bool inCurrentFolder, TextWriter stdout)
    {
        var cd = folder.Any(c => char.IsWhiteSpace(c) || "'\"$`\\&;|<>()*?!#~".Contains(c)) ? "'" + folder.Replace("'", "'\\''", StringComparison.Ordinal) + "'" : folder;
        stdout.WriteLine($"Created a new site in {folder} ({StarterSite.Files.Count} files):");
        stdout.WriteLine("  site-content/   the pages (Markdown), data/ and site.yml");
        stdout.WriteLine("  templates/      the layouts, a component, the CSS and the archetype `new` uses");
        stdout.WriteLine();
        stdout.WriteLine("Next:");
        if (!inCurrentFolder)
        {
            stdout.WriteLine($"  cd {cd}");
        }
        stdout.WriteLine("  sitegen serve    # preview at http://127.0.0.1:1313/, rebuilt and reloaded on every save");
        stdout.WriteLine("  sitegen build    # write the site to output/, ready for any static host");
    }

    private static void TryDeleteEmpty(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
