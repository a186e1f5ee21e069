namespace SiteGen.Serve;

/// <summary>Maps a request path to a file of the built site, refusing anything that tries to leave it.</summary>
public static class RequestPath
{
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
