using System.Net;

namespace SiteGen.Serve;

/// <summary>
/// Which Host headers serve answers. Bound to a loopback address, only requests for localhost, 127.0.0.1, [::1] or the
/// bound address (any port, so an SSH tunnel or a forwarded port still works): otherwise a page on another site could
/// point its own name at 127.0.0.1 (DNS rebinding) and read the drafts and error excerpts serve shows. Bound to any
/// other address the server is reachable under names it cannot know, so every Host is answered.
/// </summary>
public sealed class HostFilter
{
    private readonly IPAddress? _bound;

    private HostFilter(IPAddress? bound) => _bound = bound;

    /// <returns>The filter for a server listening on <paramref name="host"/> ("localhost" or an IP address); null when
    /// that address is not loopback and every Host is answered.</returns>
    public static HostFilter? For(string host)
    {
        if (host == "localhost")
        {
            return new HostFilter(null);
        }
        var address = IPAddress.Parse(host);
        return IPAddress.IsLoopback(address) ? new HostFilter(address) : null;
    }

    /// <param name="hostHeader">the Host header as sent: "localhost:1313", "[::1]", "127.0.0.1".</param>
    public bool Allows(string? hostHeader)
    {
        if (string.IsNullOrEmpty(hostHeader))
        {
            return false;
        }
        var name = NameOf(hostHeader);
        if (name is null)
        {
            return false;
        }
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(name, out var address) &&
            (address.Equals(IPAddress.Loopback) || address.Equals(IPAddress.IPv6Loopback) || address.Equals(_bound));
    }

    /// <returns>The host without its port ("::1" for "[::1]:1313"); null when the port is not a number.</returns>
    private static string? NameOf(string hostHeader)
    {
        string name;
        string port;
        if (hostHeader.StartsWith('['))
        {
            var close = hostHeader.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return null;
            }
            name = hostHeader[1..close];
            port = hostHeader[(close + 1)..];
            if (!name.Contains(':', StringComparison.Ordinal))
            {
                return null;
            }
        }
        else
        {
            var colon = hostHeader.IndexOf(':', StringComparison.Ordinal);
            name = colon < 0 ? hostHeader : hostHeader[..colon];
            port = colon < 0 ? "" : hostHeader[colon..];
        }
        return port.Length == 0 || (port[0] == ':' && port.Length > 1 && port[1..].All(char.IsAsciiDigit)) ? name : null;
    }
}
