using LibGit2Sharp;
using SiteGen.Config;
using SiteGen.Content;

namespace SiteGen.Git;

/// <summary>
/// Stage 2b, beside Markdown: where the site sits in its git repository and, in one pass over the history
/// (<see cref="HistoryWalk"/>), the last commit of every content file. Started on a worker as soon as site.yml is read,
/// so it overlaps Markdown rendering; <see cref="Finish"/> waits for it before the derive stage puts the values on the
/// pages (<see cref="PageSources"/>).
/// <list type="bullet">
/// <item>Outside a git repository, or with <c>git_info: false</c>: no git values, no diagnostic.</item>
/// <item>A shallow clone: one <c>git-shallow</c> warning with the fix, and no git values (its dates would all be the
/// clone's one commit); pages fall back to their front matter.</item>
/// <item>Uncommitted edits do not count: the values come from the commits HEAD reaches, so a clean checkout always
/// gives the same output. A file that is not committed (new, untracked) has no git values.</item>
/// </list>
/// serve keeps the result while HEAD stays on the same commit; a new commit is read at the next rebuild.
/// What the pass found is kept in the repository's git folder for the next build (<see cref="HistoryMemo"/>), which
/// then walks only the commits made since: the one write outside the output folder, like git's own index.
/// </summary>
public static class GitStage
{
    public static Task<SiteRepository> Start(SiteConfig config, SitePaths paths, BuildCache? cache) =>
        Task.Run(() => Read(config, paths, cache?.Repository));

    /// <summary>Waits for the pass, reports a shallow clone or a history that could not be read, and gives the site its
    /// repository. In serve, a new HEAD makes the derive stage run again (pages, sitemap) instead of keeping the last one.</summary>
    public static LoadedSite Finish(Task<SiteRepository> reading, LoadedSite site, SitePaths paths, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var repository = reading.GetAwaiter().GetResult();
        var config = paths.Display(paths.ConfigFile);
        if (repository.Shallow)
        {
            diagnostics.Warning(WarningKinds.GitShallow, config, 0, 0,
                $"the git repository at {repository.Root} is a shallow clone, so its history cannot say when pages last changed; " +
                "pages show only the dates of their front matter. Fetch the whole history: `git fetch --unshallow`, or in GitHub Actions " +
                "`fetch-depth: 0` for actions/checkout (or set `git_info: false` in site.yml)");
        }
        if (repository.Problem is { } problem)
        {
            diagnostics.Warning(WarningKinds.GitHistory, config, 0, 0,
                $"could not read the git history of {repository.Root} ({problem}); pages show only the dates of their front matter (or set `git_info: false` in site.yml)");
        }
        if (cache is not null)
        {
            var same = cache.Repository is { } last && last.Head == repository.Head && last.Root == repository.Root && last.ContentPrefix == repository.ContentPrefix;
            cache.Repository = repository;
            if (!same && site.Content.BodiesOnly is not null)
            {
                site = site with { Content = site.Content with { BodiesOnly = null } };
            }
        }
        return site with { Repository = repository };
    }

    private static SiteRepository Read(SiteConfig config, SitePaths paths, SiteRepository? last)
    {
        var outside = SiteRepository.None with { ContentPrefix = Relative(RealPath.Of(paths.Root) ?? paths.Root, RealPath.Of(paths.Content) ?? paths.Content) ?? "" };
        if (!config.Git.History && config.Git.EditUrl is null)
        {
            return outside;
        }
        string? root = null;
        try
        {
            if (RepositoryFolder(paths.Content) is not { } gitFolder)
            {
                return outside;
            }
            using var repository = new Repository(gitFolder);
            if (repository.Info.IsBare || repository.Info.WorkingDirectory is not { } workingDirectory)
            {
                return outside;
            }
            root = RealPath.Of(workingDirectory) ?? Path.GetFullPath(workingDirectory);
            if (Relative(root, RealPath.Of(paths.Content) ?? paths.Content) is not { } prefix)
            {
                return outside;
            }
            var found = new SiteRepository(root, prefix, null, SiteRepository.None.Files, false);
            if (!config.Git.History || repository.Head.Tip is not { } head)
            {
                return found;
            }
            if (repository.Info.IsShallow)
            {
                return found with { Shallow = true };
            }
            if (last is not null && last.Head == head.Sha && last.Root == root && last.ContentPrefix == prefix)
            {
                return last with { ReadTime = TimeSpan.Zero };
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            // libgit2 hashes every object it reads again to check it; git itself does not (git fsck does). Off, the
            // pass is 2.5-3x faster on the benchmark's history (10,000 versions of 87 KB folder trees).
            GlobalSettings.SetStrictHashVerification(false);
            using var objects = GitObjects.Open(repository.Info.Path);
            var headId = GitId.FromHex(head.Sha);
            var memoFile = HistoryMemo.PathFor(repository.Info.Path, prefix);
            var memo = HistoryMemo.Read(memoFile, prefix);
            var files = HistoryWalk.Read(objects, headId, prefix, memo);
            if (memo?.Commit != headId)
            {
                new HistoryMemo(prefix, headId, files).Write(memoFile);
            }
            return found with { Head = head.Sha, Files = files, ReadTime = clock.Elapsed };
        }
        catch (Exception e) when (e is LibGit2SharpException or InvalidDataException or DllNotFoundException or EntryPointNotFoundException)
        {
            return root is null ? outside : outside with { Root = root, Problem = e.Message };
        }
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds <c>.git</c> (a folder, or the file of
    /// a worktree or submodule), as git looks for it; null when there is none. (Repository.Discover answers "" in the
    /// native executable, so SiteGen looks itself.)</summary>
    private static string? RepositoryFolder(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            var git = Path.Combine(folder.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return folder.FullName;
            }
        }
        return null;
    }

    /// <returns><paramref name="inner"/> relative to <paramref name="outer"/> with '/' ("" when equal), or null when it is not inside.</returns>
    private static string? Relative(string outer, string inner)
    {
        if (!RealPath.IsSameOrInside(inner, outer))
        {
            return null;
        }
        var relative = Path.GetRelativePath(outer, inner).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }
}
