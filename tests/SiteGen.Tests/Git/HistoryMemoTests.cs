using SiteGen.Tests.Support;
using static SiteGen.Tests.Git.GitSite;

namespace SiteGen.Tests.Git;

/// <summary>
/// What a history pass found is kept in .git/sitegen/ for the next build, which walks only the commits made since:
/// every page must still say what <c>git log -1 -- PATH</c> says, after new commits, a rewritten history and a
/// damaged memo, and the output must not depend on whether the memo was there.
/// </summary>
public sealed class HistoryMemoTests : IDisposable
{
    private readonly TestSite _site = Create();

    public void Dispose() => _site.Dispose();

    private string MemoFolder => Path.Combine(_site.Root, ".git", "sitegen");

    private GitRepo Repository()
    {
        var repo = GitRepo.Init(_site.Root);
        for (var i = 0; i < 4; i++)
        {
            _site.Write($"site-content/notes/n{i}.md", $"---\ntitle: Note {i}\n---\nFirst.\n");
        }
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00", "Ada Author");
        _site.Write("site-content/notes/n1.md", "---\ntitle: Note 1\n---\nSecond.\n");
        repo.CommitAll("change n1", "2024-02-01T09:30:00+02:00", "Bo Writer");
        return repo;
    }

    private void AssertEveryPageMatchesGitLog(GitRepo repo)
    {
        for (var i = 0; i < 4; i++)
        {
            AssertMatchesGitLog(_site.Html($"notes/n{i}/index.html"), repo, $"site-content/notes/n{i}.md");
        }
        AssertMatchesGitLog(_site.Html("index.html"), repo, "site-content/_index.md");
    }

    [Fact]
    public void A_second_build_at_the_same_commit_gives_the_same_bytes_as_the_first()
    {
        var repo = Repository();

        _site.BuildOk();
        var first = _site.Snapshot();
        Assert.Single(Directory.GetFiles(MemoFolder));
        _site.BuildOk();

        Assert.Equal(first, _site.Snapshot());
        AssertEveryPageMatchesGitLog(repo);
        Assert.Equal("", repo.Run("status", "--porcelain", "--untracked-files=all").Trim());
    }

    [Fact]
    public void A_second_build_at_the_same_commit_takes_the_kept_answers_instead_of_walking_the_history()
    {
        Repository();
        _site.BuildOk();
        var memo = Directory.GetFiles(MemoFolder).Single();
        var bytes = File.ReadAllBytes(memo);
        var author = System.Text.Encoding.UTF8.GetBytes("Bo Writer");
        var at = bytes.AsSpan().IndexOf(author);
        Assert.True(at > 0, "the memo holds the authors it found");
        System.Text.Encoding.UTF8.GetBytes("Xo Writer").CopyTo(bytes, at);
        File.WriteAllBytes(memo, bytes);

        _site.BuildOk();

        Assert.Equal("Xo Writer", Author(_site.Html("notes/n1/index.html")));
    }

    [Fact]
    public void New_commits_after_the_kept_one_are_walked_and_the_rest_comes_from_the_memo()
    {
        var repo = Repository();
        _site.BuildOk();
        _site.Write("site-content/notes/n2.md", "---\ntitle: Note 2\n---\nThird.\n");
        repo.CommitAll("change n2", "2024-03-01T10:00:00-05:00", "Cy Editor");
        repo.Run("checkout", "-q", "-b", "side", "HEAD~1");
        _site.Write("site-content/notes/n3.md", "---\ntitle: Note 3\n---\nOn a branch.\n");
        repo.CommitAll("change n3 on a branch", "2024-03-05T10:00:00+01:00", "Di Brancher");
        repo.Run("checkout", "-q", "main");
        repo.Run("merge", "-q", "--no-ff", "-m", "merge side", "side");

        _site.BuildOk();

        AssertEveryPageMatchesGitLog(repo);
        Assert.Equal("Cy Editor", Author(_site.Html("notes/n2/index.html")));
        Assert.Equal("Di Brancher", Author(_site.Html("notes/n3/index.html")));
        Assert.Equal("Bo Writer", Author(_site.Html("notes/n1/index.html")));
    }

    [Fact]
    public void A_rewritten_history_is_walked_again()
    {
        var repo = Repository();
        _site.BuildOk();
        _site.Write("site-content/notes/n1.md", "---\ntitle: Note 1\n---\nSecond, amended.\n");
        repo.Commit("change n1, amended", "2024-02-02T08:00:00+03:00", "Ed Amender", "-a", "--amend", "--reset-author");

        _site.BuildOk();

        AssertEveryPageMatchesGitLog(repo);
        Assert.Equal("Ed Amender", Author(_site.Html("notes/n1/index.html")));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void A_damaged_memo_is_ignored_and_replaced(string damage)
    {
        var repo = Repository();
        _site.BuildOk();
        var memo = Directory.GetFiles(MemoFolder).Single();
        var bytes = File.ReadAllBytes(memo);
        File.WriteAllBytes(memo, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "garbage" => [.. bytes.Select(b => (byte)(b ^ 0x5a))],
            _ => [],
        });
        _site.Write("site-content/notes/n0.md", "---\ntitle: Note 0\n---\nChanged.\n");
        repo.CommitAll("change n0", "2024-05-01T09:00:00+01:00", "Fi Fixer");

        var run = _site.BuildOk();

        Assert.Contains("0 warnings", run.All);
        AssertEveryPageMatchesGitLog(repo);
        Assert.Contains(repo.Run("rev-parse", "HEAD").Trim(), File.ReadAllText(memo, System.Text.Encoding.Latin1));
    }
}
