using SiteGen.Git;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Git.GitSite;

namespace SiteGen.Tests.Git;

/// <summary>
/// SiteGen reads commits and trees from git's pack files itself (<see cref="PackStore"/>), caching the versions inside
/// delta chains. Each fixture repository is stored one way (loose, deep chains, ref deltas, a completed thin pack,
/// 64-bit offsets): every object must read back as <c>git cat-file</c> gives it, and every page's date must be what
/// <c>git log -1 -- FILE</c> says. What the reader does not handle (alternates, an index of version 1, SHA-256, a damaged
/// object) is left to libgit2, still with the right dates.
/// </summary>
public sealed class PackReaderTests : IDisposable
{
    private readonly TestSite _site = Create();

    public void Dispose() => _site.Dispose();

    private string GitFolder => Path.Combine(_site.Root, ".git");

    private GitRepo History(int pages = 120, int commits = 150)
    {
        var repo = GitRepo.Init(_site.Root);
        repo.Run("config", "gc.auto", "0");
        repo.CommitAll("site", "2023-01-01T09:00:00+01:00");
        PackFixture.AddHistory(repo, pages, commits);
        return repo;
    }

    [Fact]
    public void Loose_objects_are_read_and_dates_match_git_log()
    {
        var repo = GitRepo.Init(_site.Root);
        repo.Run("config", "gc.auto", "0");
        _site.Write("site-content/pages/p000.md", "---\ntitle: A\n---\nFirst.\n").Write("site-content/pages/p001.md", "---\ntitle: B\n---\nFirst.\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");
        _site.Write("site-content/pages/p001.md", "---\ntitle: B\n---\nSecond.\n");
        repo.CommitAll("second", "2024-02-01T09:00:00+02:00");
        Assert.Empty(Directory.GetFiles(Path.Combine(GitFolder, "objects", "pack")));

        AssertReaderMatchesGit(repo);
        AssertDatesMatchGitLog(repo);
    }

    [Fact]
    public void A_repack_with_deep_offset_delta_chains_is_read_and_dates_match_git_log()
    {
        var repo = History();
        repo.Run("repack", "-adfq", "--depth=50", "--window=250");
        Assert.True(PackFixture.DeepestChain(repo) >= 20, "the fixture should have deep delta chains");

        AssertReaderMatchesGit(repo);
        AssertDatesMatchGitLog(repo);
    }

    [Fact]
    public void Folders_that_grow_shrink_and_shift_between_versions_give_every_page_the_date_git_log_gives()
    {
        var repo = GitRepo.Init(_site.Root);
        repo.Run("config", "gc.auto", "0");
        repo.CommitAll("site", "2023-01-01T09:00:00+01:00");
        PackFixture.AddChurningHistory(repo, pages: 300, commits: 400);
        repo.Run("repack", "-adfq", "--depth=50", "--window=250");

        _site.BuildOk();

        var dates = PackFixture.LastDates(repo);
        var files = repo.Run("ls-files", "site-content/pages").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(files.Length > 250, "the fixture keeps most of its pages");
        foreach (var file in files)
        {
            var page = file["site-content/".Length..^".md".Length];
            Assert.True(Updated(_site.Html($"{page}/index.html")) == dates[file], $"{file}: SiteGen says {Updated(_site.Html($"{page}/index.html"))}, git log {dates[file]}");
        }
    }

    [Fact]
    public void Ref_deltas_are_read_and_dates_match_git_log()
    {
        var repo = History();
        repo.Run("-c", "repack.useDeltaBaseOffset=false", "repack", "-adfq", "--depth=50", "--window=250");
        Assert.True(PackFixture.DeepestChain(repo) >= 20, "the fixture should have deep delta chains");

        AssertReaderMatchesGit(repo);
        AssertDatesMatchGitLog(repo);
    }

    [Fact]
    public void A_thin_pack_completed_by_index_pack_beside_an_older_pack_and_loose_objects_is_read()
    {
        var repo = History(commits: 60);
        repo.Run("repack", "-adq");
        var old = repo.Run("rev-parse", "HEAD").Trim();
        PackFixture.AddHistory(repo, 120, 40, startSeconds: 1_800_000_000);
        var thin = PackFixture.Git(repo, System.Text.Encoding.ASCII.GetBytes($"HEAD\n^{old}\n"), "pack-objects", "--thin", "--stdout", "--revs", "-q");
        PackFixture.Git(repo, thin, "index-pack", "--fix-thin", "--stdin");
        repo.Run("prune-packed");
        _site.Write("site-content/pages/p005.md", "---\ntitle: Loose\n---\nLoose.\n");
        repo.CommitAll("loose change", "2030-01-01T09:00:00+01:00");

        AssertReaderMatchesGit(repo);
        AssertDatesMatchGitLog(repo);
    }

