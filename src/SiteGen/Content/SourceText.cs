using System.Text;

namespace SiteGen.Content;

/// <summary>Reads a text file strictly as UTF-8 (a BOM is allowed), with line endings normalised to \n.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics, long maxBytes = long.MaxValue)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > maxBytes)
            {
                diagnostics.Error(displayPath, 0, 0,
                    $"file is {info.Length / 1048576.0:0.0} MB, over the {maxBytes / 1048576} MB limit for a page; split it into several pages (or raise `max_page_mb` in site.yml)");
                return null;
            }
            bytes = File.ReadAllBytes(path);
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
        return Decode(bytes, displayPath, diagnostics);
    }

    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
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

    private static (int Line, int Column) Position(byte[] bytes, int start, int offset)
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
