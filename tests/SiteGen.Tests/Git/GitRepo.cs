using System.Diagnostics;
using SiteGen.Tests.QualityGates;

namespace SiteGen.Tests.Git;

/// <summary>
/// Runs the git command line in a fixture folder, with a fixed identity and no user or system configuration, so a
/// fixture's commits are the same on every machine. A test that needs git skips with the reason when it is not
/// installed, and fails instead in CI (.ci/run installs it).
/// </summary>
public sealed class GitRepo(string folder)
{
    public string Folder { get; } = folder;

    public static void RequireGit() =>
        ToolGate.Require(ToolGate.FindOnPath("git") is null ? "git is not installed; these tests make fixture repositories with it." : null);

    /// <summary><c>git init</c> on branch main.</summary>
    public static GitRepo Init(string folder)
    {
        RequireGit();
        Directory.CreateDirectory(folder);
        var repo = new GitRepo(folder);
        repo.Run("init", "-q", "-b", "main");
        return repo;
    }

    /// <summary>Stages everything and commits it as <paramref name="author"/> at <paramref name="when"/> (author and committer date).</summary>
    /// <returns>The new commit's id.</returns>
    public string CommitAll(string message, string when, string author = "Ada Author")
    {
        Run("add", "-A");
        return Commit(message, when, author);
    }

    public string Commit(string message, string when, string author = "Ada Author", params string[] extra)
    {
        Run(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = when, ["GIT_COMMITTER_DATE"] = when, ["GIT_AUTHOR_NAME"] = author },
            ["commit", "-q", "--allow-empty", "-m", message, .. extra]);
        return Run("rev-parse", "HEAD").Trim();
    }

    /// <summary>What <c>git log -1 --format=FORMAT -- PATH</c> says.</summary>
    public string Log(string path, string format = "%cI") => Run("log", "-1", $"--format={format}", "--", path).Trim();

    public string Run(params string[] args) => Run(new Dictionary<string, string>(), args);

    private string Run(Dictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_AUTHOR_NAME"] = "Ada Author";
        start.Environment["GIT_AUTHOR_EMAIL"] = "ada@example.org";
        start.Environment["GIT_COMMITTER_NAME"] = "Cy Committer";
        start.Environment["GIT_COMMITTER_EMAIL"] = "cy@example.org";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), $"git {string.Join(' ', args)} did not finish within 60 s");
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed ({process.ExitCode}):\n{stderr.Result}");
        return stdout.Result;
    }
}
