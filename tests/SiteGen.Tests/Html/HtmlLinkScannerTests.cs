using AngleSharp.Html.Parser;
using SiteGen.Html;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>The fast link scanner gives the same ids and links as a full DOM parse.</summary>
public sealed class HtmlLinkScannerTests
{
    [Fact]
    public void Agrees_with_AngleSharp_on_every_page_of_the_guide()
    {
        var output = Path.Combine(Path.GetTempPath(), "sitegen-scan-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = SiteGenCli.Run(["build", "--source", Path.Combine(RepoPaths.Root, "site-content"), "--templates", Path.Combine(RepoPaths.Root, "templates"), "--output", output], stdout, stderr);
            Assert.True(exit == 0, stderr.ToString());
            var parser = new HtmlParser();
            var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).ToList();
            Assert.NotEmpty(pages);
            foreach (var file in pages)
            {
                var html = File.ReadAllText(file);
                var document = parser.ParseDocument(html);
                var scanned = HtmlLinkScanner.Scan(html);
                var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();
                var references = document.QuerySelectorAll("[href], [src]")
                    .Where(e => e.LocalName is not "script" || e.HasAttribute("src"))
                    .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
                    .Where(v => v is not null).Select(v => v!.Trim()).Order(StringComparer.Ordinal).ToList();
                Assert.True(ids.SetEquals(scanned.Ids), file);
                Assert.Equal(references, scanned.References.Order(StringComparer.Ordinal).ToList());
            }
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, true);
            }
        }
    }

    [Fact]
    public void Skips_comments_scripts_and_styles_and_decodes_entities()
    {
        var links = HtmlLinkScanner.Scan("""
            <!-- <a href="/commented/"> -->
            <script>var x = '<a href="/in-script/">';</script>
            <style>a[href="/in-style/"]{}</style>
            <a href="/a/?x=1&amp;y=2" id="top">A</a><img src=/img.png alt="">
            """);
        Assert.Equal(["/a/?x=1&y=2", "/img.png"], links.References);
        Assert.Equal(["top"], links.Ids);
    }
}
