using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace SiteGen.Markdown;

/// <summary>
/// Counts the words of a text: runs of characters that are not white space (<see cref="char.IsWhiteSpace(char)"/>).
/// </summary>
/// <remarks>
/// Measured: a character-by-character loop took about 12 us on a 4 KB page, a tenth of rendering it. This looks at
/// 16 characters at a time: for a block of ASCII it marks the white space (' ' and '\t' to '\r', the only ASCII
/// white space) as 16 bits and counts the word starts (a non-space bit after a space bit) with one popcount; a block
/// with any other character goes through char.IsWhiteSpace one character at a time.
/// </remarks>
public static class WordCount
{
    public static int Of(string text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        var count = 0;
        var previousIsSpace = true;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var space = Vector256.Create((ushort)' ');
            var tab = Vector256.Create((ushort)'\t');
            var tabToReturn = Vector256.Create((ushort)('\r' - '\t'));
            var nonAscii = Vector256.Create((ushort)0xFF80);
            for (; i + 16 <= chars.Length; i += 16)
            {
                var block = Vector256.Create(chars.Slice(i, 16));
                uint spaces;
                if ((block & nonAscii) == Vector256<ushort>.Zero)
                {
                    spaces = Vector256.ExtractMostSignificantBits(
                        Vector256.Equals(block, space) | Vector256.LessThanOrEqual(block - tab, tabToReturn));
                }
                else
                {
                    spaces = 0;
                    for (var k = 0; k < 16; k++)
                    {
                        spaces |= char.IsWhiteSpace((char)chars[i + k]) ? 1u << k : 0;
                    }
                }
                // Bit k of `after` says whether the character before k is white space.
                var after = (spaces << 1) | (previousIsSpace ? 1u : 0u);
                count += BitOperations.PopCount(~spaces & after & 0xFFFF);
                previousIsSpace = (spaces & 0x8000) != 0;
            }
        }
        for (; i < chars.Length; i++)
        {
            var isSpace = char.IsWhiteSpace((char)chars[i]);
            if (!isSpace && previousIsSpace)
            {
                count++;
            }
            previousIsSpace = isSpace;
        }
        return count;
    }
}
