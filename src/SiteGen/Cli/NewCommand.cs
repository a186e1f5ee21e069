using System.CommandLine;
using System.Globalization;
using SiteGen.Content;

namespace SiteGen.Cli;

/// <summary>`new`: create a page from an archetype, e.g. `new role "Site Reliability Engineer"` or `new page guides/intro`.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var kind = new Argument<string>("kind") { Description = "What to create: 'page', or a kind with an archetype in templates/archetypes/<kind>.md (role, skill, ...)" };
        var name = new Argument<string>("title-or-path") { Description = "The title (for a kind), or the path under the content folder (for 'page', e.g. guides/intro)" };
        var command = new Command("new", "Create a page from an archetype, with a slug made from the title. Never overwrites a file.") { kind, name };
        site.AddTo(command, withBuildOptions: false);
        command.SetAction(parse =>
        {
            if (site.Resolve(parse, stderr) is not { } options)
            {
                return SiteGenCli.UsageErrors;
            }
            return CreatePage(options.Paths, parse.GetValue(kind)!, parse.GetValue(name)!, stdout, stderr);
        });
        return command;
    }

    private static int CreatePage(SitePaths paths, string kind, string titleOrPath, TextWriter stdout, TextWriter stderr)
    {
        var archetypes = Path.Combine(paths.Templates, "archetypes");
        string target, title, slug, archetypeKind;
        if (kind == "page")
        {
            var relative = titleOrPath.Replace('\\', '/').Trim('/');
            if (relative.Length == 0 || relative.Split('/').Any(s => s is "" or "." or "..") || Path.IsPathRooted(titleOrPath))
            {
                stderr.WriteLine($"error: '{titleOrPath}' must be a path inside the content folder, like guides/intro");
                return SiteGenCli.UsageErrors;
            }
            var folder = relative.Contains('/') ? relative[..relative.LastIndexOf('/')] : "";
            var file = relative[(relative.LastIndexOf('/') + 1)..];
            var stem = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? file[..^3] : file;
            slug = UrlSegment.OfTitle(stem);
            title = TitleFrom(stem);
            target = Path.Combine(paths.Content, folder, slug + ".md");
            archetypeKind = "default";
        }
        else
        {
            if (!File.Exists(Path.Combine(archetypes, kind + ".md")))
            {
                var known = Directory.Exists(archetypes)
                    ? string.Join(", ", Directory.EnumerateFiles(archetypes, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
                    : "none";
                stderr.WriteLine($"error: no archetype for '{kind}': create {paths.Display(Path.Combine(archetypes, kind + ".md"))} (archetypes now: {known}), or use `new page <path>`");
                return SiteGenCli.UsageErrors;
            }
            title = titleOrPath.Trim();
            if (title.Length == 0)
            {
                stderr.WriteLine("error: the title is empty; give the page a title, like `new skill \"C++\"`");
                return SiteGenCli.UsageErrors;
            }
            slug = UrlSegment.OfTitle(title);
            var plural = Path.Combine(paths.Content, kind + "s");
            var folder = Directory.Exists(plural) || !Directory.Exists(Path.Combine(paths.Content, kind)) ? plural : Path.Combine(paths.Content, kind);
            target = Path.Combine(folder, slug + ".md");
            archetypeKind = kind;
        }

        var archetypeFile = Path.Combine(archetypes, archetypeKind + ".md");
        var (text, problem) = Archetype.Render(File.Exists(archetypeFile) ? archetypeFile : null, title, slug, DateOnly.FromDateTime(DateTime.Now));
        if (text is null)
        {
            stderr.WriteLine("error: archetype: " + problem);
            return SiteGenCli.BuildErrors;
        }
        if (File.Exists(target))
        {
            stderr.WriteLine($"error: {paths.Display(target)} already exists; SiteGen never overwrites a page (pick another title, or edit that file)");
            return SiteGenCli.BuildErrors;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(text);
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"error: cannot create {paths.Display(target)}: {ex.Message}");
            return SiteGenCli.BuildErrors;
        }
        stdout.WriteLine($"Created {paths.Display(target)}");
        return SiteGenCli.Success;
    }

    private static string TitleFrom(string stem)
    {
        var words = stem.Replace('-', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
    }
}
