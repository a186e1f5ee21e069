using System.Security.Cryptography;
using System.Text;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hosting;

/// <summary>serve: an edited stylesheet gets its new fingerprinted name on every page that links it, the new copy is
/// served and the old one is gone, as in a clean build.</summary>
public sealed class FingerprintServeTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly IncrementalBuilder _builder;

    public FingerprintServeTests()
    {
        _site.Write("templates/_default/base.html", """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title>
            <link rel="stylesheet" href="{{ fingerprint "/css/a.css" }}"></head>
            <body><main id="main">{{ main }}</main></body></html>
            """);
        _site.Write("templates/static/css/a.css", "a { color: red; }\n");
        _site.Write("site-content/other.md", "---\ntitle: Other\n---\nText.\n");
        var options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        _builder = new IncrementalBuilder(options) { BaseUrl = "http://127.0.0.1:9/" };
        Assert.True(_builder.Build().Result.Succeeded);
    }

    public void Dispose() => _site.Dispose();

    private static string Name(string css) => $"css/a.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..16]}.css";

    [Fact]
    public void An_edited_stylesheet_gets_its_new_name_everywhere_and_the_old_copy_goes()
    {
        const string Edited = "a { color: blue; }\n";
        _site.Write("templates/static/css/a.css", Edited);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, "templates/static/css/a.css"), DateTime.UtcNow.AddSeconds(30));

        var (result, _) = _builder.Build(FileChanges.Of([Path.Combine(_site.Root, "templates/static/css/a.css")]));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = result.Files.ToDictionary(f => f.Path, f => f.Bytes ?? File.ReadAllBytes(f.CopyFrom!));
        Assert.Equal(Edited, Encoding.UTF8.GetString(files[Name(Edited)]));
        Assert.DoesNotContain(Name("a { color: red; }\n"), files.Keys);
        foreach (var page in new[] { "index.html", "other/index.html" })
        {
            Assert.Contains($"href=\"/{Name(Edited)}\"", Encoding.UTF8.GetString(files[page]), StringComparison.Ordinal);
        }
    }
}
