using SiteGen.Content;

namespace SiteGen.Git;

/// <summary>The commit that last changed a source file (<see cref="HistoryWalk"/>): templates see it as <c>page.git</c>.</summary>
/// <param name="Updated">the commit's committer date with the committer's UTC offset (git log's %cI).</param>
/// <param name="Author">the commit's author name (%an).</param>
/// <param name="Commit">the full commit id (%H).</param>
public sealed record SourceCommit(PageDate Updated, string Author, string Commit)
{
    /// <summary>The first 7 characters of the commit id, as git shows it by default (%h, without collision check).</summary>
    public string Short => Commit[..Math.Min(7, Commit.Length)];
}
