using SiteGen.Tests.Support;

namespace SiteGen.Tests.Toml;

/// <summary>
/// TOML front matter between `+++` lines (Hugo's default) reads like YAML front matter: the same keys, TOML's own
/// date-times, tables for params, and positioned errors for bad TOML.
/// </summary>
public sealed class TomlFrontMatterTests : IDisposable
{
    private readonly TestSite _site = new();

    public TomlFrontMatterTests()
    {
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\ntaxonomies: [tags]\n");
        _site.Write("templates/_default/page.html",
            "<h1>{{ page.title }}</h1>\n<p class=\"date\">{{ page.date.iso }}</p><p class=\"mood\">{{ page.params.mood }}</p>" +
            "<p class=\"count\">{{ page.params.nested.count }}</p>\n{{ page.content }}");
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Toml_front_matter_sets_the_same_fields_as_yaml()
    {
        _site.Write("site-content/blog/first.md", """
            +++
            title = "First \"post\""
            date = 2017-02-16T09:29:00+01:00
            tags = ["C#", "notes"]
            slug = "hello"
            weight = 2
            aliases = ["/old/first/"]

            [params]
            mood = 'calm'
            nested.count = 3
            +++
            The body.
            """);
        _site.Write("site-content/blog/draft.md", "+++\ntitle = \"Draft\"\ndraft = true\n+++\nNot yet.\n");
        _site.Write("site-content/blog/local.md", "+++\ntitle = \"Local\"\ndate = 1979-05-27 07:32:00\nparams = { mood = \"ok\", nested = { count = 1 } }\n+++\nText.\n");
        _site.Write("site-content/blog/day.md", "+++\ntitle = \"A day\"\ndate = 2020-01-02\nparams = { mood = \"ok\", nested = { count = 1 } }\n+++\nText.\n");
        _site.BuildOk();

        var page = _site.Html("blog/hello/index.html");
        Assert.Equal("First \"post\"", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("2017-02-16T09:29:00+01:00", page.QuerySelector(".date")!.TextContent);
        Assert.Equal("calm", page.QuerySelector(".mood")!.TextContent);
        Assert.Equal("3", page.QuerySelector(".count")!.TextContent);
        Assert.Equal("The body.", page.QuerySelector("main p:last-of-type")!.TextContent.Trim());
        Assert.Equal("2020-01-02", _site.Html("blog/day/index.html").QuerySelector(".date")!.TextContent);
        Assert.Equal("1979-05-27T07:32:00Z", _site.Html("blog/local/index.html").QuerySelector(".date")!.TextContent);
        Assert.True(_site.OutputExists("tags/c-sharp/index.html"));
        Assert.True(_site.OutputExists("old/first/index.html"));
        Assert.False(_site.OutputExists("blog/draft/index.html"));
    }

    [Theory]
    [InlineData("+++\ntitle = \"A\"\ntitle = \"B\"\n+++\n", "site-content/bad.md:3:1: error: invalid TOML")]
    [InlineData("+++\ntitle = \"A\n+++\n", "site-content/bad.md:2:11: error: invalid TOML: Invalid newline in a string")]
    [InlineData("+++\ntitle = \"A\"\ndate = \"soon\"\n+++\n", "site-content/bad.md:3:8: error: 'date' must be a date like 2024-05-01")]
    [InlineData("+++\ntitle = \"A\"\nweight = 1.5\n+++\n", "site-content/bad.md:3:10: error: 'weight' must be a whole number, not '1.5'")]
    [InlineData("+++\ntitle = \"A\"\nmood = \"calm\"\n+++\n", "site-content/bad.md:3:1: error: unknown front matter key 'mood'")]
    [InlineData("+++\ntitle = \"A\"\n", "site-content/bad.md:1:1: error: front matter starts with `+++` here but has no closing `+++` line")]
    [InlineData("+++\ntitle = \"\"\n+++\n", "site-content/bad.md:2:9: error: front matter needs a non-empty `title`")]
    public void Bad_toml_is_an_error_at_its_place(string text, string expected)
    {
        _site.BuildOk();
        _site.Write("site-content/bad.md", text);
        FailedBuild.AssertFailsWith(_site, expected);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{ a = ", "}")]
    public void Hostile_nesting_is_an_error_not_a_crash(string open, string close)
    {
        _site.BuildOk();
        var depth = 20_000;
        _site.Write("site-content/bad.md", "+++\ntitle = \"A\"\n[params]\nx = " + string.Concat(Enumerable.Repeat(open, depth)) + "1" +
            string.Concat(Enumerable.Repeat(close, depth)) + "\n+++\n");
        FailedBuild.AssertFailsWith(_site, "error: nesting too deep: arrays and tables nest more than 100 levels in this front matter");
    }

    [Fact]
    public void Unknown_key_in_toml_suggests_a_params_table()
    {
        _site.BuildOk();
        _site.Write("site-content/bad.md", "+++\ntitle = \"A\"\nmood = \"calm\"\n+++\n");
        FailedBuild.AssertFailsWith(_site, "(put your own values in a `[params]` table)");
    }
}
