using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Fuzz;

/// <summary>
/// Runs mutated inputs through every target in turn until it is stopped. Before each input it writes the input to
/// a file in the crash folder, so that when the process dies (a stack overflow cannot be caught) the supervisor can
/// save what killed it; a watchdog ends the process when one input takes longer than the time bound.
/// </summary>
public sealed class Worker(string crashes, int seed, TimeSpan timeBound)
{
    private readonly Dictionary<string, long> _tried = [];
    private readonly HashSet<string> _seen = [];
    private long _startedAt;

    public int Run()
    {
        Directory.CreateDirectory(crashes);
        var root = Corpus.FindRepoRoot();
        var corpora = FuzzTargets.All.ToDictionary(t => t.Name, t => Corpus.For(t.Name, root));
        var pools = FuzzTargets.All.ToDictionary(t => t.Name, _ => new List<byte[]>());
        var random = new Random(seed);
        var mutator = new Mutator(random);
        var current = Path.Combine(crashes, $".current-{Environment.ProcessId}");
        StartWatchdog(current);
        var report = Stopwatch.StartNew();
        for (long n = 0; ; n++)
        {
            var target = FuzzTargets.All[(int)(n % FuzzTargets.All.Count)];
            var corpus = corpora[target.Name];
            var pool = pools[target.Name];
            var parent = pool.Count > 0 && random.Next(3) == 0 ? pool[random.Next(pool.Count)] : corpus[random.Next(corpus.Count)];
            var input = mutator.Mutate(parent, corpus);
            File.WriteAllBytes(current, [.. Encoding.UTF8.GetBytes(target.Name + "\n"), .. input]);
            Interlocked.Exchange(ref _startedAt, Stopwatch.GetTimestamp());
            try
            {
                target.Run(FuzzTargets.Text(input));
            }
            catch (Exception ex)
            {
                Save(target, input, ex);
            }
            Interlocked.Exchange(ref _startedAt, 0);
            _tried[target.Name] = _tried.GetValueOrDefault(target.Name) + 1;
            // A random walk: some mutants become parents, so inputs drift further from the seeds.
            if (random.Next(20) == 0 && input.Length < 64 * 1024)
            {
                if (pool.Count >= 2_000)
                {
                    pool[random.Next(pool.Count)] = input;
                }
                else
                {
                    pool.Add(input);
                }
            }
            if (report.ElapsedMilliseconds > 2_000)
            {
                Console.WriteLine("progress " + string.Join(' ', _tried.Select(t => $"{t.Key}={t.Value}")));
                report.Restart();
            }
        }
    }

    private void Save(FuzzTarget target, byte[] input, Exception ex)
    {
        var known = target.KnownCase(ex);
        var frame = ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
        var key = $"{target.Name}|{ex.GetType().FullName}|{(known ?? frame)}";
        if (!_seen.Add(key))
        {
            return;
        }
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10].ToLowerInvariant();
        var folder = known is null ? crashes : Path.Combine(crashes, "known");
        Directory.CreateDirectory(folder);
        var name = Path.Combine(folder, $"{target.Name}-{ex.GetType().Name}-{hash}");
        File.WriteAllBytes(name + ".bin", input);
        File.WriteAllText(name + ".txt", $"target: {target.Name}\n{(known is null ? "NEW" : "known: " + known)}\n{ex}\n");
        Console.WriteLine($"{(known is null ? "crash" : "known")} {target.Name} {ex.GetType().Name}: {FirstLine(ex.Message)} -> {name}.bin");
    }

    private void StartWatchdog(string current)
    {
        var thread = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(250);
                var started = Interlocked.Read(ref _startedAt);
                if (started != 0 && Stopwatch.GetElapsedTime(started) > timeBound)
                {
                    var bytes = File.ReadAllBytes(current);
                    var newline = Array.IndexOf(bytes, (byte)'\n');
                    var target = Encoding.UTF8.GetString(bytes, 0, newline);
                    var name = Path.Combine(crashes, $"{target}-timeout-{Convert.ToHexString(SHA256.HashData(bytes))[..10].ToLowerInvariant()}");
                    File.WriteAllBytes(name + ".bin", bytes[(newline + 1)..]);
                    File.WriteAllText(name + ".txt", $"target: {target}\nNEW\nran longer than {timeBound.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s\n");
                    Console.WriteLine($"crash {target} timeout -> {name}.bin");
                    Console.Out.Flush();
                    Environment.Exit(3);
                }
            }
        })
        { IsBackground = true, Name = "fuzz watchdog" };
        thread.Start();
    }

    private static string FirstLine(string text) => text.Split('\n')[0];
}
