using System.Globalization;
using SiteGen.Fuzz;

// The fuzzing entry point (see the README's "Tests and quality gates"):
//   run [--minutes N] [--crashes DIR] [--seed N] [--time-bound S]   plain mutation fuzzing of every target, in a worker process
//   afl TARGET                                                       one target under AFL++ through SharpFuzz (instrument first)
//   repro TARGET FILE                                                run one saved input and show what it throws
//   corpus TARGET DIR                                                write the seed corpus of a target (for afl-fuzz -i)
//   targets                                                          list the targets
string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

var command = args.Length > 0 ? args[0] : "run";
string Crashes() => Option("--crashes", Path.Combine(Corpus.FindRepoRoot(), "TestResults", "fuzz"));
var seed = int.Parse(Option("--seed", "1"), CultureInfo.InvariantCulture);
var timeBound = TimeSpan.FromSeconds(double.Parse(Option("--time-bound", "10"), CultureInfo.InvariantCulture));
switch (command)
{
    case "run":
        return Supervisor.Run(double.Parse(Option("--minutes", "1"), CultureInfo.InvariantCulture), Crashes(), seed, timeBound);
    case "worker":
        return new Worker(Crashes(), seed, timeBound).Run();
    case "afl" when args.Length > 1 && FuzzTargets.Find(args[1]) is { } target:
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            try
            {
                target.Run(FuzzTargets.Text(memory.ToArray()));
            }
            catch (Exception ex) when (target.KnownCase(ex) is not null)
            {
                // Known (fixed on another branch): not a new finding.
            }
        });
        return 0;
    case "repro" when args.Length > 2 && FuzzTargets.Find(args[1]) is { } target:
        try
        {
            target.Run(FuzzTargets.Text(File.ReadAllBytes(args[2])));
            Console.WriteLine("no exception");
            return 0;
        }
        catch (Exception ex)
        {
            Console.WriteLine(target.KnownCase(ex) is { } known ? $"known: {known}\n{ex}" : ex.ToString());
            return 1;
        }
    case "corpus" when args.Length > 2 && FuzzTargets.Find(args[1]) is { } target:
        Directory.CreateDirectory(args[2]);
        var inputs = Corpus.For(target.Name, Corpus.FindRepoRoot());
        for (var i = 0; i < inputs.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(args[2], $"seed-{i:D3}"), inputs[i]);
        }
        Console.WriteLine($"{inputs.Count} seeds in {args[2]}");
        return 0;
    case "targets":
        Console.WriteLine(string.Join('\n', FuzzTargets.All.Select(t => t.Name)));
        return 0;
    default:
        Console.Error.WriteLine("usage: SiteGen.Fuzz run [--minutes N] [--crashes DIR] [--seed N] [--time-bound S] | afl TARGET | repro TARGET FILE | corpus TARGET DIR | targets");
        return 2;
}
