namespace SiteGen.Serve;

/// <summary>Maps a request path to a file of the built site, refusing anything that tries to leave it.</summary>
public static class RequestPath
{
    public enum Outcome
    {
        File,
        Redirect,
        BadRequest,
    }

    /// <param name="rawPath">the path as sent, still percent-encoded.</param>
    public static (Outcome Outcome, string Value) Resolve(string rawPath, string basePath)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(rawPath);
            // Decode twice to catch double-encoded traversal (%252e%252e).
            if (Uri.UnescapeDataString(decoded) != decoded && Uri.UnescapeDataString(decoded).Contains("..", StringComparison.Ordinal))
            {
                return (Outcome.BadRequest, "encoded traversal");
            }
        }
        catch (UriFormatException)
        {
            return (Outcome.BadRequest, "bad encoding");
        }
        if (!decoded.StartsWith('/') || decoded.Contains('\\') || decoded.Contains('\0') || decoded.Contains(':') ||
            decoded.Split('/').Any(s => s is ".." or "."))
        {
            return (Outcome.BadRequest, "path leaves the site");
        }
        if (basePath.Length > 0)
        {
            if (decoded == basePath)
            {
                return (Outcome.Redirect, basePath + "/");
            }
            if (!decoded.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                return (Outcome.File, "");
            }
            decoded = decoded[basePath.Length..];
        }
        var file = decoded.TrimStart('/');
        if (file.Length == 0 || file.EndsWith('/'))
        {
            file += "index.html";
        }
        return (Outcome.File, file);
    }
}
