using System.Buffers.Binary;
using System.Globalization;
using System.Xml;

namespace SiteGen.Markdown.Images;

/// <summary>An image's size in CSS pixels, as written on &lt;img width height&gt;.</summary>
public readonly record struct ImageDimensions(int Width, int Height);

/// <summary>
/// Reads an image's width and height from the start of its file, without a package and without reading the whole file:
/// PNG, GIF, JPEG (with its EXIF orientation), WebP and SVG. Anything else, or a file that does not parse, gives null.
/// </summary>
public static class ImageSize
{
    /// <summary>How far into a JPEG the size may be (past EXIF, ICC profiles and thumbnails) before we give up.</summary>
    private const int JpegSearchLimit = 1 << 20;

    private const int SvgCharacterLimit = 1 << 20;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The names of the formats read, for messages.</summary>
    public const string Formats = "PNG, GIF, JPEG, WebP or SVG";

    public static ImageDimensions? Read(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 4096, FileOptions.SequentialScan);
            Span<byte> head = stackalloc byte[32];
            var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..length];
            if (head.StartsWith(PngSignature) && length >= 24 && head[12..16].SequenceEqual("IHDR"u8))
            {
                return Positive(BinaryPrimitives.ReadUInt32BigEndian(head[16..]), BinaryPrimitives.ReadUInt32BigEndian(head[20..]));
            }
            if ((head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) && length >= 10)
            {
                return Positive(BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..]));
            }
            if (head.StartsWith("RIFF"u8) && length >= 30 && head[8..12].SequenceEqual("WEBP"u8))
            {
                return WebP(head);
            }
            if (length >= 2 && head[0] == 0xFF && head[1] == 0xD8)
            {
                stream.Position = 2;
                return Jpeg(stream);
            }
            stream.Position = 0;
            return Svg(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or XmlException)
        {
            return null;
        }
    }

    private static ImageDimensions? Positive(long width, long height) =>
        width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue ? new ImageDimensions((int)width, (int)height) : null;

    private static ImageDimensions? WebP(ReadOnlySpan<byte> head)
    {
        var chunk = head[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Lossy: a key frame's start code, then 14-bit width and height.
            return Positive(BinaryPrimitives.ReadUInt16LittleEndian(head[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(head[28..]) & 0x3FFF);
        }
        if (chunk.SequenceEqual("VP8L"u8) && head[20] == 0x2F)
        {
            // Lossless: after the signature byte, 14 bits of width - 1, then 14 bits of height - 1.
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(head[21..]);
            return Positive((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Extended: 24-bit canvas width - 1 and height - 1.
            return Positive((head[24] | (head[25] << 8) | (head[26] << 16)) + 1, (head[27] | (head[28] << 8) | (head[29] << 16)) + 1);
        }
        return null;
    }

    /// <summary>Walks the JPEG's segments to the first start-of-frame; an EXIF orientation that turns the picture a
    /// quarter (5 to 8) swaps width and height, as browsers show it.</summary>
    private static ImageDimensions? Jpeg(Stream stream)
    {
        Span<byte> marker = stackalloc byte[4];
        var quarterTurn = false;
        while (stream.Position < JpegSearchLimit && stream.ReadAtLeast(marker, 4, throwOnEndOfStream: false) == 4)
        {
            if (marker[0] != 0xFF)
            {
                return null;
            }
            var type = marker[1];
            var segment = BinaryPrimitives.ReadUInt16BigEndian(marker[2..]);
            if (segment < 2)
            {
                return null;
            }
            if (type is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                Span<byte> frame = stackalloc byte[5];
                if (stream.ReadAtLeast(frame, 5, throwOnEndOfStream: false) < 5)
                {
                    return null;
                }
                var height = BinaryPrimitives.ReadUInt16BigEndian(frame[1..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(frame[3..]);
                return quarterTurn ? Positive(height, width) : Positive(width, height);
            }
            var next = stream.Position + segment - 2;
            if (type == 0xE1 && segment >= 16)
            {
                var exif = new byte[Math.Min(segment - 2, 4096)];
                stream.ReadExactly(exif);
                quarterTurn = ExifOrientation(exif) is >= 5 and <= 8;
            }
            stream.Position = next;
        }
        return null;
    }

    /// <summary>Tag 0x0112 of the first image directory of an APP1 "Exif" segment, or 0.</summary>
    private static int ExifOrientation(ReadOnlySpan<byte> app1)
    {
        if (!app1.StartsWith("Exif\0\0"u8) || app1.Length < 14)
        {
            return 0;
        }
        var tiff = app1[6..];
        var little = tiff[0] == (byte)'I';
        int U16(ReadOnlySpan<byte> at) => little ? BinaryPrimitives.ReadUInt16LittleEndian(at) : BinaryPrimitives.ReadUInt16BigEndian(at);
        var directory = little ? BinaryPrimitives.ReadUInt32LittleEndian(tiff[4..]) : BinaryPrimitives.ReadUInt32BigEndian(tiff[4..]);
        if (directory > (uint)tiff.Length - 2)
        {
            return 0;
        }
        var entries = U16(tiff[(int)directory..]);
        for (var i = 0; i < entries; i++)
        {
            var entry = (int)directory + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                return 0;
            }
            if (U16(tiff[entry..]) == 0x0112)
            {
                return U16(tiff[(entry + 8)..]);
            }
        }
        return 0;
    }

    /// <summary>The root &lt;svg&gt;'s width and height when they are plain numbers or pixels, else its viewBox's.</summary>
    private static ImageDimensions? Svg(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = SvgCharacterLimit,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        using var reader = XmlReader.Create(stream, settings);
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg")
        {
            return null;
        }
        var width = Length(reader.GetAttribute("width"));
        var height = Length(reader.GetAttribute("height"));
        if (width is { } w && height is { } h)
        {
            return Positive((long)Math.Round(w), (long)Math.Round(h));
        }
        var box = reader.GetAttribute("viewBox")?.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (box is not { Length: 4 } ||
            !double.TryParse(box[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxWidth) ||
            !double.TryParse(box[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxHeight) ||
            boxWidth <= 0 || boxHeight <= 0)
        {
            return null;
        }
        // One of width and height given: the other follows the viewBox's proportions, as a browser draws it.
        return (width, height) switch
        {
            ({ } onlyWidth, null) => Positive((long)Math.Round(onlyWidth), (long)Math.Round(onlyWidth * boxHeight / boxWidth)),
            (null, { } onlyHeight) => Positive((long)Math.Round(onlyHeight * boxWidth / boxHeight), (long)Math.Round(onlyHeight)),
            _ => Positive((long)Math.Round(boxWidth), (long)Math.Round(boxHeight)),
        };
    }

    /// <summary>"120" or "120px" as a number; anything with another unit ("50%", "10em") is not a size in pixels.</summary>
    private static double? Length(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.EndsWith("px", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && number < int.MaxValue ? number : null;
    }
}
