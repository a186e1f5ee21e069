using BenchmarkDotNet.Attributes;
using SiteGen.Content;
using SiteGen.Markdown;

namespace SiteGen.Benchmarks.Stages;

/// <summary>
/// The load and Markdown stages on the pages of a 200-page corpus, one page at a time on one thread (steadier
/// than a parallel stage on a shared machine): reading a page file with its front matter, and rendering its
/// Markdown with the engine's renderer (Markdig parse, link rewriting, table captions, TOC, HTML, word count).
/// A cold build of N pages on C cores costs about N/C times these, plus JIT and GC.
/// </summary>
[MemoryDiagnoser]
public class LoadAndMarkdownBenchmarks
{
    private BenchmarkSite _site = null!;
    private string[] _files = [];
    private IReadOnlyList<Page> _pages = [];
    private MarkdownRenderer _renderer = null!;
    private IReadOnlyList<string> _taxonomies = [];

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.Create(200);
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(_site.Paths, null, false);
        var config = LoadStage.ReadConfig(options, diagnostics, null)
            ?? throw new InvalidOperationException("the corpus's site.yml did not load: " + string.Join("; ", diagnostics.Items));
        var loaded = LoadStage.Run(options, config, diagnostics, null);
        _pages = loaded.Content.Pages;
        _taxonomies = loaded.Config.Taxonomies;
        _files = [.. _pages.Select(p => Path.Combine(_site.Paths.Content, p.ContentPath!))];
        var byContentPath = _pages.ToDictionary(p => p.ContentPath!, StringComparer.Ordinal);
        _renderer = new MarkdownRenderer(new MarkdownPipelines(),
            new LinkResolver(byContentPath, loaded.Content, p => p, loaded.Config.BasePath));
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark(Description = "load: read + split + front matter, every page")]
    public int Load()
    {
        var count = 0;
        var diagnostics = new DiagnosticBag();
        foreach (var file in _files)
        {
            var text = SourceText.Read(file, "page.md", diagnostics);
            var split = FrontMatterParser.SplitPage(text!, "page.md", diagnostics)!;
            count += FrontMatterParser.Parse(split, "page.md", _taxonomies, diagnostics)!.Weight;
        }
        return count;
    }

    [Benchmark(Description = "markdown: MarkdownRenderer.Render, every page")]
    public int Markdown()
    {
        var length = 0;
        var diagnostics = new DiagnosticBag();
        foreach (var page in _pages)
        {
            length += _renderer.Render(page, diagnostics, []).HtmlUtf8.Length;
        }
        return length;
    }
}
