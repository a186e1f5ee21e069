namespace SiteGen.Content;

/// <summary>Site-relative URL paths ("/roles/api-developer/") and the output file each one is written to.</summary>
public static class UrlPath
{
    /// <summary>A path from the site root that cannot leave the output folder.</summary>
    public static bool IsSafe(string url)
    {
        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal) || url.Contains('\\') || url.Contains(':') ||
            url.Contains('?') || url.Contains('#') || url.Contains('%') || url.Any(char.IsControl))
        {
            return false;
        }
        return url.Split('/').All(segment => segment is not ("." or ".."));
    }

    /// <summary>"/about" becomes "/about/"; "/404.html" stays as it is.</summary>
    public static string Normalize(string url) =>
        url.EndsWith('/') || HasExtension(url) ? url : url + "/";

    /// <summary>The output file of a URL path: "/a/b/" -> "a/b/index.html", "/404.html" -> "404.html".</summary>
    public static string ToOutputFile(string url) =>
        url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    public static bool HasExtension(string url)
    {
        var last = url[(url.LastIndexOf('/') + 1)..];
        return last.Contains('.');
    }

    /// <summary>The parent path: "/a/b/" -> "/a/", "/a/x.html" -> "/a/", "/" -> null.</summary>
    public static string? Parent(string url)
    {
        if (url == "/")
        {
            return null;
        }
        var trimmed = url.EndsWith('/') ? url[..^1] : url;
        return trimmed[..(trimmed.LastIndexOf('/') + 1)];
    }
}
