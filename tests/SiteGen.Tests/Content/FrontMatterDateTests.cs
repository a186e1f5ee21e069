using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>`date` and `updated` must be a date (YYYY-MM-DD) or a date and time (see DateTimeTests): anything else is an error at the value, and the build keeps the output.</summary>
public sealed class FrontMatterDateTests : IDisposable
{
    private readonly TestSite _site = new();

    public FrontMatterDateTests()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\ndate: 2024-03-05\n---\nA\n");
        _site.BuildOk();
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("date", "2024-13-45")]
    [InlineData("date", "5 March 2024")]
    [InlineData("date", "2024-3-5")]
    [InlineData("updated", "2024-02-30")]
    [InlineData("updated", "yesterday")]
    [InlineData("updated", "[2024-03-05]")]
    public void A_date_that_is_not_a_date_or_date_time_is_an_error_at_its_value(string key, string value)
    {
        _site.Write("site-content/a.md", $"---\ntitle: A\nweight: 1\n{key}: {value}\n---\nA\n");
        var error = ReportedDiagnostic.SingleError(_site.AssertFailsAndKeepsOutput());
        Assert.Equal(("site-content/a.md", 4, key.Length + 3), (error.File, error.Line, error.Column));
        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
        Assert.Matches("must be a date like 2024-05-01|has (month|day)", error.Message);
    }

    [Fact]
    public void Bad_date_and_updated_are_reported_together()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\ndate: soon\nupdated: later\n---\nA\n");
        var errors = ReportedDiagnostic.Parse(_site.AssertFailsAndKeepsOutput().Stderr).Where(d => d.Kind == "error").ToList();
        Assert.Equal([("site-content/a.md", 3), ("site-content/a.md", 4)], errors.Select(e => (e.File, e.Line)));
    }
}
