namespace SiteGen.Git;

/// <summary>
/// Where the site sits in its git repository and what the history says about its files. The repository root may be
/// above the site root (this repository keeps the guide in site-content/ beside the code): <see cref="ContentPrefix"/>
/// maps content paths ("roles/a.md") to repository paths ("site-content/roles/a.md").
/// </summary>
/// <param name="Root">the repository's working folder (real path), or null outside a repository.</param>
/// <param name="ContentPrefix">the content folder relative to <see cref="Root"/> with '/', "" when they are the same.</param>
/// <param name="Head">the commit HEAD pointed at when the history was read; null without history.</param>
/// <param name="Files">the last commit of every file of the content folder in HEAD, by content path; empty when the
/// history was not read (outside a repository, <c>git_info: false</c>, a shallow clone).</param>
/// <param name="Shallow">true when the repository is a shallow clone (the history was not read).</param>
public sealed record SiteRepository(string? Root, string ContentPrefix, string? Head, IReadOnlyDictionary<string, SourceCommit> Files, bool Shallow)
{
    /// <summary>Why the history could not be read (a damaged repository), reported once as a warning; null when it was.</summary>
    public string? Problem { get; init; }

    /// <summary>How long the history pass took on its worker (zero when nothing was read or serve kept the last pass).</summary>
    public TimeSpan ReadTime { get; init; }

    public static readonly SiteRepository None = new(null, "", null, new Dictionary<string, SourceCommit>(), false);

    /// <summary>The path of a content file relative to the repository root ("site-content/roles/a.md").</summary>
    public string RepositoryPath(string contentPath) => ContentPrefix.Length == 0 ? contentPath : ContentPrefix + "/" + contentPath;

    public SourceCommit? CommitOf(string contentPath) => Files.GetValueOrDefault(contentPath);
}
