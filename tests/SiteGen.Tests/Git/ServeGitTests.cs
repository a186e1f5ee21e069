using AngleSharp.Html.Parser;
using SiteGen.Serve;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Git.GitSite;

namespace SiteGen.Tests.Git;

/// <summary>serve reads the history once per HEAD: rebuilds on the same commit reuse it, a new commit is read at the next rebuild.</summary>
public sealed class ServeGitTests : IDisposable
{
    private readonly TestSite _site = Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Rebuilds_reuse_the_history_until_a_new_commit_and_then_show_it()
    {
        var repo = GitRepo.Init(_site.Root);
        _site.Write("site-content/a.md", "---\ntitle: A\n---\nFirst.\n");
        repo.CommitAll("first", "2024-01-01T09:00:00+01:00");
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        var builder = new IncrementalBuilder(options) { BaseUrl = "http://127.0.0.1:9/" };

        var first = Built(builder.Build());
        Assert.NotEqual(TimeSpan.Zero, first.GitPass);
        Assert.Equal("2024-01-01T09:00:00+01:00", Updated(Page(first, "a/index.html")));

        Edit("site-content/a.md", "---\ntitle: A\n---\nEdited, not committed yet.\n");
        var same = Built(builder.Build(FileChanges.Of([Path.Combine(_site.Root, "site-content/a.md")])));
        Assert.Equal(TimeSpan.Zero, same.GitPass);
        Assert.Equal("2024-01-01T09:00:00+01:00", Updated(Page(same, "a/index.html")));
        Assert.Contains("Edited, not committed yet.", Page(same, "a/index.html").Body!.TextContent, StringComparison.Ordinal);

        repo.CommitAll("second", "2024-02-01T09:00:00+01:00", "Bo Writer");
        Edit("site-content/a.md", "---\ntitle: A\n---\nEdited, not committed yet.\n\n");
        var next = Built(builder.Build(FileChanges.Of([Path.Combine(_site.Root, "site-content/a.md")])));
        Assert.NotEqual(TimeSpan.Zero, next.GitPass);
        Assert.Equal("2024-02-01T09:00:00+01:00", Updated(Page(next, "a/index.html")));
        Assert.Equal("Bo Writer", Author(Page(next, "a/index.html")));
        Assert.Contains("<lastmod>2024-02-01T09:00:00+01:00</lastmod>", Text(next, "sitemap.xml"), StringComparison.Ordinal);
    }

    private void Edit(string path, string text)
    {
        _site.Write(path, text);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, path), DateTime.UtcNow.AddSeconds(Random.Shared.Next(1, 1000)));
    }

    private static BuildResult Built((BuildResult Result, int Rendered) build)
    {
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        return build.Result;
    }

    private static string Text(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes!);

    private static AngleSharp.Dom.IDocument Page(BuildResult result, string path) => new HtmlParser().ParseDocument(Text(result, path));
}
