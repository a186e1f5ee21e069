using System.Collections.Concurrent;
using SiteGen.Content;

namespace SiteGen.Markdown.Images;

/// <summary>
/// The site's static files by output path, so an image's URL leads to the file it is copied from, and the size of each
/// image file, read once however many pages show it (serve keeps the sizes while the file's stamp stays the same).
/// </summary>
public sealed class ImageFiles
{
    private readonly Dictionary<string, string> _sourceByOutput;
    private readonly ConcurrentDictionary<string, (FileStamp Stamp, ImageDimensions? Size)> _sizes;

    /// <param name="sizes">serve's sizes from the last build, or null for a fresh set.</param>
    public ImageFiles(IReadOnlyList<StaticFile> staticFiles, ConcurrentDictionary<string, (FileStamp Stamp, ImageDimensions? Size)>? sizes = null)
    {
        _sourceByOutput = new Dictionary<string, string>(staticFiles.Count, StringComparer.Ordinal);
        foreach (var file in staticFiles)
        {
            _sourceByOutput[file.OutputPath] = file.SourcePath;
        }
        _sizes = sizes ?? new(StringComparer.Ordinal);
    }

    /// <summary>No static files at all (tests and tools that render Markdown alone).</summary>
    public static ImageFiles None { get; } = new([]);

    /// <summary>The source file of a local image URL written on the page at <paramref name="pagePath"/> ("/roles/a/"),
    /// or null when the URL is not local or names no static file (the link check reports a missing one).</summary>
    /// <param name="output">the static file's output path ("img/a.png"), whose edits serve tracks as "static:img/a.png".</param>
    public string? SourceOf(string pagePath, string url, out string output)
    {
        output = "";
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url) ||
            !Uri.TryCreate("http://site" + pagePath, UriKind.Absolute, out var page) || !Uri.TryCreate(page, url, out var resolved))
        {
            return null;
        }
        output = Uri.UnescapeDataString(resolved.AbsolutePath).TrimStart('/');
        return _sourceByOutput.GetValueOrDefault(output);
    }

    /// <summary>"https:", "data:" and the like: a colon before any '/', '?' or '#'.</summary>
    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && url.AsSpan(0, colon).IndexOfAny('/', '?', '#') < 0;
    }

    /// <summary>The image's size, or null when its format is not one <see cref="ImageSize"/> reads.</summary>
    public ImageDimensions? SizeOf(string sourcePath)
    {
        var stamp = FileStamp.Of(sourcePath);
        if (_sizes.TryGetValue(sourcePath, out var known) && known.Stamp == stamp)
        {
            return known.Size;
        }
        var size = ImageSize.Read(sourcePath);
        _sizes[sourcePath] = (stamp, size);
        return size;
    }
}
