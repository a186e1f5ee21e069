using SiteGen.Content;

namespace SiteGen.Git;

/// <summary>
/// One pass over the history that finds, for every file of the content folder in HEAD, the commit that last changed
/// it; never one <c>git log</c> per file. The rule is git's own for <c>git log -1 -- PATH</c> (default history
/// simplification, no <c>--follow</c>), applied to all files at once:
/// <list type="bullet">
/// <item>Each file starts at HEAD and walks back while its blob (and mode) is the same in the parent; the first commit
/// whose parent has a different blob (or no such file, or that has no parent) is its last change.</item>
/// <item>At a merge, a file goes on into the first parent in which it is unchanged (as git follows a TREESAME
/// parent); only when it differs from every parent (a conflict resolution, a change made in the merge itself) is
/// the merge its last change. A file changed on a merged branch therefore gets that branch's commit.</item>
/// <item>A rename is a change of the new path (the history before it is not followed): git log without --follow.</item>
/// </list>
/// Commits are taken newest first (by committer date) among those some file has reached, so each is read once; one
/// that changed nothing in the content folder costs a comparison of two tree ids (<see cref="TreeComparison"/>). The
/// walk stops as soon as every file is resolved. Each file follows its own chain of commits, so the order only
/// matters for speed: a commit reached again later (clock skew) is simply looked at again for the files that came late.
/// A file that reaches the commit of the last pass's <see cref="HistoryMemo"/> takes the answer found then, which is
/// what walking on from that commit would give.
/// </summary>
public static class HistoryWalk
{
    /// <param name="prefix">the content folder relative to the repository root ('/', "" for the root).</param>
    /// <param name="memo">what an earlier pass found for one commit of the same content folder, or null.</param>
    /// <returns>The last commit of each file, by path relative to <paramref name="prefix"/>.</returns>
    public static Dictionary<string, SourceCommit> Read(GitObjects objects, GitId head, string prefix, HistoryMemo? memo = null)
    {
        var found = new Dictionary<string, SourceCommit>(StringComparer.Ordinal);
        using var trees = new TreeComparison(objects);
        var commits = new Dictionary<GitId, (RawCommit Commit, GitId? Content)>();
        (RawCommit Commit, GitId? Content) Commit(GitId id)
        {
            if (!commits.TryGetValue(id, out var known))
            {
                var commit = objects.ReadCommit(id);
                known = (commit, prefix.Length == 0 ? commit.Tree : trees.Folder(commit.Tree, prefix));
                commits[id] = known;
            }
            return known;
        }

        if (Commit(head).Content is not { } headContent)
        {
            return found;
        }
        var all = new List<string>();
        trees.Files(headContent, "", all);
        var total = all.Count;
        var pending = new Dictionary<GitId, HashSet<string>> { [head] = new HashSet<string>(all, StringComparer.Ordinal) };
        var queue = new PriorityQueue<GitId, (long Newest, long Order)>();
        var order = 0L;
        queue.Enqueue(head, (0, order++));
        void MoveTo(GitId parent, HashSet<string> files)
        {
            if (files.Count == 0)
            {
                return;
            }
            if (pending.TryGetValue(parent, out var there))
            {
                var (small, large) = there.Count < files.Count ? (there, files) : (files, there);
                large.UnionWith(small);
                pending[parent] = large;
                return;
            }
            pending[parent] = files;
            queue.Enqueue(parent, (-Commit(parent).Commit.Committed.ToUnixTimeSeconds(), order++));
        }

        var changed = new List<string>();
        while (found.Count < total && queue.TryDequeue(out var id, out _))
        {
            if (!pending.Remove(id, out var here))
            {
                continue;
            }
            if (memo is not null && id == memo.Commit)
            {
                foreach (var file in here.ToList())
                {
                    if (memo.Files.TryGetValue(file, out var known))
                    {
                        found[file] = known;
                        here.Remove(file);
                    }
                }
                if (here.Count == 0)
                {
                    continue;
                }
            }
            trees.NextCommit();
            var (commit, content) = Commit(id);
            SourceCommit? resolved = null;
            SourceCommit Resolved() => resolved ??= new SourceCommit(new PageDate(commit.Committed, HasTime: true), commit.Author, id.ToString());
            if (commit.Parents.Length == 0)
            {
                foreach (var file in here)
                {
                    found[file] = Resolved();
                }
                continue;
            }
            if (commit.Parents.Length == 1)
            {
                changed.Clear();
                trees.Changed(content!.Value, Commit(commit.Parents[0]).Content, "", changed);
                foreach (var file in changed)
                {
                    if (here.Remove(file))
                    {
                        found[file] = Resolved();
                    }
                }
                MoveTo(commit.Parents[0], here);
                continue;
            }
            var perParent = commit.Parents.Select(parent =>
            {
                var list = new List<string>();
                trees.Changed(content!.Value, Commit(parent).Content, "", list);
                return list.ToHashSet(StringComparer.Ordinal);
            }).ToList();
            var next = commit.Parents.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToList();
            foreach (var file in here)
            {
                var same = perParent.FindIndex(c => !c.Contains(file));
                if (same < 0)
                {
                    found[file] = Resolved();
                }
                else
                {
                    next[same].Add(file);
                }
            }
            for (var i = 0; i < next.Count; i++)
            {
                MoveTo(commit.Parents[i], next[i]);
            }
        }
        return found;
    }
}
