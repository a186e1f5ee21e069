using System.Globalization;
using System.Net;

namespace SiteGen.Html;

/// <summary>
/// Checks links to other sites over HTTP (HEAD, falling back to GET) with a timeout and bounded concurrency.
/// Links that answered well are remembered in a cache file for a while, so repeated checks stay fast.
/// Dead links are warnings: another site being down must not fail a build.
/// </summary>
public sealed class ExternalLinkChecker(TimeSpan timeout, int concurrency, string cacheFile, TimeSpan cacheAge)
{
    public async Task<IReadOnlyList<Diagnostic>> CheckAsync(IReadOnlyList<ExternalLink> links, CancellationToken cancellation)
    {
        var cache = LoadCache();
        var now = DateTimeOffset.UtcNow;
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            Timeout = timeout,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("SiteGen-link-check/1.0");
        using var gate = new SemaphoreSlim(concurrency);
        var results = new string?[links.Count];
        await Task.WhenAll(links.Select(async (link, i) =>
        {
            if (cache.TryGetValue(link.Url, out var checkedAt) && now - checkedAt < cacheAge)
            {
                return;
            }
            await gate.WaitAsync(cancellation);
            try
            {
                results[i] = await ProblemWith(client, link.Url, cancellation);
                if (results[i] is null)
                {
                    lock (cache)
                    {
                        cache[link.Url] = now;
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        SaveCache(cache);
        var warnings = new List<Diagnostic>();
        for (var i = 0; i < links.Count; i++)
        {
            if (results[i] is { } problem)
            {
                warnings.Add(Diagnostic.Warning(WarningKinds.ExternalLink, links[i].File, links[i].Line, links[i].Column, $"external link '{links[i].Url}' {problem}"));
            }
        }
        return warnings;
    }

    private static async Task<string?> ProblemWith(HttpClient client, string url, CancellationToken cancellation)
    {
        try
        {
            using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), HttpCompletionOption.ResponseHeadersRead, cancellation);
            if (head.IsSuccessStatusCode)
            {
                return null;
            }
            if (head.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest)
            {
                using var get = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellation);
                return get.IsSuccessStatusCode ? null : $"answered {(int)get.StatusCode} {get.ReasonPhrase}";
            }
            return $"answered {(int)head.StatusCode} {head.ReasonPhrase}";
        }
        catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return $"did not answer within {client.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";
        }
        catch (HttpRequestException ex)
        {
            return "could not be reached: " + ex.Message;
        }
    }

    private Dictionary<string, DateTimeOffset> LoadCache()
    {
        var cache = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (!File.Exists(cacheFile))
        {
            return cache;
        }
        foreach (var line in File.ReadLines(cacheFile))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0 && DateTimeOffset.TryParse(line[..tab], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                cache[line[(tab + 1)..]] = at;
            }
        }
        return cache;
    }

    private void SaveCache(Dictionary<string, DateTimeOffset> cache)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
        File.WriteAllLines(cacheFile, cache.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Value.ToString("o", CultureInfo.InvariantCulture) + "\t" + kv.Key));
    }
}
