using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SiteGen.Tests.Support;

/// <summary>
/// A web server on 127.0.0.1 and a free port, for `check --external` tests: answers each request with the status
/// the test chooses, counts the requests per method and path, and records the most requests it held at once.
/// </summary>
public sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly Func<string, string, int> _status;
    private readonly TimeSpan _hold;
    private readonly Lock _lock = new();
    private int _inFlight;

    /// <param name="status">the status code for a method ("HEAD", "GET") and path</param>
    /// <param name="hold">how long each request is held before it is answered (to see how many overlap)</param>
    private LocalHttpServer(Func<string, string, int> status, TimeSpan hold)
    {
        _status = status;
        _hold = hold;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(AnswerAsync);
    }

    public string Address { get; private set; } = "";

    /// <summary>The most requests that were being answered at the same time.</summary>
    public int MaxInFlight { get; private set; }

    public static async Task<LocalHttpServer> StartAsync(Func<string, string, int> status, TimeSpan hold = default)
    {
        var server = new LocalHttpServer(status, hold);
        await server._app.StartAsync(TestContext.Current.CancellationToken);
        server.Address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    /// <summary>How many requests came with this method for this path.</summary>
    public int Count(string method, string path) => _requests.GetValueOrDefault(method + " " + path);

    private async Task AnswerAsync(HttpContext context)
    {
        _requests.AddOrUpdate(context.Request.Method + " " + context.Request.Path, 1, (_, n) => n + 1);
        lock (_lock)
        {
            _inFlight++;
            MaxInFlight = Math.Max(MaxInFlight, _inFlight);
        }
        try
        {
            if (_hold > TimeSpan.Zero)
            {
                await Task.Delay(_hold, context.RequestAborted);
            }
            context.Response.StatusCode = _status(context.Request.Method, context.Request.Path.Value ?? "/");
        }
        finally
        {
            lock (_lock)
            {
                _inFlight--;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
