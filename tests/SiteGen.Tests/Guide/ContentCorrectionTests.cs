using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace SiteGen.Tests.Guide;

/// <summary>
/// What a reader's review of the guide found (issue 12), checked on the built guide: every role that needs security is
/// listed on /skills/security/, prev/next follow the order readers see on the indexes, the earning-potential note is
/// said once (in our words), Node.js is not called a framework, and the salary chart's text alternative reads well.
/// </summary>
[Collection(RootGuideCollection.Name)]
public sealed partial class ContentCorrectionTests(RootGuideFixture guide)
{
    private readonly BuiltSite _site = guide.Site;

    [Fact]
    public void Security_page_lists_every_role_because_every_role_needs_it()
    {
        var security = GuideFacts.SkillPath("security");
        var listed = _site.LinkedPages(security, "main").Where(GuideFacts.IsRolePage).ToHashSet();

        var missing = GuideFacts.RoleSlugs.Select(GuideFacts.RolePath).Where(role => !listed.Contains(role)).ToList();

        Assert.True(missing.Count == 0, $"{security} says security is part of every backend role but does not list {string.Join(", ", missing)}");
        var card = _site.Page("/skills/").QuerySelectorAll(".skill-list .card")
            .Single(c => c.QuerySelector("a.card-title")?.GetAttribute("href") == security);
        Assert.Equal($"Needed by {GuideFacts.RoleSlugs.Length} roles", BuiltSite.NormaliseSpace(card.QuerySelector(".count")?.TextContent));
    }

    [Fact]
    public void Skill_pages_prev_and_next_follow_the_skills_index_order()
    {
        var indexOrder = _site.Page("/skills/").QuerySelectorAll(".skill-list a.card-title")
            .Select(a => _site.Resolve("/skills/", a.GetAttribute("href")!).SitePath!)
            .ToList();
        Assert.Equal(GuideFacts.SkillSlugs.Length, indexOrder.Count);

        AssertReadingOrder(indexOrder);
    }

    [Fact]
    public void Location_pages_prev_and_next_follow_the_salary_data_order()
    {
        var data = SalaryData.Load(GuideBuild.SourceDir);
        var dataOrder = data.Locations.Select(SalaryData.LocationPath).ToList();

        AssertReadingOrder(dataOrder);
        // The overview lists the locations in the same order.
        var overviewOrder = _site.LinkedPages(SalaryData.OverviewPath, "main").Where(dataOrder.Contains).Distinct().ToList();
        Assert.Equal(dataOrder, overviewOrder);
    }

    [Fact]
    public void Level_pages_prev_and_next_follow_the_salary_data_order()
    {
        var data = SalaryData.Load(GuideBuild.SourceDir);

        AssertReadingOrder([.. data.Levels.Select(SalaryData.LevelPath)]);
    }

