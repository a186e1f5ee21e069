using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Dates as Hugo, Zola and Jekyll write them (RFC 3339 date-times with offsets, YAML timestamps) build; the time orders
/// pages, templates can print and format the date, the sitemap keeps the time, and a bad date is a positioned error.
/// </summary>
public sealed class DateTimeTests : IDisposable
{
    private const string DatePage = """
        <h1>{{ page.title }}</h1>
        <p id="printed">{{ page.date }}</p>
        <p id="parts">{{ page.date.year }}/{{ page.date.month }}/{{ page.date.day }} {{ page.date.hour }}:{{ page.date.minute }} {{ page.date.offset }}</p>
        <p id="iso">{{ page.date.iso }}</p>
        <p id="formatted">{{ page.date.format "%a %e %B %Y, %H:%M %Z" }}</p>
        {{ page.content }}
        """;

    private readonly TestSite _site = new();

    public DateTimeTests()
    {
        _site.Write("templates/_default/page.html", DatePage);
        _site.Write("site-content/_index.md", "---\ntitle: Home\n---\nWelcome.\n");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Rfc3339_date_time_with_an_offset_builds_and_templates_get_its_parts_and_a_format_function()
    {
        _site.Write("site-content/post.md", "---\ntitle: Post\ndate: 2017-02-16T09:29:00+01:00\n---\nBody.\n");
        _site.BuildOk();
        var html = _site.Html("post/index.html");
        Assert.Equal("2017-02-16T09:29:00+01:00", html.QuerySelector("#printed")!.TextContent);
        Assert.Equal("2017/2/16 9:29 +01:00", html.QuerySelector("#parts")!.TextContent);
        Assert.Equal("2017-02-16T09:29:00+01:00", html.QuerySelector("#iso")!.TextContent);
        Assert.Equal("Thu 16 February 2017, 09:29 +01:00", html.QuerySelector("#formatted")!.TextContent);
    }

    [Theory]
    [InlineData("2017-02-16T09:29:00Z", "2017-02-16T09:29:00Z")]
    [InlineData("2017-02-16t09:29:00.250z", "2017-02-16T09:29:00.25Z")]
    [InlineData("2017-02-16 09:29:00 -5", "2017-02-16T09:29:00-05:00")]
    [InlineData("2017-02-16 09:29:00 +0100", "2017-02-16T09:29:00+01:00")]
    [InlineData("2017-2-6 9:29:00", "2017-02-06T09:29:00Z")]
    [InlineData("2017-02-16T09:29", "2017-02-16T09:29:00Z")]
    [InlineData("\"2017-02-16T09:29:00+05:30\"", "2017-02-16T09:29:00+05:30")]
    [InlineData("2017-02-16", "2017-02-16")]
    public void Yaml_timestamps_build_and_print_as_rfc3339(string written, string printed)
    {
        _site.Write("site-content/post.md", $"---\ntitle: Post\ndate: {written}\n---\nBody.\n");
        _site.BuildOk();
        Assert.Equal(printed, _site.Html("post/index.html").QuerySelector("#printed")!.TextContent);
    }

    [Fact]
    public void Pages_are_ordered_newest_first_by_their_time_not_only_their_day()
    {
        // Same day; 08:00 in New York is later than 12:00 in Paris.
        _site.Write("templates/_default/page.html", TestSite.MinimalPage);
        _site.Write("site-content/blog/_index.md", "---\ntitle: Blog\n---\n");
        _site.Write("site-content/blog/paris.md", "---\ntitle: A Paris\ndate: 2024-03-01T12:00:00+01:00\n---\nP.\n");
        _site.Write("site-content/blog/new-york.md", "---\ntitle: B New York\ndate: 2024-03-01T08:00:00-05:00\n---\nN.\n");
        _site.Write("site-content/blog/morning.md", "---\ntitle: C Morning\ndate: 2024-03-01T06:00:00Z\n---\nM.\n");
        _site.Write("site-content/blog/undated.md", "---\ntitle: 0 Undated\n---\nU.\n");
        _site.BuildOk();
        var titles = _site.Html("blog/index.html").QuerySelectorAll("ul.pages li").Select(li => li.TextContent).ToList();
        Assert.Equal(["B New York", "A Paris", "C Morning", "0 Undated"], titles);
    }

    [Fact]
    public void Sitemap_lastmod_keeps_the_time_when_there_is_one()
    {
        _site.Write("site-content/timed.md", "---\ntitle: Timed\ndate: 2017-02-16T09:29:00+01:00\n---\nT.\n");
        _site.Write("site-content/day.md", "---\ntitle: Day\ndate: 2017-02-16\nupdated: 2018-05-01 10:00:00 +02:00\n---\nD.\n");
        _site.BuildOk();
        var sitemap = _site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://example.org/timed/</loc><lastmod>2017-02-16T09:29:00+01:00</lastmod>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/day/</loc><lastmod>2018-05-01T10:00:00+02:00</lastmod>", sitemap, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("date: 2017-02-30T09:00:00Z", "site-content/post.md:3:7: error: 'date' has day 30, but 2017-02 has days 1 to 28")]
    [InlineData("date: 2017-02-16T25:00:00Z", "site-content/post.md:3:7: error: 'date' has hour 25; hours are 0 to 23")]
    [InlineData("date: 2017-02-16T09:00:00+15:00", "site-content/post.md:3:7: error: 'date' has the UTC offset +15:00")]
    [InlineData("date: 16/02/2017", "site-content/post.md:3:7: error: 'date' must be a date like 2024-05-01, or a date and time like")]
    [InlineData("updated: 2017-13-01", "site-content/post.md:3:10: error: 'updated' has month 13; months are 1 to 12")]
    [InlineData("date: [2017-02-16]", "site-content/post.md:3:7: error: 'date' must be a date like 2024-05-01 or a date and time like 2024-05-01T09:30:00Z, not a list")]
    public void Invalid_date_is_an_error_at_its_position(string line, string expected)
    {
        _site.Write("site-content/post.md", "---\ntitle: Post\ndate: 2017-02-16\n---\nBody.\n");
        _site.BuildOk();
        _site.Write("site-content/post.md", $"---\ntitle: Post\n{line}\n---\nBody.\n");
        FailedBuild.AssertFailsWith(_site, expected);
    }

    [Fact]
    public void Unknown_format_code_is_a_template_error_that_lists_the_codes()
    {
        _site.Write("site-content/post.md", "---\ntitle: Post\ndate: 2017-02-16T09:29:00Z\n---\nBody.\n");
        _site.BuildOk();
        _site.Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n<p>{{ page.date.format \"%Q\" }}</p>{{ page.content }}");
        FailedBuild.AssertFailsWith(_site, "templates/_default/page.html:2:", "unknown code '%Q'", "%Y %y %m %d");
    }
}
