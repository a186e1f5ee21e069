using SiteGen.Tests.Support;

namespace SiteGen.Tests.QualityGates;

/// <summary>TOML front matter (Tomlyn), titles from headings and RSS feeds give the same bytes and the same
/// diagnostics from the native executable as from the JIT build.</summary>
public sealed partial class NativeBuildTests
{
    [Fact]
    public void Toml_front_matter_and_rss_feeds_work_in_the_native_executable()
    {
        var native = NativeExecutable();
        using var site = new TestSite()
            .Write("site-content/site.yml", "title: T\nbase_url: https://example.org/\ntaxonomies: [tags]\nfeeds:\n  formats: [atom, rss]\n")
            .Write("site-content/posts/first.md", "+++\ntitle = \"First\"\ndate = 2017-02-16T09:29:00+01:00\ntags = [\"C#\"]\n[params]\nmood = \"calm\"\n+++\nBody.\n")
            .Write("site-content/posts/second.md", "+++\ndate = 1979-05-27 07:32:00\n+++\nSecond\n======\n\nText.\n")
            .Write("templates/_default/page.html", "<h1>{{ page.title }}</h1><p>{{ page.date.iso }}</p>\n{{ page.content }}");

        var nativeRun = RunNative(native, ["build", "--source", Path.Combine(site.Root, "site-content"), "--templates", Path.Combine(site.Root, "templates"), "--output", site.Output + "-native"]);
        var jitRun = site.Build();

        Assert.True(jitRun.ExitCode == 0, jitRun.ToString());
        Assert.True(nativeRun.ExitCode == 0, nativeRun.ToString());
        Assert.Equal("First", site.Html("posts/first/index.html").QuerySelector("h1")!.TextContent);
        Assert.True(site.OutputExists("index.xml"));
        AssertSameFiles(site.Output, site.Output + "-native");

        site.Write("site-content/posts/bad.md", "+++\ntitle = \"unclosed\nweight = 1.5\n+++\n");
        var nativeBad = RunNative(native, ["build", .. site.DefaultArgs()]);
        var jitBad = site.Build();
        Assert.Equal(1, jitBad.ExitCode);
        Assert.Contains("invalid TOML", jitBad.Stderr, StringComparison.Ordinal);
        Assert.Equal(WithoutTimes(jitBad.Stderr), WithoutTimes(nativeBad.Stderr));
    }
}
