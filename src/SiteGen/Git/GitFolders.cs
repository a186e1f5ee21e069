namespace SiteGen.Git;

/// <summary>Where a repository keeps what its worktrees share.</summary>
public static class GitFolders
{
    /// <summary>The folder holding objects/ and config: <paramref name="gitFolder"/> itself, or for a linked worktree
    /// (a .git folder with a <c>commondir</c> file) the main repository's .git folder.</summary>
    public static string Common(string gitFolder)
    {
        var commonFile = Path.Combine(gitFolder, "commondir");
        return File.Exists(commonFile) ? Path.GetFullPath(Path.Combine(gitFolder, File.ReadAllText(commonFile).Trim())) : gitFolder;
    }
}
