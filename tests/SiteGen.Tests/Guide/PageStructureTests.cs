namespace SiteGen.Tests.Guide;

/// <summary>Document structure that screen readers and search engines rely on, on every page.</summary>
[Collection(RootGuideCollection.Name)]
public sealed class PageStructureTests(RootGuideFixture guide)
{
    private static readonly string[] HeadingSelectors = ["h1", "h2", "h3", "h4", "h5", "h6"];
    private static readonly HashSet<string> Scopes = ["col", "row", "colgroup", "rowgroup"];

    private readonly BuiltSite _site = guide.Site;

    [Fact]
    public void Every_page_has_exactly_one_h1()
    {
        var wrong = _site.PagePaths
            .Select(path => (path, count: _site.Page(path).QuerySelectorAll("h1").Length))
            .Where(p => p.count != 1)
            .Select(p => $"{p.path}: {p.count} <h1> elements")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Headings_never_skip_a_level()
    {
        var problems = new List<string>();
        foreach (var path in _site.PagePaths)
        {
            var previous = 0;
            foreach (var heading in _site.Page(path).QuerySelectorAll(string.Join(", ", HeadingSelectors)))
            {
                var level = heading.LocalName[1] - '0';
                if (level > previous + 1)
                {
                    problems.Add($"{path}: <{heading.LocalName}> \"{BuiltSite.NormaliseSpace(heading.TextContent)}\" follows " +
                        (previous == 0 ? "no heading" : $"an <h{previous}>"));
                }
                previous = level;
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_table_has_a_caption()
    {
        var problems = _site.PagePaths
            .SelectMany(path => _site.Page(path).QuerySelectorAll("table")
                .Where(table => string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent))
                .Select(table => $"{path}: table starting \"{Start(table.TextContent)}\" has no (or an empty) <caption>"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_table_header_cell_has_a_scope()
    {
        var problems = _site.PagePaths
            .SelectMany(path => _site.Page(path).QuerySelectorAll("th")
                .Where(th => !Scopes.Contains(th.GetAttribute("scope") ?? ""))
                .Select(th => $"{path}: <th> \"{Start(th.TextContent)}\" has scope=\"{th.GetAttribute("scope")}\" (want col, row, colgroup or rowgroup)"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_page_declares_its_language()
    {
        var missing = _site.PagePaths
            .Where(path => string.IsNullOrWhiteSpace(_site.Page(path).DocumentElement.GetAttribute("lang")))
            .ToList();

        Assert.True(missing.Count == 0, $"Pages whose <html> has no lang: {string.Join(", ", missing)}");
    }

    private static string Start(string? text)
    {
        var normalised = BuiltSite.NormaliseSpace(text);
        return normalised.Length <= 40 ? normalised : normalised[..40] + "...";
    }
}
