using System.Text;
using SiteGen.Benchmarks.Corpus;
using SiteGen.Config;

namespace SiteGen.Benchmarks.Stages;

/// <summary>
/// A small corpus written to a temporary folder for the stage benchmarks, with SiteGen's paths, config and one
/// clean build of it (in memory) so a benchmark can pick a real page's source and rendered HTML.
/// </summary>
public sealed class BenchmarkSite : IDisposable
{
    private BenchmarkSite(string folder, int pages)
    {
        Folder = folder;
        // Search off: the stage benchmarks time the stages every build has; run-benchmark.sh times the index.
        CorpusWriter.Write(CorpusPlan.Create(pages), folder, search: false);
        var root = Path.Combine(folder, "sitegen");
        Paths = new SitePaths(root, Path.Combine(root, "site-content"), Path.Combine(root, "templates"), Path.Combine(folder, "out"));
        var diagnostics = new DiagnosticBag();
        Config = SiteConfigLoader.Load(File.ReadAllText(Paths.ConfigFile), "site.yml", null, diagnostics)
            ?? throw new InvalidOperationException("the corpus's site.yml did not load: " + string.Join("; ", diagnostics.Items));
        Build = SiteBuilder.Build(new BuildOptions(Paths, null, false));
        if (!Build.Succeeded)
        {
            throw new InvalidOperationException("the corpus did not build: " + string.Join("; ", Build.Diagnostics.Take(5)));
        }
    }

    public string Folder { get; }

    public SitePaths Paths { get; }

    public SiteConfig Config { get; }

    public BuildResult Build { get; }

    public static BenchmarkSite Create(int pages) =>
        new(Path.Combine(Path.GetTempPath(), $"sitegen-bench-{Environment.ProcessId}-{Guid.NewGuid():N}"), pages);

    /// <summary>A regular page of the corpus: its content path (relative to site-content/), source and rendered HTML.</summary>
    public (string ContentPath, string Source, string Html) RegularPage(int index)
    {
        var sections = Directory.GetDirectories(Paths.Content).Order(StringComparer.Ordinal).ToArray();
        var files = sections.SelectMany(s => Directory.GetFiles(s, "*.md").Where(f => !f.EndsWith("_index.md", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToArray();
        var file = files[index % files.Length];
        var contentPath = Path.GetRelativePath(Paths.Content, file).Replace('\\', '/');
        var outputFile = contentPath[..^".md".Length] + "/index.html";
        var html = Build.Files.Single(f => f.Path == outputFile).Bytes!;
        return (contentPath, File.ReadAllText(file), Encoding.UTF8.GetString(html));
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
