using SiteGen.Tests.Support;

namespace SiteGen.Tests.Diagnostics;

/// <summary>
/// Each kind of bad input gives a clear error naming the file, line and column, and leaves the previous output as it was.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TestSite _site = new();

    public BadInputTests()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n## Start here\n\nRead the [other page](other.md).\n");
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\n## Details\n\nBack to the [guide](guide.md#start-here).\n");
        var first = _site.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
    }

    public void Dispose() => _site.Dispose();

    /// <summary>Builds after the bad change; checks exit code 1, the expected diagnostic, and an untouched output folder.</summary>
    private BuildRun AssertFailsWith(params string[] expected) => FailedBuild.AssertFailsWith(_site, expected);

    [Fact]
    public void Unclosed_quote_in_front_matter_names_file_line_and_column()
    {
        _site.Write("site-content/guide.md", "---\ntitle: \"Guide\ndescription: x\n---\nBody\n");
        AssertFailsWith("site-content/guide.md:2:", "error: invalid YAML");
    }

    [Fact]
    public void Tab_indentation_is_reported_as_invalid_yaml_with_a_hint()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\nparams:\n\tfocus: x\n---\nBody\n");
        var run = AssertFailsWith("site-content/guide.md:4:", "invalid YAML");
        Assert.Contains("tab", run.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Duplicate_key_points_at_the_second_occurrence()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\ndescription: a\ndescription: b\n---\nBody\n");
        AssertFailsWith("site-content/guide.md:4:1: error: duplicate key 'description'");
    }

    [Fact]
    public void Front_matter_without_closing_fence_is_an_error()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n\nBody without a fence\n");
        AssertFailsWith("site-content/guide.md:1:1: error: front matter starts with `---` here but has no closing `---`");
    }

    [Fact]
    public void Missing_title_is_an_error()
    {
        _site.Write("site-content/guide.md", "---\ndescription: no title here\n---\nBody\n");
        AssertFailsWith("site-content/guide.md:2:1: error: front matter needs a non-empty `title:`");
    }

    [Fact]
    public void Unknown_front_matter_key_suggests_the_right_one()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\ndescriptoin: typo\n---\nBody\n");
        AssertFailsWith("site-content/guide.md:3:1: error: unknown front matter key 'descriptoin'; did you mean 'description'?");
    }

    [Fact]
    public void Unknown_layout_lists_the_files_tried()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\nlayout: fancy\n---\nBody\n");
        AssertFailsWith("site-content/guide.md:", "unknown layout 'fancy'", "templates/_default/fancy.html");
    }

    [Fact]
    public void Template_syntax_error_names_template_line_and_column()
    {
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ if page.draft }}draft</p>\n");
        AssertFailsWith("templates/_default/page.html:2:", "error: template:");
    }

    [Fact]
    public void Undefined_template_variable_is_a_runtime_error_with_position()
    {
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ page.titel }}</p>\n");
        AssertFailsWith("templates/_default/page.html:2:", "titel");
    }

    [Fact]
    public void Undefined_top_level_variable_is_an_error()
    {
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n{{ pgae.content }}\n");
        AssertFailsWith("templates/_default/page.html:2:4:", "pgae");
    }

    [Fact]
    public void Broken_md_link_names_source_file_and_line()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\n## Start here\n\nSee [missing](missing.md) now.\n");
        AssertFailsWith("site-content/guide.md:6:5: error: broken link 'missing.md'", "site-content/missing.md");
    }

    [Fact]
    public void Broken_anchor_names_source_file_and_line()
    {
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\n## Details\n\nBack to the [guide](guide.md#no-such-heading).\n");
        AssertFailsWith("site-content/other.md:6:13: error: broken link #1:", "#no-such-heading");
    }

    [Fact]
    public void Two_pages_claiming_one_url_are_both_named()
    {
        _site.Write("site-content/copy.md", "---\ntitle: Copy\nslug: guide\n---\nBody\n");
        AssertFailsWith("URL /guide/ is already taken by site-content/", "site-content/guide.md");
    }

    [Theory]
    [InlineData("slug: ../escape", "slug '../escape' must be one URL segment")]
    [InlineData("url: ../../etc/x", "url '../../etc/x' must be a path from the site root")]
    [InlineData("url: /a/../../b/", "url '/a/../../b/' must be a path from the site root")]
    [InlineData("url: C:\\\\temp\\\\x", "must be a path from the site root")]
    [InlineData("slug: /etc/passwd", "must be one URL segment")]
    public void Slug_or_url_leaving_the_output_folder_is_refused(string line, string message)
    {
        _site.Write("site-content/guide.md", $"---\ntitle: Guide\n{line}\n---\nBody\n");
        AssertFailsWith("site-content/guide.md:3:", message);
    }

    [Fact]
    public void File_that_is_not_utf8_gives_the_position_of_the_bad_byte()
    {
        var bytes = "---\ntitle: Caf"u8.ToArray().Concat(new byte[] { 0xE9, (byte)'\n' }).Concat("---\nBody\n"u8.ToArray()).ToArray();
        _site.WriteBytes("site-content/guide.md", bytes);
        AssertFailsWith("site-content/guide.md:2:11: error: file is not valid UTF-8", "save it as UTF-8");
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        _site.Write("site-content/guide.md", "");
        AssertFailsWith("site-content/guide.md:1:1: error: file is empty");
    }

    [Fact]
    public void Five_megabyte_page_is_refused_with_the_limit_and_how_to_raise_it()
    {
        var body = string.Concat(Enumerable.Repeat("Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n", 92_000));
        _site.Write("site-content/guide.md", "---\ntitle: Big\n---\n" + body);
        AssertFailsWith("site-content/guide.md: error: file is 5.0 MB, over the 4 MB limit", "max_page_mb");
    }

    [Fact]
    public void Malformed_data_file_names_file_line_and_column()
    {
        _site.Write("site-content/data/team.yml", "people:\n  - name: Ada\n  - name: \"Grace\n");
        AssertFailsWith("site-content/data/team.yml:3:", "invalid YAML");
    }

    [Fact]
    public void Unknown_site_config_key_is_reported_with_its_line()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\ntitel: typo\n");
        AssertFailsWith("site-content/site.yml:3:1: error: unknown site.yml key 'titel'; did you mean 'title'?");
    }

    [Fact]
    public void All_errors_of_a_build_are_reported_together()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\nweight: heavy\n---\nBody\n");
        _site.Write("site-content/other.md", "---\ndescription: none\n---\nBody\n");
        _site.Write("site-content/third.md", "---\ntitle: Third\n---\n[x](nowhere.md)\n");
        var run = AssertFailsWith(
            "site-content/guide.md:3:9: error: 'weight' must be a whole number",
            "site-content/other.md:2:1: error: front matter needs a non-empty `title:`",
            "site-content/third.md:4:1: error: broken link 'nowhere.md'");
        Assert.Contains("Build failed: 3 errors", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_is_followed_by_the_offending_source_line_and_a_caret()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\nweight: heavy\n---\nBody\n");
        var run = AssertFailsWith("site-content/guide.md:3:9:");
        Assert.Contains("  3 | weight: heavy\n    |         ^", run.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
