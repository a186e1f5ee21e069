using System.Buffers;
using System.Text;

namespace SiteGen.Content;

/// <summary>Reads a text file strictly as UTF-8 (a BOM is allowed), with line endings normalised to \n.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <remarks>One open per file: the length comes from the open handle (no separate stat of the path), and the bytes
    /// go through a pooled buffer straight into the decoded string.</remarks>
    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics, long maxBytes = long.MaxValue)
    {
        byte[]? buffer = null;
        try
        {
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                diagnostics.Error(displayPath, 0, 0,
                    $"file is {length / 1048576.0:0.0} MB, over the {maxBytes / 1048576} MB limit for a page; split it into several pages (or raise `max_page_mb` in site.yml)");
                return null;
            }
            if (length > Array.MaxLength)
            {
                throw new IOException($"file is too large to read ({length} bytes)");
            }
            buffer = ArrayPool<byte>.Shared.Rent((int)length);
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var count and > 0)
            {
                read += count;
            }
            return Decode(buffer.AsSpan(0, read), displayPath, diagnostics);
        }
        catch (IOException ex)
        {
            diagnostics.Error(displayPath, 0, 0, "cannot read file: " + ex.Message);
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Error(displayPath, 0, 0, "cannot read file: " + ex.Message);
            return null;
        }
        finally
        {
            if (buffer is { Length: > 0 })
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes[start..]);
            return text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(ex.Index, 0);
            var (line, column) = Position(bytes, start, offset);
            diagnostics.Error(displayPath, line, column,
                $"file is not valid UTF-8 (byte 0x{bytes[Math.Min(offset, bytes.Length - 1)]:X2} at offset {offset}); save it as UTF-8 in your editor");
            return null;
        }
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, offset - lineStart + 1);
    }
}
