using System.IO.Compression;

namespace SiteGen.Hosting;

/// <summary>
/// <c>build --compress</c>: a <c>.gz</c> and a <c>.br</c> sibling of every text file (HTML, CSS, JavaScript, JSON, XML,
/// SVG, plain text...), made with .NET's built-in GZip and Brotli, so a host serves them as they are (nginx gzip_static
/// and brotli_static, S3 with Content-Encoding) instead of compressing on each request. The bytes depend only on the
/// input: gzip's header carries no time or file name.
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

    /// <summary>Brotli's quality: measured on the benchmark's 1,000-page corpus (13.2 MB of text, one thread, a busy machine), quality 6
    /// took 0.5 s, as long as gzip at its smallest, for files 8% smaller than gzip's; quality 11 took 26 s (50 times as
    /// long, over 30 times the CPU of the whole build) for files 12% smaller than quality 6's, and quality 9 and 10 sat in between at
    /// 10 to 13 s. Quality 6 is also what nginx's brotli module uses when it compresses on the fly.</summary>
    public const int BrotliQuality = 6;

    public static byte[] Brotli(ReadOnlySpan<byte> bytes)
    {
        // Window 22 (Brotli's default, 4 MiB): what every browser decodes.
        using var encoder = new BrotliEncoder(BrotliQuality, window: 22);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        var status = encoder.Compress(bytes, output, out _, out var written, isFinalBlock: true);
        if (status != System.Buffers.OperationStatus.Done)
        {
            throw new InvalidOperationException($"Brotli could not compress {bytes.Length} bytes ({status})");
        }
        return output[..written];
    }
}
