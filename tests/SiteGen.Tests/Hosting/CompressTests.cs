using System.IO.Compression;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hosting;

/// <summary>`build --compress`: a .gz and a .br beside every text file, the same bytes on every build, unseen by the
/// sitemap and the link checker.</summary>
public sealed class CompressTests : IDisposable
{
    private readonly TestSite _site = new();

    public CompressTests()
    {
        _site.Write("site-content/page.md", "---\ntitle: Page\n---\n" + string.Concat(Enumerable.Repeat("Some words that repeat. ", 200)) + "\n");
        _site.Write("templates/static/css/a.css", "body { color: #222; }\n");
        _site.Write("templates/static/data/a.json", "{\"a\": 1}\n");
        _site.Write("templates/static/img/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>\n");
        _site.WriteBytes("templates/static/img/a.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
    }

    public void Dispose() => _site.Dispose();

    private static byte[] Gunzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress))
        {
            gzip.CopyTo(output);
        }
        return output.ToArray();
    }

    private static byte[] Unbrotli(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress))
        {
            brotli.CopyTo(output);
        }
        return output.ToArray();
    }

    [Fact]
    public void Every_text_file_gets_a_gz_and_a_br_that_decompress_to_it()
    {
        _site.BuildOk("--compress");
        var files = _site.Snapshot();

        foreach (var text in new[] { "index.html", "page/index.html", "css/a.css", "data/a.json", "img/a.svg", "sitemap.xml", "robots.txt" })
        {
            Assert.Equal(files[text], Gunzip(files[text + ".gz"]));
            Assert.Equal(files[text], Unbrotli(files[text + ".br"]));
        }
        Assert.True(files["page/index.html.br"].Length < files["page/index.html"].Length / 5, "the repeated text should compress well");
        Assert.DoesNotContain("img/a.png.gz", files.Keys);
        Assert.DoesNotContain("img/a.png.br", files.Keys);
        Assert.DoesNotContain(".gz", _site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void Compressed_bytes_are_the_same_on_every_build()
    {
        _site.BuildOk("--compress");
        var first = _site.Snapshot();

        _site.BuildOk("--compress");

        Assert.Equal(first, _site.Snapshot());
    }

    [Fact]
    public void Without_the_option_there_are_no_siblings()
    {
        _site.BuildOk();

        Assert.DoesNotContain(_site.Snapshot().Keys, k => k.EndsWith(".gz", StringComparison.Ordinal) || k.EndsWith(".br", StringComparison.Ordinal));
    }

    [Fact]
    public void A_static_file_where_a_sibling_goes_is_an_error_and_the_output_stays()
    {
        _site.BuildOk("--compress");
        var before = _site.Snapshot();
        _site.Write("templates/static/css/a.css.gz", "not really gzip");

        var run = _site.Build("--compress");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("templates/static/css/a.css.gz: error: build --compress writes css/a.css.gz itself", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, _site.Snapshot());
        // Without --compress the file is an ordinary static file.
        _site.BuildOk();
    }

    [Fact]
    public void Help_describes_the_option()
    {
        var run = _site.Run(["build", "--help"]);

        Assert.Contains("--compress", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Brotli", run.Stdout, StringComparison.Ordinal);
    }
}
