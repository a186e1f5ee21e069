using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Issue 13, item 3: file names and titles of any kind get distinct, readable URL segments. Before, clang.md and
/// clang++.md both became /clang/, the symbol-only names !.md, [.md, %.md, {.md and ~.md all became /page/, and
/// `new skill "C++"` was refused because `new skill "C#"` had already written c.md.
/// </summary>
public sealed class UrlSegmentTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string[] SiteArgs => ["--source", Path.Combine(_site.Root, "site-content"), "--templates", Path.Combine(_site.Root, "templates")];

    private static string Page(string title, string body = "Body.") => $"---\ntitle: \"{title}\"\n---\n{body}\n";

    [Fact]
    public void Plus_and_sharp_are_spelled_so_clang_and_clang_plus_plus_and_c_sharp_differ()
    {
        _site.Write("site-content/tools/_index.md", Page("Tools"));
        _site.Write("site-content/tools/clang.md", Page("clang", "[clang++](clang++.md), [C#](C%23.md), [C++](C++.md), [C](c.md)"));
        _site.Write("site-content/tools/clang++.md", Page("clang++"));
        _site.Write("site-content/tools/c.md", Page("C"));
        _site.Write("site-content/tools/C#.md", Page("C#"));
        _site.Write("site-content/tools/C++.md", Page("C++"));
        _site.BuildOk();

        Assert.Equal("clang++", _site.Html("tools/clang-plus-plus/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("clang", _site.Html("tools/clang/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("C#", _site.Html("tools/c-sharp/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("C++", _site.Html("tools/c-plus-plus/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("C", _site.Html("tools/c/index.html").QuerySelector("h1")!.TextContent);
        var links = _site.Html("tools/clang/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href") ?? "").ToArray();
        Assert.Equal(["/tools/clang-plus-plus/", "/tools/c-sharp/", "/tools/c-plus-plus/", "/tools/c/"], links);
    }

    [Fact]
    public void Symbol_only_file_names_get_readable_distinct_names_and_links_to_them_check()
    {
        var names = new Dictionary<string, string>
        {
            ["!"] = "exclamation",
            ["["] = "left-bracket",
            ["%"] = "percent",
            ["{"] = "left-brace",
            ["~"] = "tilde",
            ["#"] = "hash",
            ["+"] = "plus",
            ["?!"] = "question-exclamation",
            ["€"] = "u20ac",
        };
        foreach (var name in names.Keys)
        {
            _site.Write($"site-content/{name}.md", Page("Symbol " + name));
        }
        _site.Write("site-content/links.md", Page("Links", "[bang](!.md) [tilde](/tilde/) [euro](/u20ac/)"));
        var run = _site.BuildOk();
        Assert.DoesNotContain("warning", run.Stderr, StringComparison.Ordinal);

        foreach (var (name, segment) in names)
        {
            Assert.Equal("Symbol " + name, _site.Html($"{segment}/index.html").QuerySelector("h1")!.TextContent);
        }
        Assert.False(_site.OutputExists("page/index.html"));
        Assert.Equal("/exclamation/", _site.Html("links/index.html").QuerySelector("main a")!.GetAttribute("href"));
    }

    [Fact]
    public void Derived_urls_hold_no_plus_percent_or_space()
    {
        foreach (var name in new[] { "a+b", "50% off", "Q & A", "C# tips", "naïve café", "日本語" })
        {
            _site.Write($"site-content/notes/{name}.md", Page(name));
        }
        _site.BuildOk();
        var folders = Directory.EnumerateDirectories(Path.Combine(_site.Output, "notes")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["50-off", "a-plus-b", "c-sharp-tips", "naive-cafe", "q-a", "日本語"], folders);
    }

    [Fact]
    public void New_skill_cpp_works_beside_c_sharp_and_c()
    {
        _site.Write("templates/archetypes/skill.md", "---\ntitle: {{ title_yaml }}\n---\n");
        foreach (var title in new[] { "C#", "C++", "C", "!" })
        {
            var run = _site.Run(["new", "skill", title, .. SiteArgs]);
            Assert.True(run.ExitCode == 0, run.ToString());
        }
        var files = Directory.EnumerateFiles(Path.Combine(_site.Root, "site-content", "skills")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["c-plus-plus.md", "c-sharp.md", "c.md", "exclamation.md"], files);
        _site.BuildOk();
        Assert.True(_site.OutputExists("skills/c-plus-plus/index.html"));
    }

    [Theory]
    [InlineData("slug: c++", "site-content/guide.md:3:7: error: slug 'c++' contains '+'")]
    [InlineData("url: /c++/", "site-content/guide.md:3:6: error: url '/c++/' contains '+'")]
    public void A_hand_written_plus_in_a_url_is_refused_with_the_spelling_to_use(string line, string expected)
    {
        _site.Write("site-content/guide.md", Page("Guide"));
        _site.BuildOk();
        _site.Write("site-content/guide.md", $"---\ntitle: Guide\n{line}\n---\nBody\n");
        FailedBuild.AssertFailsWith(_site, expected, "c-plus-plus");
    }
}
