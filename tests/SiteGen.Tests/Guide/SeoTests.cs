using System.Text.Json;
using System.Xml.Linq;

namespace SiteGen.Tests.Guide;

/// <summary>What search engines and link previews read: canonical, description, Open Graph, sitemap, robots.txt, JSON-LD.</summary>
[Collection(RootGuideCollection.Name)]
public sealed class SeoTests(RootGuideFixture guide)
{
    private static readonly XNamespace SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly BuiltSite _site = guide.Site;

    [Fact]
    public void Every_page_has_a_canonical_link_to_its_own_absolute_url()
    {
        var problems = new List<string>();
        foreach (var path in _site.PagePaths)
        {
            var canonical = _site.Page(path).QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            var expected = _site.UrlOf(path).AbsoluteUri;
            if (canonical != expected)
            {
                problems.Add($"{path}: canonical is {(canonical is null ? "missing" : $"\"{canonical}\"")}, want \"{expected}\"");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_page_has_a_meta_description()
    {
        var missing = _site.PagePaths
            .Where(path => string.IsNullOrWhiteSpace(_site.Page(path).QuerySelector("meta[name=description]")?.GetAttribute("content")))
            .ToList();

        Assert.True(missing.Count == 0, $"Pages without a non-empty <meta name=\"description\">: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_page_has_an_open_graph_title()
    {
        var missing = _site.PagePaths
            .Where(path => string.IsNullOrWhiteSpace(_site.Page(path).QuerySelector("meta[property='og:title']")?.GetAttribute("content")))
            .ToList();

        Assert.True(missing.Count == 0, $"Pages without a non-empty <meta property=\"og:title\">: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Sitemap_lists_every_page_except_the_404_page()
    {
        var listed = SitemapLocations().ToHashSet();
        var expected = _site.PagePaths.Where(p => p != "/404.html").Select(p => _site.UrlOf(p).AbsoluteUri).ToHashSet();

        var missing = expected.Except(listed).Order().ToList();
        var extra = listed.Except(expected).Order().ToList();

        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"sitemap.xml is missing: {string.Join(", ", missing)}{Environment.NewLine}" +
            $"sitemap.xml lists what is not a page (or the 404 page): {string.Join(", ", extra)}");
    }

    [Fact]
    public void Robots_txt_exists()
    {
        var robots = Path.Combine(_site.OutputDir, "robots.txt");

        Assert.True(File.Exists(robots) && new FileInfo(robots).Length > 0, "output/robots.txt is missing or empty");
    }

    [Fact]
    public void Role_pages_carry_occupation_json_ld_with_salary_bands()
    {
        var problems = new List<string>();
        foreach (var path in GuideFacts.RoleSlugs.Select(GuideFacts.RolePath).Where(_site.Pages.ContainsKey))
        {
            var occupation = _site.Page(path).QuerySelectorAll("script[type='application/ld+json']")
                .Select(s => TryParse(s.TextContent))
                .FirstOrDefault(json => json is { } j && j.RootElement.ValueKind == JsonValueKind.Object
                    && j.RootElement.TryGetProperty("@type", out var type) && type.GetString() == "Occupation");
            if (occupation is null)
            {
                problems.Add($"{path}: no parseable <script type=\"application/ld+json\"> with \"@type\": \"Occupation\"");
                continue;
            }
            var root = occupation.RootElement;
            if (!root.TryGetProperty("estimatedSalary", out var salaries) || salaries.ValueKind != JsonValueKind.Array || salaries.GetArrayLength() == 0)
            {
                problems.Add($"{path}: Occupation has no estimatedSalary list");
                continue;
            }
            var notDistributions = salaries.EnumerateArray()
                .Count(s => !s.TryGetProperty("@type", out var t) || t.GetString() != "MonetaryAmountDistribution");
            if (notDistributions > 0)
            {
                problems.Add($"{path}: {notDistributions} estimatedSalary entries are not MonetaryAmountDistribution");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private IEnumerable<string> SitemapLocations()
    {
        var file = Path.Combine(_site.OutputDir, "sitemap.xml");
        Assert.True(File.Exists(file), "output/sitemap.xml is missing");
        return XDocument.Load(file).Descendants(SitemapNs + "loc").Select(loc => loc.Value.Trim());
    }

    private static JsonDocument? TryParse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
