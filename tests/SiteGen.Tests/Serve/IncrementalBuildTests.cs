using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>Dependency tracking: an edit re-renders the pages it affects, and the result equals a clean build.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = ServeSite.Create();
    private readonly BuildOptions _options;
    private readonly IncrementalBuilder _builder;

    public IncrementalBuildTests()
    {
        _options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        _builder = new IncrementalBuilder(_options) { BaseUrl = "http://127.0.0.1:9/" };
        var (first, rendered) = _builder.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(first.PageCount, rendered);
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Rebuilds as serve does after the watcher reported <paramref name="changed"/> (paths from the site root).</summary>
    private (BuildResult Result, int Rendered) Rebuild(params string[] changed) =>
        Succeeded(_builder.Build(FileChanges.Of(changed.Select(p => Path.Combine(_site.Root, p)))));

    /// <summary>Rebuilds as serve does after the watcher overflowed: every file's stamp is compared.</summary>
    private (BuildResult Result, int Rendered) RebuildScanningEverything() => Succeeded(_builder.Build(FileChanges.Unknown));

    private static (BuildResult Result, int Rendered) Succeeded((BuildResult Result, int Rendered) build)
    {
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        return build;
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
        // Serve's URL guard compares with the URLs serve started with, which a clean build has no memory of
        // (ServeUrlGuardTests checks it).
        Assert.Equal(CleanBuild().Diagnostics, incremental.Diagnostics.Where(d => d.Kind != WarningKinds.DroppedUrl));
    }

    private BuildResult CleanBuild() => SiteBuilder.Build(_options with { BaseUrlOverride = "http://127.0.0.1:9/", IncludeDrafts = true });

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
        var (result, rendered) = Rebuild("site-content/notes/gamma.md");
        Assert.Equal(1, rendered);
        Assert.True(_builder.LastKeptPages);
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
        var (result, rendered) = Rebuild("site-content/notes/beta.md");
        Assert.False(_builder.LastKeptPages);
        // beta itself, alpha (its "next" link shows beta's title), the notes section (lists it); not gamma, home or the tag page.
        Assert.Equal(3, rendered);
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void Editing_a_partial_renders_the_pages_that_include_it()
    {
        Edit("templates/partials/footer.html", "<footer>Team lead: {{ site.data.team.lead }}</footer>");
        var (result, rendered) = Rebuild("templates/partials/footer.html");
        Assert.Equal(result.PageCount, rendered);
        Assert.True(_builder.LastKeptPages);
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void Editing_a_data_file_renders_the_pages_that_read_it()
    {
        Edit("site-content/data/team.yml", "lead: Grace\n");
        var (result, rendered) = Rebuild("site-content/data/team.yml");
        Assert.Equal(result.PageCount, rendered);
        Assert.False(_builder.LastKeptPages);
        Assert.Contains("Lead: Grace", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Bytes!), StringComparison.Ordinal);
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void Adding_and_deleting_pages_updates_lists_and_sitemap()
    {
        Edit("site-content/notes/delta.md", "---\ntitle: Delta\nweight: 4\ntags: [x]\n---\nFourth.\n");
        var (added, _) = Rebuild("site-content/notes/delta.md");
        AssertEqualsCleanBuild(added);
        _site.Delete("site-content/notes/alpha.md");
        var (deleted, _) = Rebuild("site-content/notes/alpha.md");
        Assert.DoesNotContain(deleted.Files, f => f.Path == "notes/alpha/index.html");
        AssertEqualsCleanBuild(deleted);
    }

    [Fact]
    public void A_series_of_edits_ends_byte_identical_to_a_clean_build()
    {
        Edit("site-content/notes/alpha.md", "---\ntitle: Alpha\nweight: 5\ntags: [x, y]\n---\n## Alpha body\n\nMoved last.\n");
        Rebuild("site-content/notes/alpha.md");
        Edit("templates/_default/page.html", "<h1 class=\"t\">{{ page.title }}</h1>{{ page.content }}{{ if page.prev }}<a rel=\"prev\" href=\"{{ page.prev.url }}\">{{ page.prev.title }}</a>{{ end }}");
        Rebuild("templates/_default/page.html");
        Edit("site-content/data/team.yml", "lead: Linus\n");
        Rebuild("site-content/data/team.yml");
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nThird, body only.\n");
        Rebuild("site-content/notes/gamma.md");
        Edit("site-content/notes/beta.md", "---\ntitle: Beta\nslug: b\nweight: 2\n---\nSecond, moved.\n");
        var (result, _) = Rebuild("site-content/notes/beta.md");
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void A_failed_rebuild_recovers_when_the_file_is_fixed()
    {
        Edit("site-content/notes/beta.md", "---\ntitle: Beta\nweight: [\n---\nBroken.\n");
        var (failed, _) = _builder.Build(FileChanges.Of([Path.Combine(_site.Root, "site-content/notes/beta.md")]));
        Assert.False(failed.Succeeded);
        Edit("site-content/notes/beta.md", "---\ntitle: Beta fixed\nweight: 2\n---\nSecond note.\n");
        var (result, _) = Rebuild("site-content/notes/beta.md");
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void A_body_edit_keeps_the_page_tree_and_equals_a_clean_build_after_each_of_several_edits()
    {
        for (var i = 0; i < 3; i++)
        {
            Edit("site-content/notes/alpha.md", $"---\ntitle: Alpha\nweight: 1\ntags: [x]\n---\n## Alpha body\n\nEdit {i}. See [beta](beta.md).\n");
            var (result, rendered) = Rebuild("site-content/notes/alpha.md");
            Assert.True(_builder.LastKeptPages);
            Assert.Equal(1, rendered);
            AssertEqualsCleanBuild(result);
        }
    }

    [Fact]
    public void A_body_edit_that_shows_in_other_pages_re_renders_them()
    {
        // The section lists each page's word count: a body edit changes what the section shows.
        Edit("templates/_default/list.html", "<h1>{{ page.title }}</h1>{{ for p in page.pages }}<p>{{ p.title }}: {{ p.word_count }} words</p>{{ end }}");
        Rebuild("templates/_default/list.html");
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nThird note, now with many more words in it.\n");
        var (result, rendered) = Rebuild("site-content/notes/gamma.md");
        Assert.True(_builder.LastKeptPages);
        Assert.Equal(2, rendered);
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void A_body_edit_that_removes_a_linked_heading_reports_the_link_that_breaks()
    {
        Edit("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\n## Details\n\nSecond note.\n");
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nSee [details](beta.md#details).\n");
        AssertEqualsCleanBuild(Rebuild("site-content/notes/beta.md", "site-content/notes/gamma.md").Result);

        Edit("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\n## Summary\n\nSecond note.\n");
        var (broken, _) = _builder.Build(FileChanges.Of([Path.Combine(_site.Root, "site-content/notes/beta.md")]));
        Assert.Contains(broken.Diagnostics, d => d.File == "site-content/notes/gamma.md" && d.Message.Contains("#details", StringComparison.Ordinal));
        Assert.Equal(CleanBuild().Diagnostics, broken.Diagnostics);

        Edit("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\n## Details\n\nSecond note.\n");
        AssertEqualsCleanBuild(Rebuild("site-content/notes/beta.md").Result);
    }

    [Fact]
    public void A_body_edit_with_a_broken_link_fails_and_its_fix_recovers()
    {
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nSee [nowhere](/notes/missing/).\n");
        var (broken, _) = _builder.Build(FileChanges.Of([Path.Combine(_site.Root, "site-content/notes/gamma.md")]));
        Assert.False(broken.Succeeded);
        Assert.Equal(CleanBuild().Diagnostics, broken.Diagnostics);
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nSee [alpha](/notes/alpha/).\n");
        AssertEqualsCleanBuild(Rebuild("site-content/notes/gamma.md").Result);
    }

    [Fact]
    public void Warnings_of_pages_not_rendered_again_are_still_reported()
    {
        Edit("site-content/notes/beta.md", "---\ntitle: Beta\nweight: 2\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        var (first, _) = Rebuild("site-content/notes/beta.md");
        Assert.Contains(first.Diagnostics, d => d.Severity == Severity.Warning);
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nThird, edited.\n");
        var (result, _) = Rebuild("site-content/notes/gamma.md");
        Assert.True(_builder.LastKeptPages);
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void An_edit_the_watcher_did_not_report_is_found_after_an_overflow()
    {
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nThird note, edited.\n");
        Edit("site-content/notes/delta.md", "---\ntitle: Delta\nweight: 4\n---\nNew.\n");
        Edit("site-content/data/team.yml", "lead: Grace\n");
        var (result, _) = RebuildScanningEverything();
        Assert.Contains(result.Files, f => f.Path == "notes/delta/index.html");
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void A_renamed_folder_is_found_by_scanning_again()
    {
        Edit("site-content/extra/one.md", "---\ntitle: One\n---\nOne.\n");
        AssertEqualsCleanBuild(Rebuild("site-content/extra").Result);
        Directory.Move(Path.Combine(_site.Root, "site-content/extra"), Path.Combine(_site.Root, "site-content/more"));
        var (result, _) = Rebuild("site-content/extra", "site-content/more");
        Assert.Contains(result.Files, f => f.Path == "more/one/index.html");
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("extra/", StringComparison.Ordinal));
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void A_folder_deleted_or_moved_away_is_found_by_scanning_again()
    {
        Edit("site-content/extra/one.md", "---\ntitle: One\n---\nOne.\n");
        AssertEqualsCleanBuild(Rebuild("site-content/extra").Result);
        Directory.Move(Path.Combine(_site.Root, "site-content/extra"), Path.Combine(_site.Root, "extra-moved-away"));
        var (result, _) = Rebuild("site-content/extra");
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("extra/", StringComparison.Ordinal));
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void A_new_static_file_is_served_and_claims_its_path()
    {
        _site.Write("site-content/static/notes.txt", "plain text");
        var (result, _) = Rebuild("site-content/static/notes.txt");
        Assert.False(_builder.LastKeptPages);
        Assert.Contains(result.Files, f => f.Path == "notes.txt");
        AssertEqualsCleanBuild(result);
    }

    [Fact]
    public void Editor_temp_files_beside_a_page_change_nothing_else()
    {
        var temp = Path.Combine(_site.Root, "site-content/notes/.gamma.md.swp");
        File.WriteAllText(temp, "swap");
        Edit("site-content/notes/gamma.md", "---\ntitle: Gamma\nweight: 3\n---\nSaved through a temp file.\n");
        File.Delete(temp);
        var (result, rendered) = Rebuild("site-content/notes/.gamma.md.swp", "site-content/notes/gamma.md");
        Assert.True(_builder.LastKeptPages);
        Assert.Equal(1, rendered);
        AssertEqualsCleanBuild(result);
    }
}
