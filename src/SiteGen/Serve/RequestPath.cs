namespace SiteGen.Serve;

/// <summary>Maps a request path to a file of the built site, refusing anything that tries to leave it.</summary>
public static class RequestPath
{
    /// <summary>
    /// The path of a request target, still percent-encoded, without its query: "/x" for the origin form "/x?y" and for
    /// the absolute form "http://127.0.0.1:1313/x" that HTTP/1.1 servers must accept too (RFC 9112, section 3.2.2).
    /// </summary>
    public static string OfTarget(string target)
    {
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        if (!target.StartsWith('/') && scheme > 0 && target[..scheme] is var name &&
            (name.Equals("http", StringComparison.OrdinalIgnoreCase) || name.Equals("https", StringComparison.OrdinalIgnoreCase)))
        {
            var pathStart = target.IndexOfAny(['/', '?', '#'], scheme + 3);
            target = pathStart >= 0 && target[pathStart] == '/' ? target[pathStart..] : "/";
        }
        var end = target.IndexOfAny(['?', '#']);
        return end >= 0 ? target[..end] : target;
    }

    /// <summary>
    /// Where a folder asked for without its trailing slash redirects: repeated slashes become one, since a Location
    /// starting with "//" would send the browser to another host ("//roles/" is the host "roles").
    /// </summary>
    public static string FolderRedirect(string rawPath)
    {
        var collapsed = new System.Text.StringBuilder(rawPath.Length + 1);
        foreach (var c in rawPath)
        {
            if (c != '/' || collapsed.Length == 0 || collapsed[^1] != '/')
            {
                collapsed.Append(c);
            }
        }
        return collapsed.Append('/').ToString();
    }

    /// <param name="rawPath">the path as sent, still percent-encoded.</param>
    /// <returns>The file inside the site ("roles/index.html"), or null with why the request is refused.</returns>
    public static (string? File, string? Refusal) Resolve(string rawPath)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(rawPath);
            // Decode twice to catch double-encoded traversal (%252e%252e).
            if (Uri.UnescapeDataString(decoded) != decoded && Uri.UnescapeDataString(decoded).Contains("..", StringComparison.Ordinal))
            {
                return (null, "encoded traversal");
            }
        }
        catch (UriFormatException)
        {
            return (null, "bad encoding");
        }
        if (!decoded.StartsWith('/') || decoded.Contains('\\') || decoded.Contains('\0') || decoded.Contains(':') ||
            decoded.Split('/').Any(s => s is ".." or "."))
        {
            return (null, "path leaves the site");
        }
        var file = decoded.TrimStart('/');
        return (file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file, null);
    }
}
