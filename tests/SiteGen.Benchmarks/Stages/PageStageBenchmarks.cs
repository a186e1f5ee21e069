using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Renderers;
using Scriban;
using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Html;
using SiteGen.Markdown;
using SiteGen.Templates;

namespace SiteGen.Benchmarks.Stages;

/// <summary>
/// The per-page work of a build, one page at a time, on a typical page of the benchmark corpus (about 4 KB of
/// Markdown, 6 headings, a table, a code block, 3 links): front matter, Markdown, the page and base templates, and
/// the link scan. A build of N pages on C cores costs roughly N/C times the sum, plus the fixed costs that
/// <see cref="WholeBuildBenchmarks"/> shows.
/// </summary>
[MemoryDiagnoser]
public class PageStageBenchmarks
{
    private BenchmarkSite _site = null!;
    private string _source = "";
    private string _body = "";
    private string _html = "";
    private MarkdownPipeline _pipeline = null!;
    private TemplateSet _templates = null!;
    private Template _pageTemplate = null!;
    private Template _baseTemplate = null!;
    private EscapingTemplateContext _context = null!;
    private ScriptObject _pageGlobals = null!;
    private HtmlParser _angleSharp = null!;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(200);
        (_, _source, _html) = _site.RegularPage(17);
        var diagnostics = new DiagnosticBag();
        var split = FrontMatterParser.SplitPage(_source, "page.md", diagnostics)!;
        _body = split.Body;
        _pipeline = MarkdownPipelineFactory.Create();

        _templates = TemplateSet.Load(_site.Paths, diagnostics);
        _pageTemplate = _templates.Get("_default/page.html");
        _baseTemplate = _templates.Get("_default/base.html");
        var globals = new ScriptObject();
        TemplateFunctions.Import(globals, _site.Config, _templates);
        globals["site"] = SiteModel(_site);
        _context = new EscapingTemplateContext();
        _templates.Prime(_context);
        _context.PushGlobal(globals);
        _pageGlobals = new ScriptObject { ["page"] = PageModel(Markdig.Markdown.ToHtml(_body, _pipeline)) };
        _context.PushGlobal(_pageGlobals);
        _angleSharp = new HtmlParser();
        CheckScannersAgree(_site);
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark(Description = "front matter: split + parse")]
    public FrontMatter? FrontMatter()
    {
        var diagnostics = new DiagnosticBag();
        var split = FrontMatterParser.SplitPage(_source, "page.md", diagnostics)!;
        return FrontMatterParser.Parse(split, "page.md", ["tags"], diagnostics);
    }

    [Benchmark(Description = "markdown: Markdig parse (engine pipeline)")]
    public object MarkdownParse() => Markdig.Markdown.Parse(_body, _pipeline);

    [Benchmark(Description = "markdown: Markdig parse + HTML render (engine pipeline)")]
    public string MarkdownParseAndRender()
    {
        var document = Markdig.Markdown.Parse(_body, _pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    [Benchmark(Description = "templates: page.html + base.html")]
    public string Templates()
    {
        var main = _pageTemplate.Render(_context) ?? "";
        _pageGlobals["main"] = new HtmlString(main);
        return _baseTemplate.Render(_context) ?? "";
    }

    [Benchmark(Description = "links: HtmlLinkScanner.Scan (engine)")]
    public PageLinks LinkScan() => HtmlLinkScanner.Scan(_html);

    [Benchmark(Description = "links: SpanLinkScanner.Scan (prototype)")]
    public PageLinks LinkScanPrototype() => SpanLinkScanner.Scan(_html);

    [Benchmark(Description = "links: AngleSharp DOM parse + query (for comparison)")]
    public int LinkScanAngleSharp()
    {
        using var document = _angleSharp.ParseDocument(_html);
        return document.QuerySelectorAll("[id],[href],[src]").Length;
    }

    /// <summary>The prototype scanner must give the engine's answer on every page before its time means anything.</summary>
    private static void CheckScannersAgree(BenchmarkSite site)
    {
        foreach (var file in site.Build.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Bytes is not null))
        {
            var html = System.Text.Encoding.UTF8.GetString(file.Bytes!);
            var engine = HtmlLinkScanner.Scan(html);
            var prototype = SpanLinkScanner.Scan(html);
            if (!engine.Ids.SetEquals(prototype.Ids) || !engine.References.SequenceEqual(prototype.References))
            {
                throw new InvalidOperationException($"SpanLinkScanner and HtmlLinkScanner disagree on {file.Path}");
            }
        }
    }

    private static ScriptObject SiteModel(BenchmarkSite site)
    {
        var menus = new ScriptObject();
        foreach (var (name, items) in site.Config.Menus)
        {
            menus[name] = new ScriptArray(items.Select(i => (object?)new ScriptObject { ["name"] = i.Name, ["url"] = i.Url, ["weight"] = i.Weight }));
        }
        return new ScriptObject
        {
            ["title"] = site.Config.Title,
            ["description"] = site.Config.Description,
            ["base_url"] = site.Config.BaseUrl,
            ["base_path"] = site.Config.BasePath,
            ["language"] = site.Config.Language,
            ["menus"] = menus,
        };
    }

    /// <summary>The members of SiteGen's page model that the corpus's page.html reads, with a typical page's values.</summary>
    private static ScriptObject PageModel(string contentHtml)
    {
        static ScriptObject Term(string name) => new() { ["title"] = name, ["url"] = "/tags/" + name + "/", ["path"] = "/tags/" + name + "/" };
        return new ScriptObject
        {
            ["title"] = "Designing a reliable cache",
            ["description"] = "How to design a reliable cache: basics, limits and what happens when the load spikes.",
            ["kind"] = "page",
            ["url"] = "/guides/designing-a-reliable-cache-000017/",
            ["path"] = "/guides/designing-a-reliable-cache-000017/",
            ["permalink"] = "https://example.org/guides/designing-a-reliable-cache-000017/",
            ["date"] = "2023-05-17",
            ["section"] = new ScriptObject { ["title"] = "Guides", ["url"] = "/guides/" },
            ["terms"] = new ScriptObject { ["tags"] = new ScriptArray { Term("caching"), Term("performance"), Term("http") } },
            ["toc_html"] = new HtmlString("<ol><li><a href=\"#a\">A</a></li><li><a href=\"#b\">B</a><ol><li><a href=\"#c\">C</a></li></ol></li><li><a href=\"#d\">D</a></li><li><a href=\"#e\">E</a><ol><li><a href=\"#f\">F</a></li></ol></li></ol>"),
            ["content"] = new HtmlString(contentHtml),
        };
    }
}
