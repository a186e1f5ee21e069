namespace SiteGen.Tests.Properties;

/// <summary>
/// Generated sites built through the real command line: whatever the input, the build returns within the time bound
/// with exit code 0 or 1, prints nothing but positioned diagnostics, leaves the previous output byte-identical when it
/// fails, and when it succeeds every link of every page resolves (AngleSharp, as a browser would). The short run is
/// deterministic; for a long one see <see cref="PropertyRun"/> and the README's testing section.
/// </summary>
[Trait("Category", "Property")]
public sealed class SitePropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void Any_generated_site_builds_or_fails_cleanly() =>
        PropertyRun.Check("everything", new SiteGenerator(Focus.Everything), 100, 1_000, output);

    [Fact]
    public void Odd_front_matter_gives_positioned_errors() =>
        PropertyRun.Check("front-matter", new SiteGenerator(Focus.FrontMatter), 100, 2_000, output);

    [Fact]
    public void Odd_markdown_builds_with_working_links() =>
        PropertyRun.Check("markdown", new SiteGenerator(Focus.Markdown), 100, 3_000, output);

    [Fact]
    public void Odd_site_config_and_data_files_give_positioned_errors() =>
        PropertyRun.Check("config-and-data", new SiteGenerator(Focus.ConfigAndData), 100, 4_000, output);

    [Fact]
    public void Odd_file_names_build_with_working_links() =>
        PropertyRun.Check("file-names", new SiteGenerator(Focus.FileNames), 100, 5_000, output);

    /// <summary>The inputs of issue 10's cases 4-8 and 10, once their fixes are merged (see <see cref="KnownFailures"/>).</summary>
    [Fact]
    public void Known_cases_of_issue_10_stay_fixed()
    {
        Assert.SkipUnless(KnownFailures.Any, "no known case of issue 10 is switched on in KnownFailures (their fixes are on other branches)");
        PropertyRun.Check("known-cases", new SiteGenerator(Focus.KnownCases), 50, 6_000, output);
    }
}
