using System.Collections.Concurrent;
using System.Threading.Channels;

namespace SiteGen.Serve;

/// <summary>Server-sent events to every open tab: "reload" after each rebuild. The script is injected by the server only.</summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__sitegen/events";

    public const string Script =
        "<script>(function(){var s=new EventSource(\"" + EventsPath + "\");s.addEventListener(\"reload\",function(){location.reload();});})();</script>";

    private readonly ConcurrentDictionary<Guid, Channel<string>> _clients = new();

    public int ClientCount => _clients.Count;

    public void Broadcast(int version)
    {
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite($"event: reload\ndata: {version}\n\n");
        }
    }

    public async Task StreamAsync(Stream body, Action flush, CancellationToken cancellation)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        _clients[id] = channel;
        try
        {
            await WriteAsync(body, ": connected\n\n", cancellation);
            flush();
            await foreach (var message in channel.Reader.ReadAllAsync(cancellation))
            {
                await WriteAsync(body, message, cancellation);
                flush();
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
        finally
        {
            _clients.TryRemove(id, out _);
        }
    }

    private static async Task WriteAsync(Stream body, string text, CancellationToken cancellation)
    {
        await body.WriteAsync(System.Text.Encoding.UTF8.GetBytes(text), cancellation);
        await body.FlushAsync(cancellation);
    }

    /// <summary>Puts the reload script (and an optional banner) into an HTML page for the browser only.</summary>
    public static string Inject(string html, string? bannerHtml)
    {
        if (bannerHtml is not null)
        {
            var bodyStart = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
            var bodyOpenEnd = bodyStart >= 0 ? html.IndexOf('>', bodyStart) : -1;
            html = bodyOpenEnd >= 0 ? html.Insert(bodyOpenEnd + 1, bannerHtml) : bannerHtml + html;
        }
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end >= 0 ? html.Insert(end, Script) : html + Script;
    }
}
