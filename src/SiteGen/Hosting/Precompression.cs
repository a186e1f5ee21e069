using System.IO.Compression;

namespace SiteGen.Hosting;

/// <summary>
/// <c>build --compress</c>: a <c>.gz</c> and a <c>.br</c> sibling of every text file (HTML, CSS, JavaScript, JSON, XML,
/// SVG, plain text...), at the smallest size .NET's built-in GZip and Brotli make, so a host serves them as they are
/// (nginx gzip_static and brotli_static, S3 with Content-Encoding) instead of compressing on each request. The bytes
/// depend only on the input: gzip's header carries no time or file name.
/// </summary>
public static class Precompression
{
    public static readonly string[] Suffixes = [".gz", ".br"];

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".css", ".js", ".mjs", ".json", ".xml", ".atom", ".rss", ".svg", ".txt", ".md", ".csv", ".map", ".webmanifest", ".ics",
    };

    /// <summary>Whether a file of the output gets compressed siblings (by its extension).</summary>
    public static bool IsText(string outputPath) => TextExtensions.Contains(Path.GetExtension(outputPath));

    public static byte[] Gzip(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return buffer.ToArray();
    }

    public static byte[] Brotli(ReadOnlySpan<byte> bytes)
    {
        // Quality 11 (the most), window 22 (Brotli's default, 4 MiB): what every browser decodes.
        using var encoder = new BrotliEncoder(quality: 11, window: 22);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        var status = encoder.Compress(bytes, output, out _, out var written, isFinalBlock: true);
        if (status != System.Buffers.OperationStatus.Done)
        {
            throw new InvalidOperationException($"Brotli could not compress {bytes.Length} bytes ({status})");
        }
        return output[..written];
    }
}
