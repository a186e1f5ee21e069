using BenchmarkDotNet.Attributes;

namespace SiteGen.Benchmarks.Stages;

/// <summary>
/// A whole build in memory (load, Markdown, derive, templates, link check; no write) of a small corpus, in the
/// benchmark process, so after warm-up it shows steady-state cost per build without process start and JIT.
/// </summary>
[MemoryDiagnoser]
public class WholeBuildBenchmarks
{
    private BenchmarkSite _site = null!;

    [Params(200)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup() => _site = BenchmarkSite.Create(Pages);

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark(Description = "SiteBuilder.Build, in memory")]
    public int Build()
    {
        var result = SiteBuilder.Build(new BuildOptions(_site.Paths, null, false));
        return result.Succeeded ? result.PageCount : throw new InvalidOperationException("the build failed");
    }
}
