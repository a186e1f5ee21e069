using LibGit2Sharp;
using SiteGen.Content;

namespace SiteGen.Git;

/// <summary>
/// One pass over the history that finds, for every file of the content folder in HEAD, the commit that last changed
/// it; never one <c>git log</c> per file. The rule is git's own for <c>git log -1 -- PATH</c> (default history
/// simplification, no <c>--follow</c>), applied to all files at once:
/// <list type="bullet">
/// <item>Each file starts at HEAD and walks back while its blob is the same in the parent; the first commit whose
/// parent has a different blob (or no such file, or no parent at all) is its last change.</item>
/// <item>At a merge, a file goes on into the first parent in which it is unchanged (as git follows a TREESAME
/// parent); only when it differs from every parent (a conflict resolution, a change made in the merge itself) is
/// the merge its last change. A file changed on a merged branch therefore gets that branch's commit.</item>
/// <item>A rename is a change of the new path (the history before it is not followed): git log without --follow.</item>
/// </list>
/// Commits come in topological order (children before parents), so every commit is looked at once with all the files
/// that reached it; a commit that changed no file of the content folder costs one tree-id comparison, and a tree diff
/// skips identical subtrees. The walk stops once every file is resolved.
/// </summary>
public static class HistoryWalk
{
    private static readonly CompareOptions TreeDiff = new() { Similarity = SimilarityOptions.None, IncludeUnmodified = false };

    /// <param name="prefix">the content folder relative to the repository root ('/', "" for the root).</param>
    /// <returns>The last commit of each file, by path relative to <paramref name="prefix"/>.</returns>
    public static Dictionary<string, SourceCommit> Read(Repository repository, Commit head, string prefix)
    {
        var found = new Dictionary<string, SourceCommit>(StringComparer.Ordinal);
        if (ContentTree(head, prefix) is not { } headTree)
        {
            return found;
        }
        var files = new HashSet<string>(StringComparer.Ordinal);
        AddFiles(headTree, "", files);
        var total = files.Count;
        var pending = new Dictionary<ObjectId, HashSet<string>> { [head.Id] = files };
        var walk = repository.Commits.QueryBy(new CommitFilter
        {
            IncludeReachableFrom = head,
            SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time,
        });
        foreach (var commit in walk)
        {
            if (found.Count == total)
            {
                break;
            }
            if (!pending.Remove(commit.Id, out var here))
            {
                continue;
            }
            var tree = ContentTree(commit, prefix)!;
            SourceCommit? resolved = null;
            SourceCommit Resolved() => resolved ??= new SourceCommit(new PageDate(commit.Committer.When, HasTime: true), commit.Author.Name, commit.Sha);
            var parents = commit.Parents.ToList();
            if (parents.Count == 0)
            {
                foreach (var file in here)
                {
                    found[file] = Resolved();
                }
            }
            else if (parents.Count == 1)
            {
                foreach (var file in Changed(repository, ContentTree(parents[0], prefix), tree))
                {
                    if (here.Remove(file))
                    {
                        found[file] = Resolved();
                    }
                }
                MoveTo(pending, parents[0].Id, here);
            }
            else
            {
                var changed = parents.Select(p => Changed(repository, ContentTree(p, prefix), tree).ToHashSet(StringComparer.Ordinal)).ToList();
                foreach (var file in here)
                {
                    var same = changed.FindIndex(c => !c.Contains(file));
                    if (same < 0)
                    {
                        found[file] = Resolved();
                    }
                    else
                    {
                        MoveTo(pending, parents[same].Id, [file]);
                    }
                }
            }
        }
        return found;
    }

    /// <summary>The content folder's tree in <paramref name="commit"/>, or null when that commit has no such folder.</summary>
    private static Tree? ContentTree(Commit commit, string prefix) =>
        prefix.Length == 0 ? commit.Tree : commit[prefix]?.Target as Tree;

    /// <summary>The paths whose blob (or mode) differs between the trees and that exist in <paramref name="tree"/>.</summary>
    private static List<string> Changed(Repository repository, Tree? parentTree, Tree tree)
    {
        if (parentTree is not null && parentTree.Id == tree.Id)
        {
            return [];
        }
        using var changes = repository.Diff.Compare<TreeChanges>(parentTree, tree, TreeDiff);
        var paths = new List<string>();
        foreach (var change in changes)
        {
            if (change.Status != ChangeKind.Deleted)
            {
                paths.Add(change.Path.Replace('\\', '/'));
            }
        }
        return paths;
    }

    private static void MoveTo(Dictionary<ObjectId, HashSet<string>> pending, ObjectId commit, HashSet<string> files)
    {
        if (files.Count == 0)
        {
            return;
        }
        if (!pending.TryGetValue(commit, out var there))
        {
            pending[commit] = files;
            return;
        }
        var (small, large) = there.Count < files.Count ? (there, files) : (files, there);
        large.UnionWith(small);
        pending[commit] = large;
    }

    private static void AddFiles(Tree tree, string folder, HashSet<string> files)
    {
        foreach (var entry in tree)
        {
            var path = folder + entry.Name;
            if (entry.TargetType == TreeEntryTargetType.Blob)
            {
                files.Add(path);
            }
            else if (entry.TargetType == TreeEntryTargetType.Tree)
            {
                AddFiles((Tree)entry.Target, path + "/", files);
            }
        }
    }
}
