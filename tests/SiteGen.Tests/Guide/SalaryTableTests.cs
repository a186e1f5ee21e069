using SiteGen.Tests.Support;

namespace SiteGen.Tests.Guide;

/// <summary>The generated salary tables show exactly the figures of site-content/data/salaries.yml.</summary>
[Collection(RootGuideCollection.Name)]
public sealed class SalaryTableTests(RootGuideFixture guide)
{
    private readonly SalaryData _data = SalaryData.Load(Path.Combine(RepoPaths.Root, "site-content"));

    /// <summary>The brief's table (shared/guide-brief.md), as each market writes money.</summary>
    public static TheoryData<string, string, string, string, string, string, string> BriefFigures => new()
    {
        { "United States", "$70,000", "$100,000", "$100,000", "$130,000", "$130,000", "$180,000+" },
        { "United Kingdom", "£35,000", "£50,000", "£50,000", "£70,000", "£70,000", "£90,000+" },
        { "India", "₹4 LPA", "₹8 LPA", "₹8 LPA", "₹15 LPA", "₹15 LPA", "₹30 LPA+" },
        { "UAE / Middle East", "AED 100,000", "AED 160,000", "AED 160,000", "AED 240,000", "AED 240,000", "AED 400,000+" },
    };

    [Theory]
    [MemberData(nameof(BriefFigures))]
    public void Data_file_holds_the_brief_figures(string location, string entryMin, string entryMax, string midMin, string midMax, string seniorMin, string seniorMax)
    {
        var entry = _data.Locations.SingleOrDefault(l => l.Name == location);
        if (entry is null)
        {
            Assert.Fail($"salaries.yml has no location named \"{location}\"; it has: {string.Join(", ", _data.Locations.Select(l => l.Name))}");
        }

        Assert.Equal([entryMin, entryMax, midMin, midMax, seniorMin, seniorMax], Figures(entry));
    }

    [Fact]
    public void Overview_shows_the_brief_examples_of_each_currency()
    {
        var text = BuiltSite.NormaliseSpace(BuiltSite.MainOf(guide.Site.Page(SalaryData.OverviewPath)).TextContent);

        var missing = new[] { "$70,000", "£35,000", "₹4 LPA", "AED 100,000", "$180,000+" }.Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, $"{SalaryData.OverviewPath} does not show: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Overview_table_shows_every_band_of_every_location()
    {
        var doc = guide.Site.Page(SalaryData.OverviewPath);

        var problems = _data.Locations
            .Select(location => SalaryTables.CheckRow(doc, SalaryData.OverviewPath, location.Name, Figures(location)))
            .OfType<string>()
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Each_location_page_table_shows_its_bands_by_level()
    {
        var problems = new List<string>();
        foreach (var location in _data.Locations)
        {
            var path = SalaryData.LocationPath(location);
            var doc = guide.Site.Page(path);
            foreach (var level in _data.Levels)
            {
                var band = location.BandFor(level);
                problems.Add(SalaryTables.CheckRow(doc, path, level.Name, [location.MinText(band), location.MaxText(band)]) ?? "");
            }
        }

        problems.RemoveAll(string.IsNullOrEmpty);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Each_level_page_table_compares_every_location()
    {
        var problems = new List<string>();
        foreach (var level in _data.Levels)
        {
            var path = SalaryData.LevelPath(level);
            var doc = guide.Site.Page(path);
            foreach (var location in _data.Locations)
            {
                var band = location.BandFor(level);
                problems.Add(SalaryTables.CheckRow(doc, path, location.Name, [location.MinText(band), location.MaxText(band)]) ?? "");
            }
        }

        problems.RemoveAll(string.IsNullOrEmpty);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Each_location_page_draws_an_svg_chart_with_a_text_alternative()
    {
        var problems = new List<string>();
        foreach (var location in _data.Locations)
        {
            var path = SalaryData.LocationPath(location);
            var charts = BuiltSite.MainOf(guide.Site.Page(path)).QuerySelectorAll("svg")
                .Where(svg => svg.ParentElement?.Closest("svg") is null) // outermost charts, not their nested <svg> parts
                .ToList();
            if (charts.Count == 0)
            {
                problems.Add($"{path}: no inline <svg> chart in <main>");
                continue;
            }
            var unnamed = charts.Where(svg => svg.GetAttribute("aria-hidden") != "true"
                && string.IsNullOrWhiteSpace(svg.GetAttribute("aria-label"))
                && string.IsNullOrWhiteSpace(svg.GetAttribute("aria-labelledby"))
                && svg.QuerySelector("title") is null);
            if (unnamed.Any())
            {
                problems.Add($"{path}: an <svg> chart has no accessible name (aria-label, aria-labelledby or <title>) and is not aria-hidden");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void India_page_explains_LPA()
    {
        var india = _data.Locations.Single(l => l.Currency == "INR");
        var text = BuiltSite.MainOf(guide.Site.Page(SalaryData.LocationPath(india))).TextContent;

        Assert.True(text.Contains("lakh", StringComparison.OrdinalIgnoreCase),
            $"{SalaryData.LocationPath(india)} shows LPA figures but never says what LPA (lakh rupees per annum) means");
    }

    private string[] Figures(SalaryLocation location) =>
        [.. _data.Levels.SelectMany(level => new[] { location.MinText(location.BandFor(level)), location.MaxText(location.BandFor(level)) })];
}
