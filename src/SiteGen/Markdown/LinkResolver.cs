using SiteGen.Content;

namespace SiteGen.Markdown;

/// <summary>
/// Turns links written in Markdown into URLs: a relative source path to a .md file becomes the target page's URL,
/// a root-relative link gets the base path. Links to missing pages are diagnostics with the link's position.
/// </summary>
public sealed class LinkResolver(
    IReadOnlyDictionary<string, Page> pagesByContentPath,
    ContentLoader.Loaded loaded,
    Func<string, string> displayContentPath,
    string basePath)
{
    /// <returns>The href to write, or null to leave the link as it is.</returns>
    /// <param name="targets">collects every .md target with the URL it resolved to (null when missing).</param>
    public string? Rewrite(Page page, string? url, int line, int column, DiagnosticBag diagnostics, List<(string Target, string? Path)> targets)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith('#') || HasScheme(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }
        var hashIndex = url.IndexOf('#');
        var pathPart = hashIndex >= 0 ? url.AsSpan(0, hashIndex) : url;
        var queryIndex = pathPart.IndexOf('?');
        if (queryIndex >= 0)
        {
            pathPart = pathPart[..queryIndex];
        }
        if (!pathPart.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return url.StartsWith('/') ? basePath + url : url;
        }
        var decoded = Uri.UnescapeDataString(pathPart);
        if (decoded.Contains('\0', StringComparison.Ordinal))
        {
            // No file name holds a NUL, and the path functions throw on one (found by the property tests).
            diagnostics.Error(page.SourceFile ?? page.Path, line, column, $"broken link '{url}': a file name cannot contain a NUL character (%00)");
            return null;
        }
        var target = Resolve(page.ContentPath ?? "", decoded);
        if (target is null)
        {
            diagnostics.Error(page.SourceFile ?? page.Path, line, column, $"link '{url}' goes above the content folder; link to a page inside it");
            return null;
        }
        if (pagesByContentPath.TryGetValue(target, out var targetPage))
        {
            targets.Add((target, targetPage.Path));
            return string.Concat(basePath, targetPage.Path, hashIndex >= 0 ? url.AsSpan(hashIndex) : "");
        }
        targets.Add((target, null));
        var shown = displayContentPath(target);
        var reason = loaded.Drafts.Contains(target)
            ? $"links to the draft page {shown}, which this build leaves out (build with --drafts, or remove the link)"
            : loaded.Failed.Contains(target)
                ? $"links to {shown}, which has errors of its own (see them in this list)"
                : $"links to {shown}, which does not exist; check the file name (paths are relative to this file)";
        diagnostics.Error(page.SourceFile ?? page.Path, line, column, $"broken link '{url}': {reason}");
        return null;
    }

    /// <summary>True when every recorded target still resolves to the same URL (so a cached render is still right).</summary>
    public bool SameTargets(IReadOnlyList<(string Target, string? Path)> targets) =>
        targets.All(t => (pagesByContentPath.TryGetValue(t.Target, out var page) ? page.Path : null) == t.Path);

    /// <summary>"roles/a.md" + "../skills/b.md" = "skills/b.md"; null when it leaves the content folder.</summary>
    public static string? Resolve(string fromContentPath, string relative)
    {
        // The result is built in place: the folder of fromContentPath, then each segment of relative ('..' drops one).
        var buffer = fromContentPath.Length + relative.Length + 1 <= 512
            ? stackalloc char[512]
            : new char[fromContentPath.Length + relative.Length + 1];
        var length = 0;
        if (!relative.StartsWith('/'))
        {
            length = Math.Max(fromContentPath.LastIndexOf('/'), 0);
            fromContentPath.AsSpan(0, length).CopyTo(buffer);
        }
        foreach (var range in relative.AsSpan().Split('/'))
        {
            var segment = relative.AsSpan(range);
            if (segment is "" or ".")
            {
                continue;
            }
            if (segment is "..")
            {
                if (length == 0)
                {
                    return null;
                }
                length = Math.Max(buffer[..length].LastIndexOf('/'), 0);
                continue;
            }
            if (length > 0)
            {
                buffer[length++] = '/';
            }
            segment.CopyTo(buffer[length..]);
            length += segment.Length;
        }
        return new string(buffer[..length]);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }
        var slash = url.IndexOf('/');
        if (slash >= 0 && slash < colon)
        {
            return false;
        }
        foreach (var c in url.AsSpan(0, colon))
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }
}
