using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace SiteGen.Tests.QualityGates;

/// <summary>
/// A tiny static file server (Kestrel) on 127.0.0.1 and a free port, serving a folder the way a static host does:
/// "/dir/" serves dir/index.html, a folder without its slash redirects, anything else missing gets /404.html with 404.
/// The folder may be created (or replaced) after the server starts: every request looks it up afresh.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly string _root;

    private StaticSiteServer(WebApplication app, string root, Uri baseUrl)
    {
        _app = app;
        _root = root;
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseUrl { get; }

    public static async Task<StaticSiteServer> StartAsync(string rootDir, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(rootDir);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(context => ServeAsync(context, root));
        await app.StartAsync(cancellationToken);
        var address = new Uri(app.Urls.Single());
        return new StaticSiteServer(app, root, new Uri($"http://127.0.0.1:{address.Port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public override string ToString() => $"{BaseUrl} serving {_root}";

    private static async Task ServeAsync(HttpContext context, string root)
    {
        var requestPath = context.Request.Path.Value ?? "/";
        var file = FileFor(root, requestPath);
        if (file is null && FileFor(root, requestPath + "/") is not null)
        {
            context.Response.Redirect(requestPath + "/");
            return;
        }
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = FileFor(root, "/404.html");
            if (file is null)
            {
                return;
            }
        }
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        if (context.Response.ContentType.StartsWith("text/", StringComparison.Ordinal) && !context.Response.ContentType.Contains("charset", StringComparison.Ordinal))
        {
            context.Response.ContentType += "; charset=utf-8";
        }
        await context.Response.SendFileAsync(file);
    }

    /// <summary>The file a URL path maps to inside <paramref name="root"/>, or null (missing, or outside the root).</summary>
    private static string? FileFor(string root, string urlPath)
    {
        var relative = urlPath.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var inside = full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(full) ? full : null;
    }
}
