using System.Diagnostics;
using System.Text;

namespace SiteGen.Tests.Git;

/// <summary>
/// Fixture histories for the pack reader: many commits that each change one page, made in one <c>git fast-import</c>
/// (a process per commit would take seconds), and the git command line's own view of the objects and of each file's
/// last commit, to compare with.
/// </summary>
public static class PackFixture
{
    /// <summary>Commits <paramref name="commits"/> changes on top of HEAD, each to one of <paramref name="pages"/> pages
    /// under site-content/pages/ (all created by the first), and checks them out.</summary>
    public static void AddHistory(GitRepo repo, int pages, int commits, long startSeconds = 1_700_000_000)
    {
        var parent = repo.Run("rev-parse", "HEAD").Trim();
        var stream = new StringBuilder();
        for (var c = 0; c < commits; c++)
        {
            StartCommit(stream, $"change {c}", startSeconds + c * 3_600L, c == 0 ? parent : null);
            foreach (var page in c == 0 ? Enumerable.Range(0, pages) : [(c * 7) % pages])
            {
                var text = $"---\ntitle: Page {page}\n---\n{string.Concat(Enumerable.Repeat($"Line of page {page}. ", 40))}\nVersion {c}.\n";
                stream.Append($"M 100644 inline site-content/pages/p{page:D3}.md\n")
                    .Append($"data {Encoding.UTF8.GetByteCount(text)}\n{text}\n");
            }
        }
        Git(repo, Encoding.UTF8.GetBytes(stream.ToString()), "fast-import", "--quiet");
        repo.Run("reset", "-q", "--hard", "main");
    }

    /// <summary>Commits <paramref name="commits"/> changes on top of HEAD in two large folders
    /// (site-content/pages/ and site-content/pages/more/), chosen by a fixed pseudo-random sequence: a page changed,
    /// added, deleted, or renamed, with names of many lengths, so folder trees grow, shrink and shift between versions
    /// (what a comparison of two versions must not be misled by); then checks them out.</summary>
    public static void AddChurningHistory(GitRepo repo, int pages, int commits, long startSeconds = 1_700_000_000)
    {
        var parent = repo.Run("rev-parse", "HEAD").Trim();
        var random = new Random(14);
        string Name(int n) => $"site-content/pages/{(n % 3 == 0 ? "more/" : "")}p{n:D4}{new string('x', n % 11)}.md";
        var live = new List<int>();
        var next = 0;
        var stream = new StringBuilder();
        for (var c = 0; c < commits; c++)
        {
            StartCommit(stream, $"churn {c}", startSeconds + c * 3_600L, c == 0 ? parent : null);
            void Write(int page)
            {
                var text = $"---\ntitle: Page {page}\n---\nVersion {c} of page {page}.\n";
                stream.Append($"M 100644 inline {Name(page)}\ndata {Encoding.UTF8.GetByteCount(text)}\n{text}\n");
            }
            var action = c == 0 ? -1 : random.Next(10);
            if (c == 0)
            {
                for (; next < pages; next++)
                {
                    live.Add(next);
                    Write(next);
                }
            }
            else if (action < 6 || live.Count < 10)
            {
                Write(live[random.Next(live.Count)]);
            }
            else if (action < 8)
            {
                live.Add(next);
                Write(next++);
            }
            else
            {
                var gone = live[random.Next(live.Count)];
                live.Remove(gone);
                stream.Append($"D {Name(gone)}\n");
                if (action == 9)
                {
                    live.Add(next);
                    Write(next++);
                }
            }
        }
        Git(repo, Encoding.UTF8.GetBytes(stream.ToString()), "fast-import", "--quiet");
        repo.Run("reset", "-q", "--hard", "main");
    }

    /// <summary>A fast-import commit on main at <paramref name="when"/> (unix seconds, +0100), on top of
    /// <paramref name="parent"/> for the first one of a stream (null: on the stream's previous commit).</summary>
    private static void StartCommit(StringBuilder stream, string message, long when, string? parent)
    {
        stream.Append("commit refs/heads/main\n")
            .Append($"author Ada Author <ada@example.org> {when} +0100\n")
            .Append($"committer Cy Committer <cy@example.org> {when} +0100\n")
            .Append($"data {Encoding.UTF8.GetByteCount(message)}\n{message}\n");
        if (parent is not null)
        {
            stream.Append($"from {parent}\n");
        }
    }

    /// <summary>Each file's last commit date (<c>%cI</c>) under site-content/pages, from one <c>git log</c> of a linear history.</summary>
    public static Dictionary<string, string> LastDates(GitRepo repo)
    {
        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        var date = "";
        foreach (var line in repo.Run("log", "--format=@%cI", "--name-only", "--", "site-content/pages").Split('\n'))
        {
            if (line.StartsWith('@'))
            {
                date = line[1..];
            }
            else if (line.Length > 0)
            {
                dates.TryAdd(line, date);
            }
        }
        return dates;
    }

    /// <summary>Every object of the repository (packed and loose) with its type number and bytes, by <c>git cat-file --batch</c>.</summary>
    public static List<(string Id, int Type, byte[] Data)> AllObjects(GitRepo repo)
    {
        var ids = repo.Run("cat-file", "--batch-all-objects", "--batch-check=%(objectname)").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var output = Git(repo, Encoding.ASCII.GetBytes(string.Join('\n', ids) + "\n"), "cat-file", "--batch");
        var objects = new List<(string, int, byte[])>();
        var at = 0;
        foreach (var _ in ids)
        {
            var end = Array.IndexOf(output, (byte)'\n', at);
            var header = Encoding.ASCII.GetString(output, at, end - at).Split(' ');
            var size = int.Parse(header[2], System.Globalization.CultureInfo.InvariantCulture);
            var type = Array.IndexOf(["", "commit", "tree", "blob", "tag"], header[1]);
            objects.Add((header[0], type, output.AsSpan(end + 1, size).ToArray()));
            at = end + 1 + size + 1;
        }
        return objects;
    }

    /// <summary>The deepest delta chain in the repository's packs, as <c>git verify-pack -v</c> reports it.</summary>
    public static int DeepestChain(GitRepo repo) =>
        Directory.GetFiles(Path.Combine(repo.Folder, ".git", "objects", "pack"), "*.idx")
            .SelectMany(idx => repo.Run("verify-pack", "-v", idx).Split('\n'))
            .Select(line => line.StartsWith("chain length = ", StringComparison.Ordinal) ? int.Parse(line[15..line.IndexOf(':')], System.Globalization.CultureInfo.InvariantCulture) : 0)
            .DefaultIfEmpty(0).Max();

    /// <summary>Runs git with <paramref name="input"/> on stdin; its stdout as bytes.</summary>
    public static byte[] Git(GitRepo repo, byte[] input, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repo.Folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var reading = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(input);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"git {string.Join(' ', args)} did not finish within 60 s");
        reading.Wait(TimeSpan.FromSeconds(10));
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed ({process.ExitCode}):\n{stderr.Result}");
        return stdout.ToArray();
    }
}
