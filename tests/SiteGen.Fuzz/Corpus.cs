using System.Text;
using SiteGen.Markdown;

namespace SiteGen.Fuzz;

/// <summary>Seed inputs from the guide in this repository: its pages, site.yml and data files, its templates, and
/// the HTML its Markdown renders to (for the link scanner).</summary>
public static class Corpus
{
    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("run the fuzzer inside the SiteGen repository (it reads its seed corpus from site-content/)");
    }

    public static List<byte[]> For(string target, string root)
    {
        var content = Path.Combine(root, "site-content");
        var pages = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var yaml = Directory.EnumerateFiles(content, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        List<byte[]> inputs = target switch
        {
            "yaml" => [.. yaml.Select(File.ReadAllBytes), .. pages.Select(p => Encoding.UTF8.GetBytes(FrontMatterOf(File.ReadAllText(p))))],
            "front-matter" => [.. pages.Select(File.ReadAllBytes)],
            "markdown" => [.. pages.Select(p => Encoding.UTF8.GetBytes(BodyOf(File.ReadAllText(p))))],
            "links" =>
            [
                .. pages.Select(p => Encoding.UTF8.GetBytes(Markdig.Markdown.ToHtml(BodyOf(File.ReadAllText(p)), MarkdownPipelines.Shared.Full))),
                .. Directory.EnumerateFiles(Path.Combine(root, "templates"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
            ],
            _ => throw new ArgumentException($"unknown target {target}"),
        };
        // Small inputs mutate into interesting ones faster: add each input's first 2 KB too.
        return [.. inputs, .. inputs.Where(i => i.Length > 2048).Select(i => i[..2048])];
    }

    private static string FrontMatterOf(string page) =>
        page.StartsWith("---\n", StringComparison.Ordinal) && page.IndexOf("\n---", 3, StringComparison.Ordinal) is > 0 and var end ? page[4..end] : page;

    private static string BodyOf(string page) =>
        page.StartsWith("---\n", StringComparison.Ordinal) && page.IndexOf("\n---\n", 3, StringComparison.Ordinal) is > 0 and var end ? page[(end + 5)..] : page;
}
