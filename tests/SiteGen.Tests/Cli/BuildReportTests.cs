using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The one-line summary after a build counts in words a user reads: "1 error", "2 warnings".</summary>
public sealed class BuildReportTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string UncaptionedTable = "| a | b |\n|---|---|\n| 1 | 2 |\n";

    [Fact]
    public void A_successful_build_says_1_page_and_1_warning_in_the_singular()
    {
        _site.Write("site-content/_index.md", "---\ntitle: Home\n---\n" + UncaptionedTable);
        var run = _site.BuildOk();
        Assert.Single(ReportedDiagnostic.Parse(run.Stderr), d => d.Kind == "warning" && d.File == "site-content/_index.md" && d.Line == 4);
        Assert.Contains("Built 1 page and ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(": 1 warning, 0 errors.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_build_says_1_error_in_the_singular_and_2_errors_in_the_plural()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\n---\n[x](missing.md)\n\n" + UncaptionedTable);
        var one = _site.Build();
        Assert.Equal(1, one.ExitCode);
        var error = ReportedDiagnostic.SingleError(one);
        Assert.Equal(("site-content/a.md", 4), (error.File, error.Line));
        Assert.Contains("Build failed: 1 error, 1 warning (", one.Stderr, StringComparison.Ordinal);

        _site.Write("site-content/b.md", "---\ntitle: B\n---\n[y](gone.md)\n\n" + UncaptionedTable);
        var two = _site.Build();
        Assert.Equal(2, ReportedDiagnostic.Parse(two.Stderr).Count(d => d.Kind == "error"));
        Assert.Contains("Build failed: 2 errors, 2 warnings (", two.Stderr, StringComparison.Ordinal);
    }
}
