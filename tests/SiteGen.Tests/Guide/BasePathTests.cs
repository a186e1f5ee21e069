namespace SiteGen.Tests.Guide;

/// <summary>The guide built with base URL https://example.org/guide/ works under that path.</summary>
public sealed class BasePathTests(BasePathGuideFixture guide) : IClassFixture<BasePathGuideFixture>
{
    private const string BasePath = "/guide/";
    private const string BaseUrl = BasePathGuideFixture.BaseUrl;

    private readonly BuiltSite _site = guide.Site;

    [Fact]
    public void Every_internal_href_and_src_starts_with_the_base_path()
    {
        var problems = new List<string>();
        foreach (var path in _site.PagePaths)
        {
            foreach (var (element, value) in BuiltSite.UrlAttributes(_site.Page(path)))
            {
                if (value.StartsWith('#') || !_site.Resolve(path, value).IsInternal)
                {
                    continue;
                }
                var local = value.StartsWith(BaseUrl, StringComparison.Ordinal) ? value[(BaseUrl.Length - BasePath.Length)..] : value;
                if (!local.StartsWith(BasePath, StringComparison.Ordinal))
                {
                    problems.Add($"{path}: <{element.LocalName}> \"{value}\" does not start with {BasePath}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} internal URLs miss the base path:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void Every_internal_href_and_src_resolves_to_a_file_under_the_base_path()
    {
        var broken = _site.BrokenInternalUrls();

        Assert.True(broken.Count == 0, $"{broken.Count} broken internal URLs:{Environment.NewLine}{string.Join(Environment.NewLine, broken)}");
    }

    [Fact]
    public void Canonical_urls_start_with_the_base_url()
    {
        var problems = _site.PagePaths
            .Select(path => (path, canonical: _site.Page(path).QuerySelector("link[rel=canonical]")?.GetAttribute("href")))
            .Where(p => p.canonical is null || !p.canonical.StartsWith(BaseUrl, StringComparison.Ordinal))
            .Select(p => $"{p.path}: canonical \"{p.canonical}\"")
            .ToList();

        Assert.True(problems.Count == 0, $"Canonical URLs not under {BaseUrl}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void Sitemap_urls_start_with_the_base_url()
    {
        var sitemap = File.ReadAllText(Path.Combine(_site.OutputDir, "sitemap.xml"));
        var locations = System.Xml.Linq.XDocument.Parse(sitemap).Descendants()
            .Where(e => e.Name.LocalName == "loc")
            .Select(e => e.Value.Trim())
            .ToList();

        Assert.NotEmpty(locations);
        var outside = locations.Where(loc => !loc.StartsWith(BaseUrl, StringComparison.Ordinal)).ToList();
        Assert.True(outside.Count == 0, $"sitemap.xml URLs not under {BaseUrl}: {string.Join(", ", outside)}");
    }
}
