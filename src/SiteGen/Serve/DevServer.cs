using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SiteGen.Serve;

/// <summary>
/// The dev server: builds the site in memory, serves it with Kestrel, watches the content and templates, rebuilds
/// what changed and tells every open tab to reload. It never writes the output folder.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private const string DraftBanner =
        "<div role=\"note\" style=\"background:#7a4d00;color:#fff;padding:.5rem 1rem;font:600 1rem/1.4 system-ui,sans-serif;text-align:center\">Draft: this page is shown by serve only; build leaves it out.</div>";

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly WebApplication _app;
    private readonly IncrementalBuilder _builder;
    private readonly LiveReload _reload = new();
    private readonly ChangeWatcher _watcher;
    private readonly FileExtensionContentTypeProvider _contentTypes = new();
    private readonly HostFilter? _hosts;
    private readonly WarningChanges _warnings = new();
    private bool _allWarnings;
    private volatile ServedSite? _site;
    private bool _retriedAfterIo;

    private DevServer(BuildOptions options, WebApplication app, TextWriter log, TimeSpan quietPeriod, string host, IncrementalBuilder builder)
    {
        _options = options;
        _app = app;
        _log = log;
        _watcher = new ChangeWatcher([options.Paths.Content, options.Paths.Templates], quietPeriod);
        _hosts = HostFilter.For(host);
        _builder = builder;
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The site as currently served (before the reload script is injected).</summary>
    public ServedSite? Site => _site;

    /// <summary>Raised after each rebuild with the new version and how long it took from the first change seen.</summary>
    public event Action<ServedSite, TimeSpan>? Rebuilt;

    /// <param name="quietPeriod">how long no change must be seen before a rebuild starts (10 ms by default).</param>
    /// <param name="build">the build to run instead of <see cref="SiteBuilder.Build"/>: for tests of a build that throws.</param>
    /// <param name="allWarnings">print every warning, not the first few of each kind (--all-warnings).</param>
    public static async Task<DevServer> StartAsync(BuildOptions options, string host, int port, TextWriter log, TimeSpan? quietPeriod = null,
        Func<BuildOptions, BuildCache, BuildResult>? build = null, bool allWarnings = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = options.Paths.Root });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            if (host == "localhost")
            {
                kestrel.ListenLocalhost(port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(host), port);
            }
        });
        var app = builder.Build();
        var server = new DevServer(options, app, log, quietPeriod ?? TimeSpan.FromMilliseconds(10), host, new IncrementalBuilder(options, build));
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var actualPort = new Uri(address).Port;
        var shownHost = host is "0.0.0.0" or "::" ? "127.0.0.1" : host;
        server.Address = new Uri($"http://{(shownHost.Contains(':') ? $"[{shownHost}]" : shownHost)}:{actualPort}/");
        server._builder.BaseUrl = server.Address.ToString();
        server._allWarnings = allWarnings;
        server.RebuildNow(Stopwatch.StartNew(), "start", FileChanges.Unknown);
        server._watcher.Start(server.RebuildAfterChange);
        return server;
    }

    /// <summary>Builds and serves the result, tells the open tabs to reload, and only then prints (printing thousands
    /// of warnings must not delay the reload). Whatever the build throws is shown like a build error, and the last
    /// good files stay served: serve never stops over one build.</summary>
    private void RebuildNow(Stopwatch sinceChange, string trigger, FileChanges changes)
    {
        var start = trigger == "start";
        ServedSite site;
        Action report;
        try
        {
            var (result, rendered) = _builder.Build(changes);
            site = ServedSite.From((_site?.Version ?? 0) + 1, result, _site, _builder.ReadStatic);
            _retriedAfterIo = false;
            var ms = sinceChange.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            var failed = site;
            report = result.Succeeded ? () => LogSucceeded(result, start, ms, rendered, trigger) : () =>
            {
                DiagnosticPrinter.Print(failed.Errors, _options.Paths.Root, _log);
                LogFailed(failed, start);
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException && !_retriedAfterIo)
        {
            // A file vanished mid-read (editor temp files, git checkout): build once more, comparing every file.
            _log.WriteLine($"Rebuild skipped: {ex.Message}; trying again.");
            _retriedAfterIo = true;
            _watcher.RequestFullScan();
            return;
        }
        catch (Exception ex)
        {
            _retriedAfterIo = false;
            var crashed = site = ServedSite.Failed((_site?.Version ?? 0) + 1, _site, [BuildCrash.ToDiagnostic(ex, _options.Paths, start || trigger.Length == 0 ? null : trigger)]);
            report = () =>
            {
                DiagnosticPrinter.Print(crashed.Errors, _options.Paths.Root, _log);
                foreach (var frame in BuildCrash.StackExcerpt(ex))
                {
                    _log.WriteLine("    " + frame);
                }
                LogFailed(crashed, start);
            };
        }
        _site = site;
        _reload.Broadcast(site.Version);
        report();
        Rebuilt?.Invoke(site, sinceChange.Elapsed);
    }

    /// <summary>At start every warning (grouped by kind); after a rebuild only the warnings that are new, and a line
    /// for those gone.</summary>
    private void LogSucceeded(BuildResult result, bool start, string ms, int rendered, string trigger)
    {
        var (added, gone) = _warnings.Update(result.Diagnostics);
        if (start)
        {
            DiagnosticPrinter.PrintGrouped(result.Diagnostics, _options.Paths.Root, _log, _allWarnings);
            _log.WriteLine($"Serving {result.PageCount} pages at {Address} (drafts shown). Watching for changes; Ctrl+C stops.");
        }
        else
        {
            _log.WriteLine($"Rebuilt in {ms} ms: {rendered} pages re-rendered ({_options.Paths.Display(trigger)} changed). Reloading {_reload.ClientCount} tabs.");
            DiagnosticPrinter.PrintGrouped(added, _options.Paths.Root, _log, _allWarnings);
            if (added.Count > 0 || gone.Count > 0)
            {
                var goneList = gone.Count == 0 ? "" : " (" + string.Join(", ", gone.Take(DiagnosticPrinter.ShownPerKind).Select(d => $"{d.Location} [{d.Kind}]")) +
                    (gone.Count > DiagnosticPrinter.ShownPerKind ? $" and {gone.Count - DiagnosticPrinter.ShownPerKind} more" : "") + ")";
                _log.WriteLine($"Warnings: {added.Count} new, {gone.Count} gone{goneList}; {Cli.BuildReport.Count(result.WarningCount, "warning")} in all.");
            }
        }
        if (Environment.GetEnvironmentVariable("SITEGEN_TIMINGS") is "1")
        {
            _log.WriteLine("  " + string.Join("  ", _builder.LastTimings.Select(t => $"{t.Stage} {t.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms")));
        }
    }

    private void LogFailed(ServedSite site, bool start)
    {
        _log.WriteLine($"Build failed: {Cli.BuildReport.Count(site.Errors.Count, "error")}; the browser shows {(site.Errors.Count == 1 ? "it" : "them")} until the files are fixed.");
        if (start)
        {
            _log.WriteLine($"Serving at {Address}. Watching for changes; Ctrl+C stops.");
        }
    }

    private void RebuildAfterChange(Stopwatch sinceChange, string firstChanged, FileChanges changes)
    {
        try
        {
            RebuildNow(sinceChange, firstChanged, changes);
        }
        catch (Exception ex)
        {
            // Only reporting can get here (the console went away, a Rebuilt handler threw): keep watching.
            try
            {
                _log.WriteLine($"serve: {ex.GetType().Name} after a rebuild: {ex.Message}; still watching for changes.");
            }
            catch (Exception logEx) when (logEx is IOException or ObjectDisposedException)
            {
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (_hosts is not null && !_hosts.Allows(request.Headers.Host))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync($"Refused: the Host header names another site. serve answers only localhost, 127.0.0.1 and [::1] (and the address it listens on), so that pages on other sites cannot read this one. Open {Address}");
            return;
        }
        if (request.Method is not ("GET" or "HEAD"))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }
        var rawPath = RequestPath.OfTarget(request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/");
        if (rawPath == LiveReload.EventsPath)
        {
            response.ContentType = "text/event-stream";
            await _reload.StreamAsync(response.Body, () => { }, context.RequestAborted);
            return;
        }
        var (value, refusal) = RequestPath.Resolve(rawPath);
        if (value is null)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            await response.WriteAsync("Bad request: " + refusal);
            return;
        }
        var site = _site;
        if (site is null)
        {
            response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await response.WriteAsync("Building...");
            return;
        }
        var bytes = site.File(value);
        if (site.Errors.Count > 0 && (value.EndsWith(".html", StringComparison.Ordinal) || bytes is null))
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            await WriteHtml(response, LiveReload.Inject(ErrorPage.Render(site.Errors, _options.Paths.Root), null));
            return;
        }
        if (bytes is null)
        {
            if (site.Files.ContainsKey(value + "/index.html"))
            {
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = RequestPath.FolderRedirect(rawPath);
                return;
            }
            response.StatusCode = StatusCodes.Status404NotFound;
            if (site.Files.TryGetValue("404.html", out var notFound))
            {
                await WriteHtml(response, LiveReload.Inject(Encoding.UTF8.GetString(notFound), null));
            }
            return;
        }
        if (value.EndsWith(".html", StringComparison.Ordinal))
        {
            var banner = site.DraftFiles.Contains(value) ? DraftBanner : null;
            await WriteHtml(response, LiveReload.Inject(Encoding.UTF8.GetString(bytes), banner));
            return;
        }
        response.ContentType = _contentTypes.TryGetContentType(value, out var type) ? type : "application/octet-stream";
        response.ContentLength = bytes.Length;
        if (request.Method == "GET")
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private static async Task WriteHtml(HttpResponse response, string html)
    {
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(html);
    }

    public async ValueTask DisposeAsync()
    {
        await _watcher.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
