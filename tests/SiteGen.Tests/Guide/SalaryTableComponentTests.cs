using SiteGen.Tests.Support;

namespace SiteGen.Tests.Guide;

/// <summary>The Cloud Backend Developer page shows salary bands inside its prose through the salary-table component,
/// with the figures of salaries.yml, instead of a claim about pay the data does not support.</summary>
[Collection(RootGuideCollection.Name)]
public sealed class SalaryTableComponentTests(RootGuideFixture guide)
{
    private const string RolePath = "/roles/cloud-backend-developer/";

    private readonly SalaryData _data = SalaryData.Load(Path.Combine(RepoPaths.Root, "site-content"));

    [Fact]
    public void Role_page_shows_the_us_bands_from_the_data_file_in_its_pay_section()
    {
        var doc = guide.Site.Page(RolePath);
        var us = _data.Locations.Single(l => l.Slug == "united-states");
        var problems = _data.Levels
            .Select(level => SalaryTables.CheckRow(doc, RolePath, level.Name, [us.MinText(us.BandFor(level)), us.MaxText(us.BandFor(level))]))
            .OfType<string>()
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var heading = BuiltSite.MainOf(doc).QuerySelectorAll("h2").Single(h => h.TextContent == "What it pays");
        var table = doc.QuerySelector("table.salary-table")!;
        Assert.Equal(heading, table.Closest("div.table-wrap")!.PreviousElementSibling!.PreviousElementSibling);
    }

    [Fact]
    public void Role_page_no_longer_claims_a_place_in_each_band()
    {
        var text = BuiltSite.NormaliseSpace(BuiltSite.MainOf(guide.Site.Page(RolePath)).TextContent);
        Assert.DoesNotContain("upper end of each band", text, StringComparison.Ordinal);
    }
}
