using SiteGen.Tests.Support;
using static SiteGen.Tests.Git.GitSite;

namespace SiteGen.Tests.Git;

/// <summary>
/// Each page knows the commit that last changed its source, by git's own rule (<c>git log -1 -- PATH</c>): checked
/// against the git command line on fixture repositories with later changes, a merge and a rename.
/// </summary>
public sealed class GitHistoryTests : IDisposable
{
    private readonly TestSite _site = Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Pages_get_the_date_author_and_commit_of_the_last_commit_that_changed_their_file()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/a.md", "---\ntitle: A\n---\nFirst.\n").Write("site-content/b.md", "---\ntitle: B\n---\nFirst.\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00", "Ada Author");
        _site.Write("site-content/b.md", "---\ntitle: B\n---\nSecond.\n");
        repo.CommitAll("change b", "2024-02-01T09:30:00+02:00", "Bo Writer");
        _site.Write("templates/_default/page.html", Template + "\n");
        repo.CommitAll("templates only", "2024-03-01T10:00:00-05:00", "Cy Designer");

        _site.BuildOk();

        var a = _site.Html("a/index.html");
        var b = _site.Html("b/index.html");
        Assert.Equal("2024-01-01T09:00:00+01:00", Updated(a));
        Assert.Equal("Ada Author", Author(a));
        Assert.Equal("2024-02-01T09:30:00+02:00", Updated(b));
        Assert.Equal("Bo Writer", Author(b));
        AssertMatchesGitLog(a, repo, "site-content/a.md");
        AssertMatchesGitLog(b, repo, "site-content/b.md");
        AssertMatchesGitLog(_site.Html("index.html"), repo, "site-content/_index.md");
        Assert.Equal("1 February 2024", b.QuerySelector("#git")!.TextContent);
    }

    [Fact]
    public void An_atom_entry_is_updated_when_its_source_last_changed_in_git_and_published_on_its_date()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nfeeds: true\n");
        _site.Write("site-content/post.md", "---\ntitle: Post\ndate: 2024-01-01\n---\nFirst.\n")
            .Write("site-content/old.md", "---\ntitle: Old\ndate: 2024-06-01\n---\nCommitted before its date.\n");
        repo.CommitAll("first", "2024-01-02T09:00:00+01:00");
        _site.Write("site-content/post.md", "---\ntitle: Post\ndate: 2024-01-01\n---\nCorrected.\n");
        repo.CommitAll("correct the post", "2024-03-05T10:30:00+01:00");

        _site.BuildOk();

        var feed = Feeds.FeedSite.Read(_site, "atom.xml");
        var post = feed.Items.Single(i => i.Title.Text == "Post");
        Assert.Equal(DateTimeOffset.Parse("2024-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), post.PublishDate);
        Assert.Equal(DateTimeOffset.Parse("2024-03-05T10:30:00+01:00", System.Globalization.CultureInfo.InvariantCulture), post.LastUpdatedTime);
        // A commit older than the page's date does not make it "updated" before it was published.
        var old = feed.Items.Single(i => i.Title.Text == "Old");
        Assert.Equal(old.PublishDate, old.LastUpdatedTime);
        Assert.Equal(old.LastUpdatedTime, feed.LastUpdatedTime);
    }

    [Fact]
    public void A_file_changed_on_a_merged_branch_gets_the_branch_commit_and_a_change_made_in_the_merge_gets_the_merge()
    {
        var repo = GitRepo.Init(_site.Root);
        foreach (var name in new[] { "main-side", "branch-side", "in-merge", "untouched" })
        {
            _site.Write($"site-content/{name}.md", $"---\ntitle: {name}\n---\nFirst.\n");
        }
        repo.CommitAll("base", "2024-01-01T09:00:00+01:00");
        repo.Run("checkout", "-q", "-b", "feature");
        _site.Write("site-content/branch-side.md", "---\ntitle: branch-side\n---\nOn the branch.\n");
        repo.CommitAll("on the branch", "2024-01-05T09:00:00+01:00", "Fay Branch");
        repo.Run("checkout", "-q", "main");
        _site.Write("site-content/main-side.md", "---\ntitle: main-side\n---\nOn main.\n");
        repo.CommitAll("on main", "2024-01-10T09:00:00+01:00", "Mo Main");
        repo.Run("merge", "-q", "--no-ff", "--no-commit", "feature");
        _site.Write("site-content/in-merge.md", "---\ntitle: in-merge\n---\nChanged while merging.\n");
        var merge = repo.CommitAll("merge feature", "2024-01-20T09:00:00+01:00", "Mae Merger");

        _site.BuildOk();

        foreach (var name in new[] { "main-side", "branch-side", "in-merge", "untouched", "_index" })
        {
            var page = _site.Html(name == "_index" ? "index.html" : $"{name}/index.html");
            AssertMatchesGitLog(page, repo, $"site-content/{name}.md");
        }
        Assert.Equal("Fay Branch", Author(_site.Html("branch-side/index.html")));
        Assert.Equal("2024-01-05T09:00:00+01:00", Updated(_site.Html("branch-side/index.html")));
        Assert.Equal(merge, Commit(_site.Html("in-merge/index.html")));
        Assert.Equal("2024-01-01T09:00:00+01:00", Updated(_site.Html("untouched/index.html")));
    }

    [Fact]
    public void A_renamed_file_was_last_changed_by_the_rename()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/old-name.md", "---\ntitle: Moved\n---\nSame text.\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");
        repo.Run("mv", "site-content/old-name.md", "site-content/new-name.md");
        var rename = repo.Commit("rename", "2024-04-01T12:00:00+03:00", "Ren Amer");

        _site.BuildOk();

        var page = _site.Html("new-name/index.html");
        Assert.Equal(rename, Commit(page));
        AssertMatchesGitLog(page, repo, "site-content/new-name.md");
    }

    [Fact]
    public void The_sitemap_uses_the_git_date_and_front_matter_updated_wins()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/plain.md", "---\ntitle: Plain\ndate: 2023-06-01\n---\nText.\n")
            .Write("site-content/reviewed.md", "---\ntitle: Reviewed\nupdated: 2025-05-05\n---\nText.\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");

        _site.BuildOk();

        var sitemap = _site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://example.org/plain/</loc><lastmod>2024-01-01T09:00:00+01:00</lastmod>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/reviewed/</loc><lastmod>2025-05-05</lastmod>", sitemap, StringComparison.Ordinal);
        Assert.Equal("2024-01-01T09:00:00+01:00", LastModified(_site.Html("plain/index.html")));
        Assert.Equal("2025-05-05", LastModified(_site.Html("reviewed/index.html")));
        Assert.Equal("2024-01-01T09:00:00+01:00", Updated(_site.Html("reviewed/index.html")));
    }

    [Fact]
    public void Uncommitted_edits_do_not_count_and_an_uncommitted_file_has_no_git_values()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/a.md", "---\ntitle: A\n---\nCommitted.\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");
        _site.Write("site-content/a.md", "---\ntitle: A\n---\nEdited, not committed.\n")
            .Write("site-content/new.md", "---\ntitle: New\n---\nNever committed.\n");

        _site.BuildOk();
        var first = _site.Snapshot();
        _site.BuildOk();

        Assert.Equal("2024-01-01T09:00:00+01:00", Updated(_site.Html("a/index.html")));
        Assert.Null(Updated(_site.Html("new/index.html")));
        Assert.Null(LastModified(_site.Html("new/index.html")));
        Assert.Equal(first, _site.Snapshot());
    }

    [Fact]
    public void Data_pages_get_the_git_values_and_edit_link_of_their_data_file()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/site.yml", """
                title: Test Site
                base_url: https://example.org/
                edit_url: https://git.example.com/edit/{path}
                data_pages:
                  - { source: cities.list, url: "/cities/{slug}/", title: "{name}", layout: page }
                """)
            .Write("site-content/data/cities.yml", "list:\n  - { slug: oslo, name: Oslo }\n")
            .Write("site-content/data/other.yml", "x: 1\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");
        _site.Write("site-content/data/cities.yml", "list:\n  - { slug: oslo, name: Oslo }\n# reviewed\n");
        repo.CommitAll("data", "2024-02-02T09:00:00+01:00", "Dee Data");

        _site.BuildOk();

        var page = _site.Html("cities/oslo/index.html");
        AssertMatchesGitLog(page, repo, "site-content/data/cities.yml");
        Assert.Equal("https://git.example.com/edit/site-content/data/cities.yml", EditUrl(page));
    }
}
