using System.CommandLine;

namespace SiteGen.Cli;

/// <summary>The options every command that reads a site shares: where its folders are.</summary>
public sealed class SiteOptions
{
    public Option<string?> Source { get; } = new("--source") { Description = "Content folder (Markdown, data/, static/, site.yml). Default: site-content under the site root, found by walking up from the current folder" };
    public Option<string?> Templates { get; } = new("--templates") { Description = "Templates folder (layouts, partials/, static/, archetypes/). Default: templates next to the content folder" };
    public Option<string?> Output { get; } = new("--output") { Description = "Output folder, replaced as a whole when a build succeeds (through a symbolic link, the folder it points to). SiteGen replaces or deletes only its own output: a folder that is absent, empty or holds the .sitegen-output marker every build writes. Default: output next to the content folder" };
    public Option<bool> Force { get; } = new("--force") { Description = "Replace (clean: delete) the output folder even though it holds no .sitegen-output marker, e.g. the output of an earlier SiteGen. Never the site root, content, templates or a folder above them, output inside content or templates, a folder holding .git, your home folder or a file-system root" };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Public address of the site, overriding base_url in site.yml (e.g. https://example.org/guide/)" };
    public Option<string?> EditUrl { get; } = new("--edit-url") { Description = "Pattern of every page's edit link, overriding edit_url in site.yml; {path} is the source file from the repository root (e.g. https://github.com/OWNER/REPO/edit/main/{path})" };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include pages with draft: true" };
    public Option<bool> AllWarnings { get; } = new("--all-warnings") { Description = "Print every warning; by default a kind with more than 5 is shown by its first 3 and a count (silence a kind with silence_warnings: [kind] in site.yml)" };

    public void AddTo(Command command, bool withBuildOptions = true)
    {
        command.Options.Add(Source);
        command.Options.Add(Templates);
        command.Options.Add(Output);
        if (withBuildOptions)
        {
            command.Options.Add(BaseUrl);
            command.Options.Add(EditUrl);
            command.Options.Add(Drafts);
        }
    }

    /// <summary>The site's folders, or null after printing why they cannot be found.</summary>
    public BuildOptions? Resolve(ParseResult parse, TextWriter stderr)
    {
        var source = parse.GetValue(Source);
        var cwd = Directory.GetCurrentDirectory();
        var root = source is not null ? Path.GetDirectoryName(Path.GetFullPath(source)) : SitePaths.FindRoot(cwd);
        if (root is null)
        {
            stderr.WriteLine($"error: no site-content/ folder in {cwd} or any folder above it; run SiteGen inside a site, pass --source, or make a new site with `sitegen init <dir>`");
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
            Path.GetFullPath(parse.GetValue(Templates) ?? Path.Combine(root, "templates")),
            Path.GetFullPath(parse.GetValue(Output) ?? Path.Combine(root, "output")));
        return new BuildOptions(paths, parse.GetValue(BaseUrl), parse.GetValue(Drafts)) { EditUrlOverride = parse.GetValue(EditUrl) };
    }
}
