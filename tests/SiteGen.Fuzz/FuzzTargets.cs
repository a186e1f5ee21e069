using System.Text;
using SiteGen.Content;
using SiteGen.Html;
using SiteGen.Markdown;
using SiteGen.Yaml;

namespace SiteGen.Fuzz;

/// <summary>One entry point of SiteGen that takes untrusted text, and which of its exceptions are already known.</summary>
public sealed record FuzzTarget(string Name, Action<string> Run, Func<Exception, string?> KnownCase);

/// <summary>
/// The stages a site's files go through, called as the build calls them: the YAML reader (front matter, data files and
/// site.yml all go through it), the front-matter splitter and parser, the Markdown stage's renderer, and the HTML
/// link scanners that read every rendered page. None of them may throw: every problem must become a diagnostic.
/// </summary>
public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("yaml", Yaml, _ => null),
        new("front-matter", FrontMatter, _ => null),
        new("markdown", Markdown, KnownMarkdownCase),
        new("links", Links, _ => null),
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>Bytes as SiteGen reads a file: strict UTF-8 (invalid files are a diagnostic, so the fuzzer replaces
    /// invalid bytes instead), a BOM dropped, CRLF and CR turned into LF.</summary>
    public static string Text(ReadOnlySpan<byte> bytes)
    {
        var bag = new DiagnosticBag();
        return SourceText.Decode(bytes, "fuzz", bag) ?? Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    private static void Yaml(string text)
    {
        var bag = new DiagnosticBag();
        if (YamlNodeReader.Read(text, "fuzz.yml", 0, bag) is { } node)
        {
            YamlConvert.ToScriptValue(node);
        }
    }

    private static void FrontMatter(string text)
    {
        var bag = new DiagnosticBag();
        if (FrontMatterParser.SplitPage(text, "fuzz.md", bag) is { } split)
        {
            FrontMatterParser.Parse(split, "fuzz.md", ["tags"], bag);
        }
    }

    // Made on first use: under SharpFuzz no instrumented SiteGen code may run before Fuzzer.OutOfProcess.Run starts.
    private static readonly Lazy<FrontMatter> PageFrontMatter = new(() => FrontMatterParser.Parse(new FrontMatterParser.Split("title: Fuzz\n", "", 3), "fuzz.md", [], new DiagnosticBag())!);

    private static void Markdown(string text)
    {
        var other = new Page { Kind = PageKind.Page, Path = "/other/", FrontMatter = PageFrontMatter.Value, SourceFile = "site-content/other.md", ContentPath = "other.md" };
        var page = new Page { Kind = PageKind.Page, Path = "/fuzz/", FrontMatter = PageFrontMatter.Value, SourceFile = "site-content/fuzz.md", ContentPath = "fuzz.md", Body = text, BodyLine = 4 };
        var byContentPath = new Dictionary<string, Page>(StringComparer.Ordinal) { ["fuzz.md"] = page, ["other.md"] = other };
        var loaded = new ContentLoader.Loaded([page, other], new HashSet<string>(), new HashSet<string>());
        var links = new LinkResolver(byContentPath, loaded, p => "site-content/" + p, "/guide");
        var renderer = new MarkdownRenderer(MarkdownPipelines.Shared, links);
        var rendered = renderer.Render(page, new DiagnosticBag(), []);
        // The rendered page then goes through the link scanner, as in the build.
        Links(Encoding.UTF8.GetString(rendered.HtmlUtf8));
    }

    private static void Links(string html)
    {
        HtmlLinkScanner.Scan(html);
        new PageLinkScanner("https://example.org/guide/", "/guide").Scan("/fuzz/", html);
    }

    /// <summary>Markdig's depth limit throws out of the build: issue 10 case 5, fixed on another branch.</summary>
    private static string? KnownMarkdownCase(Exception ex) =>
        ex is ArgumentException && ex.Message.Contains("depth limit", StringComparison.Ordinal) || ex is InsufficientExecutionStackException
            ? "issue 10 case 5 (Markdig depth limit)"
            : null;
}
