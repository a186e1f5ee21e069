using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using Markdig;
using Markdig.Renderers;
using Scriban;
using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Derive;
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
        (var contentPath, _source, _html) = _site.RegularPage(17);
        var diagnostics = new DiagnosticBag();
        var split = FrontMatterParser.SplitPage(_source, "page.md", diagnostics)!;
        _body = split.Body;
        _pipeline = new MarkdownPipelines().For(_body);

        // The template models come from the engine's own stages, as in a build.
        var options = new BuildOptions(_site.Paths, null, false);
        var config = LoadStage.ReadConfig(options, diagnostics, null)
            ?? throw new InvalidOperationException("the corpus's site.yml did not load: " + string.Join("; ", diagnostics.Items));
        var loaded = LoadStage.Run(options, config, diagnostics, null);
        MarkdownStage.Run(_site.Paths, loaded, diagnostics, null);
        var derived = DeriveStage.Run(loaded, _site.Paths, diagnostics);
        _templates = loaded.Templates;
        _pageTemplate = _templates.Get("_default/page.html");
        _baseTemplate = _templates.Get("_default/base.html");
        var globals = new ScriptObject();
        TemplateFunctions.Import(globals, loaded.Config, _templates);
        globals["site"] = new PageModelBuilder(loaded.Config).BuildSite(derived.Pages, loaded.Data, null, null, out var models);
        var page = derived.Pages.Single(p => p.ContentPath == contentPath);
        _context = new EscapingTemplateContext();
        _templates.Prime(_context);
        _context.PushGlobal(globals);
        _pageGlobals = new ScriptObject { ["page"] = models[page] };
        _context.PushGlobal(_pageGlobals);
        _angleSharp = new HtmlParser();
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

    [Benchmark(Description = "links: AngleSharp DOM parse + query (for comparison)")]
    public int LinkScanAngleSharp()
    {
        using var document = _angleSharp.ParseDocument(_html);
        return document.QuerySelectorAll("[id],[href],[src]").Length;
    }
}
