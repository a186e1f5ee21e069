using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Tests.Guide;

/// <summary>A copy of the guide whose salaries.yml says the US entry-level minimum is 71000 instead of 70000.</summary>
public sealed partial class ChangedSalaryFixture : IDisposable
{
    public const string OldFigure = "$70,000";
    public const string NewFigure = "$71,000";

    private readonly string _tempDir;
    private readonly Lazy<BuiltSite> _site;

    public ChangedSalaryFixture()
    {
        _tempDir = GuideBuild.NewTempDir("guide-salary-change");
        var source = Path.Combine(_tempDir, "site-content");
        var templates = Path.Combine(_tempDir, "templates");
        GuideBuild.CopyDirectory(GuideBuild.SourceDir, source);
        GuideBuild.CopyDirectory(GuideBuild.TemplatesDir, templates);

        var dataFile = Path.Combine(source, "data", "salaries.yml");
        var original = File.ReadAllText(dataFile);
        // The first "min: 70000" is the United States entry-level band (the UK's 70,000 figures come later).
        var changed = UsEntryMinimum().Replace(original, "${key}71000", 1);
        Changed = changed != original;
        File.WriteAllText(dataFile, changed);

        Data = SalaryData.Load(source);
        Build = GuideBuild.Run(source, templates, Path.Combine(_tempDir, "out"), RootGuideFixture.BaseUrl);
        _site = new Lazy<BuiltSite>(() => BuiltSite.Load(Build.OutputDir, RootGuideFixture.BaseUrl));
    }

    public bool Changed { get; }

    public SalaryData Data { get; }

    public BuildOutcome Build { get; }

    public BuiltSite Site
    {
        get
        {
            Assert.True(Changed, "Found no \"min: 70000\" to change in site-content/data/salaries.yml");
            Build.RequireSuccess();
            return _site.Value;
        }
    }

    public void Dispose()
    {
        GuideBuild.DeleteQuietly(_tempDir);
        GC.SuppressFinalize(this);
    }

    [GeneratedRegex(@"(?<key>\bmin:\s*)70000\b")]
    private static partial Regex UsEntryMinimum();
}

/// <summary>Change one number in the data, rebuild: every table and chart that shows it follows (no figure is typed by hand).</summary>
public sealed class SalaryDataChangeTests(ChangedSalaryFixture changed) : IClassFixture<ChangedSalaryFixture>
{
    [Fact]
    public void The_changed_data_file_reads_as_71000()
    {
        var us = changed.Data.Locations.Single(l => l.Slug == "united-states");

        Assert.Equal(ChangedSalaryFixture.NewFigure, us.MinText(us.Bands.Single(b => b.Level == "entry-level")));
    }

    [Fact]
    public void Overview_shows_the_new_figure_in_every_us_table_and_chart()
    {
        AssertFollowsTheData(SalaryData.OverviewPath, onlyWhereMentioned: "United States");
    }

    [Fact]
    public void United_States_page_shows_the_new_figure_in_every_table_and_chart()
    {
        AssertFollowsTheData("/salaries/united-states/", onlyWhereMentioned: null);
    }

    [Fact]
    public void Entry_level_page_shows_the_new_figure_in_every_us_table_and_chart()
    {
        AssertFollowsTheData("/salaries/levels/entry-level/", onlyWhereMentioned: "United States");
    }

    private void AssertFollowsTheData(string path, string? onlyWhereMentioned)
    {
        var doc = changed.Site.Page(path);
        var problems = new List<string>();

        var everything = AllText(doc.DocumentElement);
        if (everything.Contains(ChangedSalaryFixture.OldFigure, StringComparison.Ordinal))
        {
            problems.Add($"still shows the old {ChangedSalaryFixture.OldFigure} somewhere (text or attribute)");
        }

        var displays = BuiltSite.MainOf(doc).QuerySelectorAll("table, svg")
            .Where(e => e.ParentElement?.Closest("svg") is null)
            .Where(e => onlyWhereMentioned is null || AllText(e).Contains(onlyWhereMentioned, StringComparison.Ordinal))
            .ToList();
        if (displays.Count == 0)
        {
            problems.Add(onlyWhereMentioned is null ? "has no table or chart" : $"has no table or chart that mentions {onlyWhereMentioned}");
        }
        foreach (var display in displays.Where(e => !AllText(e).Contains(ChangedSalaryFixture.NewFigure, StringComparison.Ordinal)))
        {
            var name = display.LocalName == "table"
                ? "table \"" + BuiltSite.NormaliseSpace(display.QuerySelector("caption")?.TextContent) + "\""
                : "svg chart \"" + BuiltSite.NormaliseSpace(display.GetAttribute("aria-label") ?? display.QuerySelector("title")?.TextContent) + "\"";
            problems.Add($"{name} does not show {ChangedSalaryFixture.NewFigure}");
        }

        Assert.True(problems.Count == 0, $"After changing 70000 to 71000 in salaries.yml, {path}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>Text content plus every attribute value (aria-label, title, data-*) of an element and its descendants.</summary>
    private static string AllText(IElement element)
    {
        var attributes = element.QuerySelectorAll("*").Prepend(element).SelectMany(e => e.Attributes).Select(a => a.Value);
        return BuiltSite.NormaliseSpace(element.TextContent + " " + string.Join(" ", attributes));
    }
}
