using SiteGen.Tests.Support;
using SiteGen.Yaml;

namespace SiteGen.Tests.Yaml;

/// <summary>
/// Issue 10, case 4: YAML nested thousands of levels deep (front matter, a data file, site.yml) used to kill the process
/// with a stack overflow; now it is an error at the place where the nesting passes the limit.
/// </summary>
public sealed class NestingLimitTests : IDisposable
{
    private readonly TestSite _site = new();

    public NestingLimitTests()
    {
        _site.Write("site-content/guide.md", "---\ntitle: Guide\n---\nBody\n");
        var first = _site.Build();
        Assert.True(first.ExitCode == 0, first.ToString());
    }

    public void Dispose() => _site.Dispose();

    /// <summary>One level of nesting as written: its opening text, and what closes it (nothing for block sequences).</summary>
    public static TheoryData<string, int> Shapes() => new()
    {
        { "[", 12_000 }, { "[", 100_000 },
        { "{a: ", 12_000 }, { "{a: ", 100_000 },
        { "- ", 12_000 }, { "- ", 100_000 },
    };

    private static string Nested(string opener, int levels)
    {
        var closer = opener switch { "[" => "]", "{a: " => "}", _ => "" };
        return string.Concat(Enumerable.Repeat(opener, levels)) + "x" + string.Concat(Enumerable.Repeat(closer, levels));
    }

    /// <summary>Column of the opener that passes the limit, on a line whose first opener starts at <paramref name="column"/>
    /// and is <paramref name="depth"/> levels deep.</summary>
    private static int LimitColumn(string opener, int column, int depth) =>
        column + ((YamlNodeReader.MaxDepth - depth) * opener.Length);

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Deep_front_matter_is_a_positioned_error(string opener, int levels)
    {
        // The front matter mapping is level 0, `deep:`'s value level 1; its first opener is at line 4, column 3.
        _site.Write("site-content/guide.md", "---\ntitle: Guide\ndeep:\n  " + Nested(opener, levels) + "\n---\nBody\n");
        FailedBuild.AssertFailsWith(_site,
            $"site-content/guide.md:4:{LimitColumn(opener, 3, 1)}: error: nesting too deep", $"more than {YamlNodeReader.MaxDepth} levels");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Deep_data_file_is_a_positioned_error(string opener, int levels)
    {
        // The data file's root is the nested value itself: level 0 at line 1, column 1.
        _site.Write("site-content/data/deep.yml", Nested(opener, levels) + "\n");
        FailedBuild.AssertFailsWith(_site,
            $"site-content/data/deep.yml:1:{LimitColumn(opener, 1, 0)}: error: nesting too deep", $"more than {YamlNodeReader.MaxDepth} levels");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Deep_site_yml_is_a_positioned_error(string opener, int levels)
    {
        // site.yml's mapping is level 0, `params:` level 1, `deep:`'s value level 2: line 5, column 5.
        _site.Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\nparams:\n  deep:\n    " + Nested(opener, levels) + "\n");
        FailedBuild.AssertFailsWith(_site,
            $"site-content/site.yml:5:{LimitColumn(opener, 5, 2)}: error: nesting too deep", $"more than {YamlNodeReader.MaxDepth} levels");
    }

    [Fact]
    public void Data_nested_to_the_limit_is_read()
    {
        // 100 levels: the outermost list is level 0, so the innermost list is level 99, the deepest allowed.
        _site.Write("site-content/data/deep.yml", Nested("[", YamlNodeReader.MaxDepth) + "\n")
            .Write("templates/_default/page.html", "<h1>{{ page.title }}</h1><p class=\"n\">{{ site.data.deep | array.size }}</p>");
        _site.BuildOk();
        Assert.Equal("1", _site.Html("guide/index.html").QuerySelector("p.n")!.TextContent);
    }

    [Fact]
    public void Aliases_stay_refused_so_billion_laughs_cannot_grow()
    {
        var laughs = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" +
            string.Concat(Enumerable.Range(0, 8).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i), 9))}]\n"));
        _site.Write("site-content/data/laughs.yml", laughs);
        FailedBuild.AssertFailsWith(_site, "site-content/data/laughs.yml:2:", "YAML aliases (*a) are not supported");
    }
}
