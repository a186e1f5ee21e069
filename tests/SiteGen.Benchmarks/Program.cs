using System.Globalization;
using BenchmarkDotNet.Running;
using SiteGen.Benchmarks.Corpus;

namespace SiteGen.Benchmarks;

/// <summary>
/// <c>corpus --pages N --out DIR [--seed S]</c>: write the benchmark corpus (SiteGen and Hugo layouts).
/// <c>bench [BenchmarkDotNet options]</c>: run the stage benchmarks (all of them unless --filter is given).
/// </summary>
public static class Program
{
    private const string Usage =
        """
        usage:
          SiteGen.Benchmarks corpus --pages N --out DIR [--seed S] [--no-search]
              writes DIR/sitegen (site-content/, templates/) and DIR/hugo (content/, layouts/, config.yaml);
              the same N and seed always give byte-identical files; SiteGen's site.yml has `search:` on and
              its base template the search box, unless --no-search (for SiteGen builds without search)
          SiteGen.Benchmarks bench [BenchmarkDotNet options, e.g. --filter *Markdown* --job short]
              runs the stage benchmarks (every benchmark unless --filter is given)
        """;

    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        return args[0] switch
        {
            "corpus" => Corpus(args[1..]),
            "bench" => Bench(args[1..]),
            _ => Fail($"unknown command '{args[0]}'"),
        };
    }

    private static int Corpus(string[] args)
    {
        int? pages = null;
        string? output = null;
        var seed = CorpusPlan.DefaultSeed;
        var search = true;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--pages" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 2:
                    pages = n;
                    i++;
                    break;
                case "--out" when value is not null:
                    output = value;
                    i++;
                    break;
                case "--seed" when ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var s):
                    seed = s;
                    i++;
                    break;
                case "--no-search":
                    search = false;
                    break;
                default:
                    return Fail($"corpus: bad or incomplete option '{args[i]}'");
            }
        }
        if (pages is null || output is null)
        {
            return Fail("corpus: --pages N (at least 2) and --out DIR are required");
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            CorpusWriter.Write(CorpusPlan.Create(pages.Value, seed), output, search);
        }
        catch (IOException ex)
        {
            return Fail("corpus: " + ex.Message, showUsage: false);
        }
        Console.WriteLine($"Wrote a corpus of {pages.Value} pages (seed {seed}, search {(search ? "on" : "none")}) to {Path.GetFullPath(output)} (sitegen/, hugo/) in {clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
        return 0;
    }

    private static int Bench(string[] args)
    {
        var switcher = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly);
        var hasFilter = args.Any(a => a is "--filter" or "-f" or "--list" or "--help" or "-h");
        switcher.Run(hasFilter ? args : [.. args, "--filter", "*"]);
        return 0;
    }

    private static int Fail(string message, bool showUsage = true)
    {
        Console.Error.WriteLine("error: " + message);
        if (showUsage)
        {
            Console.Error.WriteLine(Usage);
        }
        return 2;
    }
}
