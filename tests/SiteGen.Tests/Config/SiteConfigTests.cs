using SiteGen.Tests.Support;

namespace SiteGen.Tests.Config;

/// <summary>site.yml's required keys and its page size limit, each on a small site built once before the change.</summary>
public sealed class SiteConfigTests : IDisposable
{
    private readonly TestSite _site = new();

    public SiteConfigTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    private static string Page(int megabytes) =>
        "---\ntitle: Big\n---\n" + string.Concat(Enumerable.Repeat(new string('x', 1023) + "\n", megabytes * 1024 + 512));

    [Fact]
    public void Site_yml_without_title_is_an_error_in_site_yml()
    {
        _site.Write("site-content/site.yml", "base_url: https://example.org/\n");
        var error = ReportedDiagnostic.SingleError(_site.AssertFailsAndKeepsOutput());
        Assert.Equal(("site-content/site.yml", 1), (error.File, error.Line));
        Assert.Contains("`title:`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_yml_without_base_url_is_an_error_in_site_yml()
    {
        _site.Write("site-content/site.yml", "title: Test Site\n");
        var error = ReportedDiagnostic.SingleError(_site.AssertFailsAndKeepsOutput());
        Assert.Equal(("site-content/site.yml", 1), (error.File, error.Line));
        Assert.Contains("`base_url:`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Site_yml_without_title_and_base_url_reports_both()
    {
        _site.Write("site-content/site.yml", "description: nothing else\n");
        var errors = ReportedDiagnostic.Parse(_site.AssertFailsAndKeepsOutput().Stderr).Where(d => d.Kind == "error").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("site-content/site.yml", e.File));
        Assert.Contains(errors, e => e.Message.Contains("`title:`", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("`base_url:`", StringComparison.Ordinal));
    }

    [Fact]
    public void Max_page_mb_lowers_the_limit()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nmax_page_mb: 1\n")
            .Write("site-content/big.md", Page(1));
        var error = ReportedDiagnostic.SingleError(_site.AssertFailsAndKeepsOutput());
        Assert.Equal("site-content/big.md", error.File);
        Assert.Contains("1 MB", error.Message, StringComparison.Ordinal);
        Assert.Contains("max_page_mb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_page_mb_raises_the_limit()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nmax_page_mb: 6\n")
            .Write("site-content/big.md", Page(5));
        _site.BuildOk();
        Assert.True(_site.OutputExists("big/index.html"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("5000")]
    public void Max_page_mb_out_of_range_is_an_error_at_its_value(string value)
    {
        _site.Write("site-content/site.yml", $"title: Test Site\nbase_url: https://example.org/\nmax_page_mb: {value}\n");
        var error = ReportedDiagnostic.SingleError(_site.AssertFailsAndKeepsOutput());
        Assert.Equal(("site-content/site.yml", 3, 14), (error.File, error.Line, error.Column));
        Assert.Contains("max_page_mb", error.Message, StringComparison.Ordinal);
    }
}