    [Fact]
    public void The_earning_potential_note_is_said_once_in_our_own_words()
    {
        // The source's wording ("can raise your earning potential significantly") is not ours to copy, on any page.
        var copies = _site.PagePaths
            .Where(path => Text(_site.Page(path)).Contains("earning potential", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(copies.Count == 0, $"Pages that still use the source's \"earning potential\" wording: {string.Join(", ", copies)}");

        // Said once, under "What moves pay" on the salary overview, naming the three specialisms.
        var note = SectionText(_site.Page(SalaryData.OverviewPath), "what-moves-pay");
        foreach (var specialism in new[] { "cloud", "microservices", "DevOps" })
        {
            Assert.Contains(specialism, note, StringComparison.Ordinal);
        }
        var restating = _site.PagePaths
            .Where(path => path != SalaryData.OverviewPath)
            .Where(path => MentionsAllSpecialismsAndPay(Text(_site.Page(path))))
            .ToList();
        Assert.True(restating.Count == 0, $"Pages that restate the note instead of linking to it: {string.Join(", ", restating)}");

        // The pages that used to restate it link to it instead.
        foreach (var page in new[] { "/", "/roadmap/advanced/", "/roles/devops-engineer/", "/roles/software-engineer-backend/" })
        {
            var links = BuiltSite.UrlAttributes(_site.Page(page), "main a[href]")
                .Select(link => _site.Resolve(page, link.Value))
                .Any(url => url.SitePath == SalaryData.OverviewPath && url.Fragment == "what-moves-pay");
            Assert.True(links, $"{page} does not link to {SalaryData.OverviewPath}#what-moves-pay");
        }
    }

    [Fact]
    public void Node_js_is_not_called_a_framework()
    {
        var problems = new List<string>();
        foreach (var path in _site.PagePaths)
        {
            var doc = _site.Page(path);
            var texts = new[] { Text(doc) }.Concat(doc.QuerySelectorAll("meta[content]").Select(m => m.GetAttribute("content")!));
            foreach (var match in texts.SelectMany(text => NodeAsFramework().Matches(text)))
            {
                problems.Add($"{path}: \"{match.Value}\"");
            }
        }

        Assert.True(problems.Count == 0, "Node.js is a runtime, not a framework:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Location_chart_text_alternative_names_the_place_as_a_sentence_does()
    {
        var data = SalaryData.Load(GuideBuild.SourceDir);
        foreach (var location in data.Locations)
        {
            var desc = BuiltSite.NormaliseSpace(_site.Page(SalaryData.LocationPath(location)).QuerySelector("svg.range-chart desc")?.TextContent);

            Assert.Contains($"salary ranges in {location.Place}, one bar per experience level", desc, StringComparison.Ordinal);
        }
    }

    /// <summary>Following rel="next" from the first page visits <paramref name="order"/> exactly, and rel="prev" walks it back.</summary>
    private void AssertReadingOrder(IReadOnlyList<string> order)
    {
        var forward = new List<string> { order[0] };
        while (forward.Count <= order.Count && Neighbour(forward[^1], "next") is { } next)
        {
            forward.Add(next);
        }
        Assert.Equal(order, forward);

        var backward = new List<string> { order[^1] };
        while (backward.Count <= order.Count && Neighbour(backward[^1], "prev") is { } prev)
        {
            backward.Add(prev);
        }
        Assert.Equal(order.Reverse(), backward);
    }

    private string? Neighbour(string path, string rel)
    {
        var href = _site.Page(path).QuerySelector($"nav.prev-next a[rel={rel}]")?.GetAttribute("href");
        return href is null ? null : _site.Resolve(path, href).SitePath;
    }

    private static string Text(IDocument doc) => BuiltSite.NormaliseSpace(BuiltSite.MainOf(doc).TextContent);

    /// <summary>The text from the heading with <paramref name="id"/> up to the next heading of the same or higher level.</summary>
    private static string SectionText(IDocument doc, string id)
    {
        var heading = doc.GetElementById(id) ?? throw new InvalidOperationException($"no element #{id}");
        var parts = new List<string>();
        for (var node = heading.NextElementSibling; node is not null && !(node.LocalName is "h1" or "h2"); node = node.NextElementSibling)
        {
            parts.Add(node.TextContent);
        }
        return BuiltSite.NormaliseSpace(string.Join(' ', parts));
    }

    private static bool MentionsAllSpecialismsAndPay(string text) =>
        Sentences().Split(text).Any(sentence =>
            sentence.Contains("cloud", StringComparison.OrdinalIgnoreCase)
            && sentence.Contains("microservices", StringComparison.OrdinalIgnoreCase)
            && sentence.Contains("DevOps", StringComparison.OrdinalIgnoreCase)
            && (sentence.Contains("earn", StringComparison.OrdinalIgnoreCase) || sentence.Contains("pay", StringComparison.OrdinalIgnoreCase)));

    // "frameworks like Django or Node.js", "a framework such as Node.js"; "Node.js with Express.js" names the framework.
    [GeneratedRegex(@"frameworks?\s+(?:like|such as)\s+(?:[\w.]+\s+or\s+)?Node\.js(?!\s+with\s+Express)")]
    private static partial Regex NodeAsFramework();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex Sentences();
}
