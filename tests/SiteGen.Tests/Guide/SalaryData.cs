using System.Globalization;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SiteGen.Tests.Guide;

/// <summary>site-content/data/salaries.yml, read independently of the engine, and the strings it should show as.</summary>
public sealed class SalaryData
{
    public int Year { get; set; }

    public List<SalaryLevel> Levels { get; set; } = [];

    public List<SalaryLocation> Locations { get; set; } = [];

    public static SalaryData Load(string contentDir)
    {
        var path = Path.Combine(contentDir, "data", "salaries.yml");
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        return deserializer.Deserialize<SalaryData>(File.ReadAllText(path));
    }

    /// <summary>URL of a location's page (site.yml data_pages: /salaries/{slug}/).</summary>
    public static string LocationPath(SalaryLocation location) => $"/salaries/{location.Slug}/";

    /// <summary>URL of a level's comparison page (site.yml data_pages: /salaries/levels/{slug}/).</summary>
    public static string LevelPath(SalaryLevel level) => $"/salaries/levels/{level.Slug}/";

    public const string OverviewPath = "/salaries/";
}

public sealed class SalaryLevel
{
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public string Experience { get; set; } = "";
}

public sealed class SalaryLocation
{
    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The location as it reads inside a sentence: "the United States", "India".</summary>
    public string Place { get; set; } = "";

    public string Currency { get; set; } = "";

    public string MoneyFormat { get; set; } = "";

    public List<SalaryBand> Bands { get; set; } = [];

    /// <summary>An amount the way this market writes it: "$70,000", "₹4 LPA", "AED 100,000".</summary>
    public string Money(decimal amount) =>
        MoneyFormat.Replace("{amount}", amount.ToString("#,##0.##", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    public string MinText(SalaryBand band) => Money(band.Min);

    /// <summary>The top of a band, with "+" when it is open-ended ("$180,000+").</summary>
    public string MaxText(SalaryBand band) => Money(band.Max) + (band.OpenEnded ? "+" : "");

    public SalaryBand BandFor(SalaryLevel level) =>
        Bands.SingleOrDefault(b => b.Level == level.Slug)
        ?? throw new InvalidOperationException($"salaries.yml: {Slug} has no band for level {level.Slug}");
}

public sealed class SalaryBand
{
    public string Level { get; set; } = "";

    public decimal Min { get; set; }

    public decimal Max { get; set; }

    public bool OpenEnded { get; set; }
}
