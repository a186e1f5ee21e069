using System.Buffers;
using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Splits text into search words, exactly as search.js does (the contract is /work/search-spec.md "Tokens"; both sides
/// are tested against tests/SiteGen.Tests/Search/tokenizer-vectors.json):
/// NFKD, combining marks (Mn, Me) dropped, lowercased, final sigma folded to σ; a word is letters, digits and spacing
/// marks (L*, N*, Mc) with `_` only between them, followed by at most two `+`/`#` (c++, c#); Han, Hiragana and Katakana
/// runs give their overlapping bigrams; words are cut to 40 UTF-16 units (never inside a surrogate pair).
/// </summary>
public static class SearchTokenizer
{
    public const int MaxWordLength = 40;

    /// <summary>The tokens of <paramref name="text"/> in order, repeats kept.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        Tokenize(text, word => tokens.Add(word.ToString()));
        return tokens;
    }

    public delegate void WordHandler(ReadOnlySpan<char> word);

    /// <summary>Calls <paramref name="onWord"/> for every token; the span is only valid during the call.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, WordHandler onWord)
    {
        // ASCII stretches take the fast path; only the stretch around non-ASCII text, from the ASCII separator before it
        // to the one after it (no word, mark or decomposition crosses one), is folded and split the general way.
        while (true)
        {
            var other = text.IndexOfAnyExceptInRange('\0', '\u007f');
            if (other < 0)
            {
                SplitAscii(text, onWord);
                return;
            }
            var start = text[..other].LastIndexOfAny(AsciiSeparators) + 1;
            SplitAscii(text[..start], onWord);
            var length = text[other..].IndexOfAny(AsciiSeparators);
            var end = length < 0 ? text.Length : other + length;
            Split(Fold(text[start..end].ToString()), onWord);
            text = text[end..];
        }
    }

    /// <summary>ASCII characters that are never part of a word: everything but letters, digits, '_', '+' and '#'.</summary>
    private static readonly SearchValues<char> AsciiSeparators = SearchValues.Create(
        [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c) && c is not ('_' or '+' or '#'))]);

    /// <summary>The same rules for ASCII text (most pages), lowercasing as it goes: no copy of the text, no lookups.</summary>
    private static void SplitAscii(ReadOnlySpan<char> text, WordHandler onWord)
    {
        Span<char> word = stackalloc char[MaxWordLength];
        var i = 0;
        while (true)
        {
            while (i < text.Length && !char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }
            if (i >= text.Length)
            {
                return;
            }
            var length = 0;
            while (true)
            {
                for (; i < text.Length && char.IsAsciiLetterOrDigit(text[i]); i++)
                {
                    if (length < MaxWordLength)
                    {
                        word[length++] = (char)(text[i] | (char.IsAsciiLetterUpper(text[i]) ? 0x20 : 0));
                    }
                }
                var underscores = i;
                while (underscores < text.Length && text[underscores] == '_')
                {
                    underscores++;
                }
                if (underscores == i || underscores >= text.Length || !char.IsAsciiLetterOrDigit(text[underscores]))
                {
                    break;
                }
                for (; i < underscores; i++)
                {
                    if (length < MaxWordLength)
                    {
                        word[length++] = '_';
                    }
                }
            }
            for (var marks = 0; marks < 2 && i < text.Length && text[i] is '+' or '#'; marks++, i++)
            {
                if (length < MaxWordLength)
                {
                    word[length++] = text[i];
                }
            }
            onWord(word[..length]);
        }
    }

    /// <summary>Step 1: NFKD, combining marks dropped, lowercase, ς -> σ. ASCII text takes a fast path.</summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }
        var decomposed = text.IsNormalized(NormalizationForm.FormKD) ? text : text.Normalize(NormalizationForm.FormKD);
        var kept = new char[decomposed.Length];
        var length = 0;
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            // Combining marks start at U+0300; a surrogate pair is asked about as one code point.
            if (c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(decomposed, i) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                if (char.IsHighSurrogate(c) && i + 1 < decomposed.Length && char.IsLowSurrogate(decomposed[i + 1]))
                {
                    i++;
                }
                continue;
            }
            kept[length++] = c;
        }
        // One lowercasing of the whole text (simple case mapping: the length stays), not one per character.
        return new string(kept, 0, length).ToLowerInvariant().Replace('ς', 'σ');
    }

    private static void Split(string text, WordHandler onWord)
    {
        Span<char> bigram = stackalloc char[4];
        var i = 0;
        while (i < text.Length)
        {
            var kind = KindAt(text, i, out var width);
            if (kind == CharKind.Word)
            {
                i = ReadWord(text, i, onWord);
            }
            else if (kind == CharKind.NoSpaceScript)
            {
                var previousStart = -1;
                var previousWidth = 0;
                var runLength = 0;
                while (i < text.Length && KindAt(text, i, out width) == CharKind.NoSpaceScript)
                {
                    if (previousStart >= 0)
                    {
                        text.AsSpan(previousStart, previousWidth).CopyTo(bigram);
                        text.AsSpan(i, width).CopyTo(bigram[previousWidth..]);
                        onWord(bigram[..(previousWidth + width)]);
                    }
                    previousStart = i;
                    previousWidth = width;
                    runLength++;
                    i += width;
                }
                if (runLength == 1)
                {
                    onWord(text.AsSpan(previousStart, previousWidth));
                }
            }
            else
            {
                i += width;
            }
        }
    }

    /// <summary>Reads [L N Mc]+ (_+ [L N Mc]+)* [+#]{0,2} from <paramref name="start"/>; returns where it ended.</summary>
    private static int ReadWord(string text, int start, WordHandler onWord)
    {
        var end = start;
        while (true)
        {
            while (end < text.Length && KindAt(text, end, out var width) == CharKind.Word)
            {
                end += width;
            }
            var underscores = end;
            while (underscores < text.Length && text[underscores] == '_')
            {
                underscores++;
            }
            if (underscores > end && underscores < text.Length && KindAt(text, underscores, out _) == CharKind.Word)
            {
                end = underscores;
                continue;
            }
            break;
        }
        var next = end;
        if (end < text.Length && text[end] is '+' or '#')
        {
            end++;
            if (end < text.Length && text[end] is '+' or '#')
            {
                end++;
            }
            next = end;
        }
        var length = end - start;
        if (length > MaxWordLength)
        {
            length = char.IsHighSurrogate(text[start + MaxWordLength - 1]) ? MaxWordLength - 1 : MaxWordLength;
        }
        onWord(text.AsSpan(start, length));
        return next;
    }

    private enum CharKind { Other, Word, NoSpaceScript }

    private static CharKind KindAt(string text, int index, out int width)
    {
        var c = text[index];
        if (c < 0x80)
        {
            width = 1;
            return char.IsAsciiLetterOrDigit(c) ? CharKind.Word : CharKind.Other;
        }
        if (Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width) != OperationStatus.Done)
        {
            width = 1;
            return CharKind.Other;
        }
        var value = rune.Value;
        if (value is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x2FA1F)
            or (>= 0x3040 and <= 0x309F) or (>= 0x30A0 and <= 0x30FF))
        {
            return CharKind.NoSpaceScript;
        }
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.SpacingCombiningMark => CharKind.Word,
            _ => CharKind.Other,
        };
    }
}
