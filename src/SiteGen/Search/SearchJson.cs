using System.Buffers;
using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Writes the index's compact JSON straight as UTF-8: no whitespace, keys in the order written, integers in invariant
/// form, strings escaped only where JSON requires it (quote, backslash, control characters, lone surrogates) so text in
/// any script stays as short as its UTF-8.
/// </summary>
public sealed class SearchJson
{
    private static readonly SearchValues<char> AsciiEscapes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c), '"', '\\']);

    private readonly ArrayBufferWriter<byte> _bytes;

    public SearchJson(int capacity = 256) => _bytes = new ArrayBufferWriter<byte>(capacity);

    public int Length => _bytes.WrittenCount;

    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();

    public ReadOnlySpan<byte> Written => _bytes.WrittenSpan;

    public void Clear() => _bytes.ResetWrittenCount();

    /// <summary>Punctuation and keys SiteGen spells itself (ASCII only).</summary>
    public SearchJson Raw(string ascii)
    {
        var span = _bytes.GetSpan(ascii.Length);
        for (var i = 0; i < ascii.Length; i++)
        {
            span[i] = (byte)ascii[i];
        }
        _bytes.Advance(ascii.Length);
        return this;
    }

    public SearchJson Raw(char ascii)
    {
        _bytes.GetSpan(1)[0] = (byte)ascii;
        _bytes.Advance(1);
        return this;
    }

    /// <summary>JSON written elsewhere, as it is.</summary>
    public SearchJson Bytes(ReadOnlySpan<byte> json)
    {
        json.CopyTo(_bytes.GetSpan(json.Length));
        _bytes.Advance(json.Length);
        return this;
    }

    public SearchJson Number(int value)
    {
        var span = _bytes.GetSpan(11);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        _bytes.Advance(written);
        return this;
    }

    public SearchJson String(ReadOnlySpan<char> text)
    {
        Raw('"');
        if (text.IndexOfAny(AsciiEscapes) < 0 && text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            // Most text: nothing to escape, encoded in one call.
            Utf8(text);
            return Raw('"');
        }
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = c < 0x20 || c is '"' or '\\'
                || (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
                || (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));
            if (!escape)
            {
                continue;
            }
            Utf8(text[start..i]);
            Raw(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
            start = i + 1;
        }
        Utf8(text[start..]);
        return Raw('"');
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }
        var span = _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        _bytes.Advance(Encoding.UTF8.GetBytes(text, span));
    }
}
