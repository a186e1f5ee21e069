using System.Text;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Feeds;

/// <summary>serve's rebuilds keep redirect pages and feeds, and a body edit reaches a full-content feed.</summary>
public sealed class ServeFeedAndAliasTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_body_edit_in_serve_updates_the_feed_and_keeps_the_redirect()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nfeeds:\n  content: full\n");
        _site.Write("site-content/post.md", "---\ntitle: Post\ndate: 2024-05-01\naliases: [/old-post/]\n---\nFirst words.\n");
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        var builder = new IncrementalBuilder(options) { BaseUrl = "http://127.0.0.1:9/" };
        var (first, _) = builder.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Contains("First words.", Text(first, "atom.xml"), StringComparison.Ordinal);

        _site.Write("site-content/post.md", "---\ntitle: Post\ndate: 2024-05-01\naliases: [/old-post/]\n---\nSecond words.\n");
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "site-content/post.md"), DateTime.UtcNow.AddSeconds(100));
        var (second, _) = builder.Build(FileChanges.Of([Path.Combine(_site.Root, "site-content/post.md")]));
        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.Contains("Second words.", Text(second, "atom.xml"), StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9/post/", Text(second, "atom.xml"), StringComparison.Ordinal);
        Assert.Contains("url=/post/", Text(second, "old-post/index.html"), StringComparison.Ordinal);
    }

    private static string Text(BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes!);
}
