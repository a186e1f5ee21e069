using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>
/// Issue 10 case 11: what serve answers to request lines and headers a browser, a proxy or an attacker's page may send,
/// written byte for byte over a socket.
/// </summary>
public sealed class RequestHandlingTests : IAsyncLifetime
{
    private readonly TestSite _site = ServeSite.Create();
    private RunningServe _serve = null!;

    public async ValueTask InitializeAsync() => _serve = await RunningServe.StartAsync(_site);

    public async ValueTask DisposeAsync()
    {
        await _serve.DisposeAsync();
        _site.Dispose();
    }

    private int Port => _serve.Server.Address.Port;

    private string Fill(string text) => text.Replace("PORT", Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Sends <paramref name="head"/> (request line and headers, "PORT" replaced by the server's) and reads the whole answer.</summary>
    private async Task<RawResponse> Send(string head)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(RunningServe.Bound);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
        await using var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(Fill(head) + "Connection: close\r\n\r\n"), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(timeout.Token);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, "no complete response head:\n" + text);
        var lines = text[..split].Split("\r\n");
        var headers = lines.Skip(1).Select(l => l.Split(':', 2)).ToLookup(p => p[0].Trim(), p => p[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new RawResponse(int.Parse(lines[0].Split(' ')[1], CultureInfo.InvariantCulture), headers, text[(split + 4)..]);
    }

    private sealed record RawResponse(int Status, ILookup<string, string> Headers, string Body)
    {
        public override string ToString() => $"{Status}\n{string.Join("\n", Headers.SelectMany(h => h.Select(v => $"{h.Key}: {v}")))}\n\n{Body}";
    }

    [Fact]
    public async Task An_absolute_form_request_line_is_served_like_its_path()
    {
        var response = await Send("GET http://127.0.0.1:PORT/notes/beta/ HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n");
        Assert.True(response.Status == 200, response.ToString());
        Assert.Contains("Second note.", response.Body, StringComparison.Ordinal);

        var traversal = await Send("GET http://127.0.0.1:PORT/notes/%2e%2e/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\n");
        Assert.True(traversal.Status is 400 or 404, traversal.ToString());
        Assert.DoesNotContain("root:", traversal.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absolute_form_request_for_another_host_is_refused()
    {
        var response = await Send("GET http://attacker.example/wip/ HTTP/1.1\r\nHost: attacker.example\r\n");
        Assert.True(response.Status is 400 or 403, response.ToString());
        Assert.DoesNotContain("Soon.", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//notes", "/notes/")]
    [InlineData("///notes", "/notes/")]
    [InlineData("//notes?x=1", "/notes/")]
    [InlineData("/notes//", null)]
    public async Task A_folder_redirect_never_points_at_another_host(string target, string? location)
    {
        var response = await Send($"GET {target} HTTP/1.1\r\nHost: localhost\r\n");
        if (location is null)
        {
            Assert.True(response.Status != 301, response.ToString());
            return;
        }
        Assert.True(response.Status == 301, response.ToString());
        Assert.Equal(location, Assert.Single(response.Headers["Location"]));
    }

    [Theory]
    [InlineData("GET /notes/beta/ HTTP/1.1", 200)]
    [InlineData("HEAD /notes/beta/ HTTP/1.1", 200)]
    [InlineData("GET /missing HTTP/1.1", 404)]
    [InlineData("GET /notes HTTP/1.1", 301)]
    [InlineData("GET /../etc/passwd HTTP/1.1", 400)]
    [InlineData("POST /notes/ HTTP/1.1", 405)]
    public async Task Every_response_forbids_content_sniffing(string requestLine, int status)
    {
        var response = await Send(requestLine + "\r\nHost: localhost:PORT\r\nContent-Length: 0\r\n");
        Assert.True(response.Status == status, response.ToString());
        Assert.Equal("nosniff", Assert.Single(response.Headers["X-Content-Type-Options"]));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Other_methods_get_405_with_the_allowed_ones(string method)
    {
        var response = await Send($"{method} /notes/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n");
        Assert.True(response.Status == 405, response.ToString());
        Assert.Equal("GET, HEAD", Assert.Single(response.Headers["Allow"]));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:PORT")]
    [InlineData("LocalHost:PORT")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:PORT")]
    [InlineData("[::1]")]
    [InlineData("[::1]:PORT")]
    [InlineData("localhost:8080")]
    public async Task Loopback_names_are_served(string host)
    {
        var response = await Send($"GET /wip/ HTTP/1.1\r\nHost: {host}\r\n");
        Assert.True(response.Status == 200, response.ToString());
        Assert.Contains("Soon.", response.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:PORT")]
    [InlineData("localhost.attacker.example:PORT")]
    [InlineData("127.0.0.1.nip.io:PORT")]
    [InlineData("192.168.1.20:PORT")]
    [InlineData("[::2]:PORT")]
    public async Task Other_host_names_are_refused_while_bound_to_loopback(string host)
    {
        // DNS rebinding: a page on attacker.example points its name at 127.0.0.1 and reads the drafts.
        foreach (var path in new[] { "/wip/", "/notes/", "/__sitegen/events", "/missing" })
        {
            var response = await Send($"GET {path} HTTP/1.1\r\nHost: {host}\r\n");
            Assert.True(response.Status == 403, path + "\n" + response);
            Assert.DoesNotContain("Soon.", response.Body, StringComparison.Ordinal);
            Assert.Contains("Host", response.Body, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers["X-Content-Type-Options"]));
        }
    }

    [Fact]
    public async Task Error_excerpts_are_not_shown_to_another_host()
    {
        await _serve.EditAndWaitFor("site-content/notes/beta.md", "---\ntitle: Beta\nweight: secret-excerpt\n---\nBody\n", "/notes/beta/",
            (status, body) => status == HttpStatusCode.InternalServerError && body.Contains("secret-excerpt", StringComparison.Ordinal), "the error page");
        var response = await Send("GET /notes/beta/ HTTP/1.1\r\nHost: attacker.example\r\n");
        Assert.True(response.Status == 403, response.ToString());
        Assert.DoesNotContain("secret-excerpt", response.Body, StringComparison.Ordinal);
    }
}
