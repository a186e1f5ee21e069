using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Fuzz;

/// <summary>
/// Runs a <see cref="Worker"/> process for the given time, restarting it when an input kills it (saving that input
/// as a crash first), and prints how many inputs each target tried and what was found.
/// </summary>
public static class Supervisor
{
    public static int Run(double minutes, string crashes, int seed, TimeSpan timeBound)
    {
        Directory.CreateDirectory(crashes);
        var deadline = DateTime.UtcNow.AddMinutes(minutes);
        var totals = new Dictionary<string, long>();
        var found = new List<string>();
        var restarts = 0;
        Console.WriteLine($"fuzzing {string.Join(", ", FuzzTargets.All.Select(t => t.Name))} for {minutes.ToString(CultureInfo.InvariantCulture)} min; crashes go to {Path.GetFullPath(crashes)}");
        while (DateTime.UtcNow < deadline)
        {
            var last = new Dictionary<string, long>();
            using var worker = Start(crashes, seed + restarts, timeBound);
            worker.OutputDataReceived += (_, e) =>
            {
                if (e.Data is not { } line)
                {
                    return;
                }
                if (line.StartsWith("progress ", StringComparison.Ordinal))
                {
                    lock (last)
                    {
                        foreach (var pair in line[9..].Split(' '))
                        {
                            var parts = pair.Split('=');
                            last[parts[0]] = long.Parse(parts[1], CultureInfo.InvariantCulture);
                        }
                    }
                }
                else
                {
                    Console.WriteLine(line);
                    lock (found)
                    {
                        found.Add(line);
                    }
                }
            };
            worker.BeginOutputReadLine();
            var remaining = deadline - DateTime.UtcNow;
            var exited = worker.WaitForExit(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
            if (!exited)
            {
                worker.Kill();
                worker.WaitForExit();
            }
            lock (last)
            {
                foreach (var (target, count) in last)
                {
                    totals[target] = totals.GetValueOrDefault(target) + count;
                }
            }
            var current = Path.Combine(crashes, $".current-{worker.Id}");
            if (exited && worker.ExitCode != 3 && File.Exists(current))
            {
                // The process died on this input (a stack overflow, or another failure that cannot be caught).
                var bytes = File.ReadAllBytes(current);
                var newline = Array.IndexOf(bytes, (byte)'\n');
                var target = Encoding.UTF8.GetString(bytes, 0, Math.Max(newline, 0));
                var name = Path.Combine(crashes, $"{target}-process-died-{Convert.ToHexString(SHA256.HashData(bytes))[..10].ToLowerInvariant()}");
                File.WriteAllBytes(name + ".bin", bytes[(newline + 1)..]);
                File.WriteAllText(name + ".txt", $"target: {target}\nthe fuzzing process died with exit code {worker.ExitCode} on this input (exit 134 is a stack overflow: issue 10 case 4 for deep YAML nesting)\n");
                var message = $"crash {target} process died (exit {worker.ExitCode}) -> {name}.bin";
                Console.WriteLine(message);
                found.Add(message);
            }
            File.Delete(current);
            if (exited)
            {
                restarts++;
            }
        }
        Console.WriteLine($"inputs tried: {string.Join(", ", totals.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} {t.Value:#,0}"))} (total {totals.Values.Sum():#,0}); worker restarts: {restarts}");
        var crashesFound = found.Count(f => f.StartsWith("crash ", StringComparison.Ordinal));
        Console.WriteLine($"found: {crashesFound} new crash(es), {found.Count(f => f.StartsWith("known ", StringComparison.Ordinal))} known issue-10 case(s); inputs in {Path.GetFullPath(crashes)}");
        return crashesFound > 0 ? 1 : 0;
    }

    private static Process Start(string crashes, int seed, TimeSpan timeBound)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var host = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.FileName = host;
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }
        else
        {
            start.FileName = host;
        }
        foreach (var arg in new[] { "worker", "--crashes", crashes, "--seed", seed.ToString(CultureInfo.InvariantCulture), "--time-bound", timeBound.TotalSeconds.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }
}
