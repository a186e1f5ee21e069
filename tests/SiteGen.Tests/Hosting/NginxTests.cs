using System.Net;
using SiteGen.Hosting;
using SiteGen.Tests.QualityGates;

namespace SiteGen.Tests.Hosting;

/// <summary>
/// The guide, built with --compress, served by Debian's nginx through the configuration in deploy/nginx/ that the
/// README documents, at the root and under /guide/: every page and asset answers 200 with its content type, a missing
/// page the guide's 404 page, a client that accepts gzip or Brotli the precompressed file, and the cache and security
/// headers are those of the README and of the build's _headers.
/// </summary>
public sealed class NginxTests(NginxGuideFixture fixture) : IClassFixture<NginxGuideFixture>, IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "application/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "text/xml; charset=utf-8",
        [".svg"] = "image/svg+xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private readonly HttpClient _http = new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(20),
    };

    public void Dispose() => _http.Dispose();

    private ServedGuide Site(string variant)
    {
        ToolGate.Require(RunningNginx.MissingReason);
        return fixture.Get(variant);
    }

    private async Task<HttpResponseMessage> GetAsync(Uri url, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        return await _http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A header as nginx sent it (HttpClient's parsed Cache-Control would reorder its directives).</summary>
    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? string.Join(", ", values) : "";

    [Theory]
    [InlineData("root")]
    [InlineData("base path")]
    public async Task Every_page_and_asset_is_served_whole_with_its_content_type(string variant)
    {
        var site = Site(variant);
        var files = site.Files;
        Assert.Contains("index.html", files);
        Assert.Contains(files, f => f.StartsWith("css/site.", StringComparison.Ordinal) && f != "css/site.css");

        foreach (var file in files)
        {
            var extension = Path.GetExtension(file);
            Assert.True(ContentTypes.ContainsKey(extension), $"{file}: no content type is expected for {extension}; add it to the test and to the README's S3 recipe");
            var urls = file.EndsWith("index.html", StringComparison.Ordinal) ? [site.Url(file), site.Url(file[..^"index.html".Length])] : new[] { site.Url(file) };
            foreach (var url in urls)
            {
                using var response = await GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}\n{site.Nginx.ErrorLog()}");
                Assert.Equal(ContentTypes[extension], Header(response, "Content-Type"));
                Assert.Equal(site.Read(file), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            }
        }
    }

    [Theory]
    [InlineData("root")]
    [InlineData("base path")]
    public async Task A_missing_page_is_404_with_the_guides_404_page(string variant)
    {
        var site = Site(variant);

        using var response = await GetAsync(site.Url("no/such/page/"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(site.Read("404.html"), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("text/html; charset=utf-8", Header(response, "Content-Type"));
    }

    [Theory]
    [InlineData("root", "gzip", ".gz")]
    [InlineData("root", "br", ".br")]
    [InlineData("base path", "gzip", ".gz")]
    [InlineData("base path", "gzip, deflate, br", ".br")]
    public async Task A_client_that_accepts_compression_gets_the_precompressed_file(string variant, string acceptEncoding, string suffix)
    {
        var site = Site(variant);
        var samples = new[] { "index.html", "roles/index.html", site.Files.First(f => f.StartsWith("css/site.", StringComparison.Ordinal) && f != "css/site.css"),
            "search-index/search.js", "search-index/meta.json", "sitemap.xml" };

        foreach (var file in samples)
        {
            using var response = await GetAsync(site.Url(file), acceptEncoding);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(suffix == ".gz" ? "gzip" : "br", Header(response, "Content-Encoding"));
            Assert.Contains("Accept-Encoding", Header(response, "Vary"), StringComparison.Ordinal);
            Assert.Equal(site.Read(file + suffix), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }
        using var plain = await GetAsync(site.Url("index.html"));
        Assert.Equal("", Header(plain, "Content-Encoding"));
    }

    [Theory]
    [InlineData("root")]
    [InlineData("base path")]
    public async Task Cache_and_security_headers_are_those_of_the_readme_and_of_headers(string variant)
    {
        var site = Site(variant);
        var headersFile = File.ReadAllText(Path.Combine(site.OutputDir, HeadersFile.Name));
        var policy = headersFile.Split('\n').First(l => l.Contains("Content-Security-Policy:", StringComparison.Ordinal)).Split(": ", 2)[1];
        var fingerprinted = site.Files.Where(f => AssetFingerprints.LooksFingerprinted(f)).ToList();
        Assert.Equal(2, fingerprinted.Count); // site.css and favicon.svg

        foreach (var (file, cache) in fingerprinted.Select(f => (f, HeadersFile.LongCache))
            .Concat([("index.html", HeadersFile.ShortCache), ("roles/", HeadersFile.ShortCache), ("css/site.css", HeadersFile.ShortCache),
                ("search-index/meta.json", HeadersFile.ShortCache), ("no/such/page/", HeadersFile.ShortCache)]))
        {
            using var response = await GetAsync(site.Url(file), "br");

            Assert.Equal(cache, Header(response, "Cache-Control"));
            Assert.Equal(policy, Header(response, "Content-Security-Policy"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal(HeadersFile.ReferrerPolicy, Header(response, "Referrer-Policy"));
            if (fingerprinted.Contains(file))
            {
                Assert.Contains($"{site.BasePath}/{file}\n  Cache-Control: {HeadersFile.LongCache}\n", headersFile, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("root")]
    [InlineData("base path")]
    public async Task A_folder_without_its_slash_redirects_and_the_host_files_are_not_served(string variant)
    {
        var site = Site(variant);

        using var redirect = await GetAsync(site.Url("roles"));
        using var headers = await GetAsync(site.Url("_headers"));

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(site.BasePath + "/roles/", redirect.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, headers.StatusCode);
    }
}
