namespace SiteGen.Tests.Guide;

/// <summary>Navigation of the built guide: reachability from the home page, no orphans, no broken links or anchors.</summary>
[Collection(RootGuideCollection.Name)]
public sealed class LinkTests(RootGuideFixture guide)
{
    private const string NotFoundPage = "/404.html";

    private readonly BuiltSite _site = guide.Site;

    [Fact]
    public void Every_page_is_reachable_from_the_home_page_in_at_most_two_clicks()
    {
        var depth = ClicksFromHome();

        var tooFar = _site.PagePaths
            .Where(path => path != NotFoundPage)
            .Where(path => !depth.TryGetValue(path, out var clicks) || clicks > 2)
            .Select(path => depth.TryGetValue(path, out var clicks) ? $"{path} ({clicks} clicks)" : $"{path} (unreachable)")
            .ToList();

        Assert.True(tooFar.Count == 0, $"Pages more than two clicks from /:{Environment.NewLine}{string.Join(Environment.NewLine, tooFar)}");
    }

    [Fact]
    public void No_page_is_an_orphan()
    {
        var linkedFromElsewhere = _site.PagePaths
            .SelectMany(from => _site.LinkedPages(from).Where(to => to != from))
            .ToHashSet();

        var orphans = _site.PagePaths
            .Where(path => path != "/" && path != NotFoundPage && !linkedFromElsewhere.Contains(path))
            .ToList();

        Assert.True(orphans.Count == 0, $"Pages no other page links to: {string.Join(", ", orphans)}");
    }

    [Fact]
    public void Every_internal_href_and_src_resolves_to_a_file()
    {
        var broken = _site.BrokenInternalUrls();

        Assert.True(broken.Count == 0, $"{broken.Count} broken internal URLs:{Environment.NewLine}{string.Join(Environment.NewLine, broken)}");
    }

    [Fact]
    public void Every_internal_fragment_points_at_an_existing_id()
    {
        var broken = new List<string>();
        foreach (var path in _site.PagePaths)
        {
            foreach (var (element, value) in BuiltSite.UrlAttributes(_site.Page(path)))
            {
                var resolved = _site.Resolve(path, value);
                if (resolved is { IsInternal: true, SitePath: { } target, Fragment: { Length: > 0 } id }
                    && _site.Pages.TryGetValue(target, out var targetDoc)
                    && targetDoc.GetElementById(id) is null)
                {
                    broken.Add($"{path}: <{element.LocalName}> \"{value}\": {target} has no element with id=\"{id}\"");
                }
            }
        }

        Assert.True(broken.Count == 0, $"{broken.Count} broken anchors:{Environment.NewLine}{string.Join(Environment.NewLine, broken)}");
    }

    [Fact]
    public void Ids_are_unique_on_every_page()
    {
        var duplicates = _site.PagePaths
            .SelectMany(path => _site.Page(path).QuerySelectorAll("[id]")
                .GroupBy(e => e.Id)
                .Where(g => g.Count() > 1)
                .Select(g => $"{path}: id=\"{g.Key}\" appears {g.Count()} times"))
            .ToList();

        Assert.True(duplicates.Count == 0, string.Join(Environment.NewLine, duplicates));
    }

    /// <summary>Breadth-first search over &lt;a href&gt; links from the home page: clicks needed to reach each page.</summary>
    private Dictionary<string, int> ClicksFromHome()
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { ["/"] = 0 };
        var queue = new Queue<string>(["/"]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in _site.LinkedPages(current))
            {
                if (depth.TryAdd(next, depth[current] + 1))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return depth;
    }
}
