using SiteGen.Tests.Support;

namespace SiteGen.Tests.Yaml;

/// <summary>
/// YamlDotNet throws InvalidOperationException or ArgumentException (not YamlException) on some broken YAML; found by
/// the property tests and by fuzzing.
/// Before the fix the build printed "Unhandled exception" with a stack trace and named no file.
/// </summary>
public sealed class YamlReaderExceptionTests : IDisposable
{
    private readonly TestSite _site = new();

    public YamlReaderExceptionTests() => _site.BuildOk();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Unclosed_brace_followed_by_more_keys_in_front_matter_is_a_positioned_error()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\ndescription: {a: 1\nslug: a/b\n---\nBody\n");
        FailedBuild.AssertFailsWith(_site, "site-content/guide.md:3:", "error: invalid YAML");
    }

    [Fact]
    public void Document_end_marker_before_the_first_key_of_a_data_file_is_a_positioned_error()
    {
        _site.Write("site-content/data/team.yml", "...\nb: []\n");
        FailedBuild.AssertFailsWith(_site, "site-content/data/team.yml:1:1: error: invalid YAML");
    }

    /// <summary>YamlDotNet throws ArgumentException ("Global tags must be valid URIs") here; found by AFL through SharpFuzz.</summary>
    [Fact]
    public void Tag_that_is_not_a_uri_is_a_positioned_error()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\ndescription: !![a]\n---\nBody\n");
        FailedBuild.AssertFailsWith(_site, "site-content/guide.md:", "error: invalid YAML");
    }

    [Fact]
    public void Broken_site_config_is_a_positioned_error()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nparams: {a: 1\ndescription: x\n");
        FailedBuild.AssertFailsWith(_site, "site-content/site.yml:3:", "error: invalid YAML");
    }
}