    [Fact]
    public void An_index_with_64_bit_offsets_is_read()
    {
        var repo = History(commits: 40);
        repo.Run("repack", "-adq");
        var pack = Directory.GetFiles(Path.Combine(GitFolder, "objects", "pack"), "*.pack").Single();
        File.Delete(Path.ChangeExtension(pack, ".idx"));
        // Every object past byte 64 of the pack gets an 8-byte offset.
        repo.Run("index-pack", "--index-version=2,64", pack);

        AssertReaderMatchesGit(repo);
        AssertDatesMatchGitLog(repo);
    }

    [Fact]
    public void Alternates_are_left_to_libgit2_and_dates_still_match_git_log()
    {
        var repo = History(commits: 40);
        repo.Run("repack", "-adq");
        var elsewhere = Path.Combine(_site.Root, "clone", "objects", "pack");
        Directory.CreateDirectory(elsewhere);
        foreach (var file in Directory.GetFiles(Path.Combine(GitFolder, "objects", "pack")))
        {
            File.Move(file, Path.Combine(elsewhere, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(GitFolder, "objects", "info", "alternates"), Path.Combine(_site.Root, "clone", "objects") + "\n");

        Assert.Null(PackStore.TryOpen(GitFolder));
        AssertDatesMatchGitLog(repo);
    }

    [Fact]
    public void An_index_of_version_1_is_left_to_libgit2_and_dates_still_match_git_log()
    {
        var repo = History(commits: 40);
        repo.Run("repack", "-adq");
        var pack = Directory.GetFiles(Path.Combine(GitFolder, "objects", "pack"), "*.pack").Single();
        File.Delete(Path.ChangeExtension(pack, ".idx"));
        repo.Run("index-pack", "--index-version=1", pack);

        Assert.Null(PackStore.TryOpen(GitFolder));
        AssertDatesMatchGitLog(repo);
    }

    [Fact]
    public void A_sha256_repository_is_left_to_libgit2()
    {
        GitRepo.RequireGit();
        var repo = new GitRepo(_site.Root);
        repo.Run("init", "-q", "--object-format=sha256");

        Assert.Null(PackStore.TryOpen(GitFolder));
    }

    [Fact]
    public void A_damaged_loose_object_is_not_read_and_is_left_to_libgit2()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/pages/p000.md", "---\ntitle: A\n---\nFirst.\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");
        var tree = repo.Run("rev-parse", "HEAD^{tree}").Trim();
        var path = Path.Combine(GitFolder, "objects", tree[..2], tree[2..]);
        var bytes = File.ReadAllBytes(path);
        bytes[^3] ^= 0x55;
        File.SetAttributes(path, FileAttributes.Normal);
        File.WriteAllBytes(path, bytes);

        using var store = PackStore.TryOpen(GitFolder)!;
        Assert.Null(store.TryRead(GitId.FromHex(tree)));
        var commit = store.TryRead(GitId.FromHex(repo.Run("rev-parse", "HEAD").Trim()));
        Assert.NotNull(commit);
        commit.Release();
    }

    /// <summary>Every object, packed or loose, reads back as <c>git cat-file</c> gives it: the reader handles all of them itself.</summary>
    private void AssertReaderMatchesGit(GitRepo repo)
    {
        using var store = PackStore.TryOpen(GitFolder);
        Assert.NotNull(store);
        foreach (var (id, type, data) in PackFixture.AllObjects(repo))
        {
            var read = store.TryRead(GitId.FromHex(id));
            Assert.True(read is not null, $"object {id} was not read");
            Assert.Equal(type, read.Type);
            Assert.True(data.AsSpan().SequenceEqual(read.Span), $"object {id} differs from git cat-file");
            read.Release();
        }
    }

    private void AssertDatesMatchGitLog(GitRepo repo)
    {
        _site.BuildOk();
        var dates = PackFixture.LastDates(repo);
        Assert.NotEmpty(dates);
        foreach (var (file, date) in dates)
        {
            var page = Path.GetFileNameWithoutExtension(file);
            Assert.Equal(date, Updated(_site.Html($"pages/{page}/index.html")));
        }
        var first = dates.Keys.Order(StringComparer.Ordinal).First();
        AssertMatchesGitLog(_site.Html($"pages/{Path.GetFileNameWithoutExtension(first)}/index.html"), repo, first);
    }
}
