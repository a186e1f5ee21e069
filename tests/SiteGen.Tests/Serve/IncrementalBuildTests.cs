using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>Dependency tracking: an edit re-renders the pages it affects, and the result equals a clean build.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = ServeSite.Create();
    private readonly IncrementalBuilder _builder;

    public IncrementalBuildTests()
    {
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        _builder = new IncrementalBuilder(options) { BaseUrl = "http://127.0.0.1:9/" };
        var (first, rendered) = _builder.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(first.PageCount, rendered);
    }

    public void Dispose() => _site.Dispose();

    private (BuildResult Result, int Rendered) Rebuild()
    {
        var (result, rendered) = _builder.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, rendered);
    }

    /// <summary>Touching a file may not change its timestamp within the file system's resolution; move it forward.</summary>
    private void Edit(string path, string text)
    {
        _site.Write(path, text);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, path), DateTime.UtcNow.AddSeconds(Random.Shared.Next(1, 1000)));
    }

    private void AssertEqualsCleanBuild(BuildResult incremental)
    {
        var clean = _site.Run(["build", .. _site.DefaultArgs(), "--base-url", "http://127.0.0.1:9/", "--drafts"]);
        Assert.True(clean.ExitCode == 0, clean.ToString());
        var built = _site.Snapshot();
        var served = incremental.Files.ToDictionary(f => f.Path, f => f.Bytes ?? File.ReadAllBytes(f.CopyFrom!));
        Assert.Equal(built.Keys.Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in built)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(served[path]), $"{path} differs from a clean build:\n{System.Text.Encoding.UTF8.GetString(served[path])}");
        }
    }

    [Fact]
    public void Nothing_changed_renders_nothing()
    {
        var (_, rendered) = Rebuild();
        Assert.Equal(0, rendered);
    }

    [Fact]
    public void Editing_a_page_body_renders_only_that_page()
    {
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nThird note, edited.\n");
        var (result, rendered) = Rebuild();
        Assert.Equal(1, rendered);
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void Removing_a_heading_breaks_the_anchor_links_of_unchanged_pages_that_point_at_it()
    {
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nThird note.\n\n## Deep dive\n\nDetails.\n");
        Edit("site-content/notes/alpha.md", "---\ntitle: Alpha\nweight: 1\ntags: [x]\n---\nSee [the deep dive](gamma.md#deep-dive).\n");
        Rebuild();

        // Only gamma changes; alpha, which links to its heading, is not rendered again but must be checked again.
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nThird note.\n\n## Overview\n\nDetails.\n");
        var (broken, _) = _builder.Build();
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("alpha.md", error.File, StringComparison.Ordinal);
        Assert.Contains("#deep-dive", error.Message, StringComparison.Ordinal);

        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nThird note.\n\n## Deep dive\n\nDetails.\n");
        var (fixedResult, _) = Rebuild();
        AssertEqualsCleanBuild(fixedResult);
    }

    [Fact]
    public void Editing_a_title_renders_the_pages_that_show_it()
    {
        Edit("site-content/notes/beta.md", "---\ntitle: Beta Renamed\nweight: 2\n---\nSecond note.\n");
        var (result, rendered) = Rebuild();
        // beta itself, alpha (its "next" link shows beta's title), the notes section (lists it); not gamma, home or the tag page.
        Assert.Equal(3, rendered);
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void Editing_a_partial_renders_the_pages_that_include_it()
    {
        Edit("templates/partials/footer.html", "<footer>Team lead: {{ site.data.team.lead }}</footer>");
        var (result, rendered) = Rebuild();
        Assert.Equal(result.PageCount, rendered);
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void Editing_a_data_file_renders_the_pages_that_read_it()
    {
        Edit("site-content/data/team.yml", "lead: Grace\n");
        var (result, rendered) = Rebuild();
        Assert.Equal(result.PageCount, rendered);
        Assert.Contains("Lead: Grace", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Bytes!), StringComparison.Ordinal);
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void Adding_and_deleting_pages_updates_lists_and_sitemap()
    {
        Edit("site-content/notes/delta.md", "---\ntitle: Delta\nweight: 4\ntags: [x]\n---\nFourth.\n");
        var (added, _) = Rebuild();
        AssertEqualsCleanBuild(added);
        _site.Delete("site-content/notes/alpha.md");
        var (deleted, _) = Rebuild();
        Assert.DoesNotContain(deleted.Files, f => f.Path == "notes/alpha/index.html");
        AssertEqualsCleanBuild(deleted);
    }

    [Fact]
    public void A_series_of_edits_ends_byte_identical_to_a_clean_build()
    {
        Edit("site-content/notes/alpha.md", "---\ntitle: Alpha\nweight: 5\ntags: [x, y]\n---\n## Alpha body\n\nMoved last.\n");
        Rebuild();
        Edit("templates/_default/page.html", "<h1 class=\"t\">{{ page.title }}</h1>{{ page.content }}{{ if page.prev }}<a rel=\"prev\" href=\"{{ page.prev.url }}\">{{ page.prev.title }}</a>{{ end }}");
        Rebuild();
        Edit("site-content/data/team.yml", "lead: Linus\n");
        Rebuild();
        Edit("site-content/notes/beta.md", "---\ntitle: Beta\nslug: b\nweight: 2\n---\nSecond, moved.\n");
        var (result, _) = Rebuild();
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void A_failed_rebuild_recovers_when_the_file_is_fixed()
    {
        Edit("site-content/notes/beta.md", "---\ntitle: Beta\nweight: [\n---\nBroken.\n");
        var (failed, _) = _builder.Build();
        Assert.False(failed.Succeeded);
        Edit("site-content/notes/beta.md", "---\ntitle: Beta fixed\nweight: 2\n---\nSecond note.\n");
        var (result, _) = Rebuild();
        AssertEqualsCleanBuild(result);
    }
}
