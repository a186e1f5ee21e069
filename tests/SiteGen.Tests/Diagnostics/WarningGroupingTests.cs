using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// Many warnings of one kind do not bury the rest: the console shows the first few of a kind with their excerpts and a
/// line with the count, how to see all (--all-warnings) and how to silence the kind (site.yml); errors always in full.
/// </summary>
public sealed class WarningGroupingTests : IDisposable
{
    private const string UncaptionedTable = "| a | b |\n|---|---|\n| 1 | 2 |\n";

    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>Pages p01..pNN, each with one uncaptioned table at line 4.</summary>
    private void WritePagesWithTables(int count, string extraBody = "")
    {
        for (var i = 1; i <= count; i++)
        {
            _site.Write($"site-content/p{i:00}.md", $"---\ntitle: P{i}\n---\n{UncaptionedTable}{extraBody}");
        }
    }

    private static List<ReportedDiagnostic> TableWarnings(BuildRun run) =>
        [.. ReportedDiagnostic.Parse(run.Stderr).Where(d => d.Kind == "warning" && d.WarningKind == "table-caption")];

    [Fact]
    public void Every_warning_names_its_kind_after_the_message_and_keeps_file_line_column()
    {
        WritePagesWithTables(1);
        var run = _site.BuildOk();
        var warning = Assert.Single(TableWarnings(run));
        Assert.Equal(("site-content/p01.md", 4, 1), (warning.File, warning.Line, warning.Column));
        Assert.StartsWith("table has no caption", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Twelve_warnings_of_one_kind_show_the_first_three_with_excerpts_and_a_count_with_how_to_see_or_silence_them()
    {
        WritePagesWithTables(12);
        var run = _site.BuildOk();
        var shown = TableWarnings(run);
        Assert.Equal(["site-content/p01.md", "site-content/p02.md", "site-content/p03.md"], shown.Select(d => d.File));
        Assert.Equal(3, run.Stderr.Split('\n').Count(l => l.StartsWith("  4 | | a | b |", StringComparison.Ordinal)));
        Assert.Contains(
            "warning [table-caption]: 9 more like these (12 in all); see every one with --all-warnings, or silence the kind with `silence_warnings: [table-caption]` in site.yml",
            run.Stderr, StringComparison.Ordinal);
        Assert.Contains(": 12 warnings, 0 errors.", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(SiteGen.Tests.Properties.DiagnosticLines.Problems(run.Stderr, _site.Root));
    }

    [Fact]
    public void A_few_warnings_of_another_kind_are_all_shown_beside_a_large_group()
    {
        WritePagesWithTables(12);
        _site.Write("site-content/notes.md", "---\ntitle: Notes\n---\n> [!FOO]\n> text\n");
        var run = _site.BuildOk();
        var callout = Assert.Single(ReportedDiagnostic.Parse(run.Stderr), d => d.WarningKind == "callout-kind");
        Assert.Equal(("site-content/notes.md", 4), (callout.File, callout.Line));
        Assert.Equal(3, TableWarnings(run).Count);
    }

    [Fact]
    public void All_warnings_flag_prints_every_one()
    {
        WritePagesWithTables(12);
        var run = _site.BuildOk("--all-warnings");
        Assert.Equal(12, TableWarnings(run).Count);
        Assert.DoesNotContain("more like these", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_always_shown_in_full_however_many_there_are()
    {
        _site.BuildOk();
        WritePagesWithTables(12, "\n[broken](missing.md)\n");
        var run = FailedBuild.AssertFailsWith(_site, "Build failed: 12 errors, 12 warnings");
        Assert.Equal(12, ReportedDiagnostic.Parse(run.Stderr).Count(d => d.Kind == "error"));
        Assert.Equal(3, TableWarnings(run).Count);
    }

    [Fact]
    public void Silence_warnings_in_site_yml_leaves_that_kind_out_and_counts_it_in_the_summary()
    {
        WritePagesWithTables(12);
        _site.Write("site-content/notes.md", "---\ntitle: Notes\n---\n> [!FOO]\n> text\n");
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nsilence_warnings: [table-caption]\n");
        var run = _site.BuildOk();
        Assert.Empty(TableWarnings(run));
        Assert.DoesNotContain("table-caption", run.Stderr, StringComparison.Ordinal);
        Assert.Single(ReportedDiagnostic.Parse(run.Stderr), d => d.WarningKind == "callout-kind");
        Assert.Contains(": 1 warning (12 more silenced in site.yml), 0 errors.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_kind_in_silence_warnings_is_an_error_at_its_position_with_a_suggestion()
    {
        _site.BuildOk();
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nsilence_warnings: [table-captions]\n");
        var run = FailedBuild.AssertFailsWith(_site, "did you mean 'table-caption'?");
        var error = ReportedDiagnostic.SingleError(run);
        Assert.Equal(("site-content/site.yml", 3, 20), (error.File, error.Line, error.Column));
        Assert.StartsWith("unknown warning kind 'table-captions'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Silenced_external_link_warnings_of_check_external_are_left_out_too()
    {
        await using var server = await LocalHttpServer.StartAsync((_, _) => 404);
        _site.Write("site-content/a.md", $"---\ntitle: A\n---\n[dead]({server.Address}/dead)\n");
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nsilence_warnings: external-link\n");
        var run = _site.Run(["check", .. _site.DefaultArgs(), "--external", "--timeout", "10", "--cache-hours", "0"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Empty(ReportedDiagnostic.Parse(run.Stderr));
        Assert.Contains(": 0 warnings (1 more silenced in site.yml), 0 errors.", run.Stdout, StringComparison.Ordinal);
    }
}
