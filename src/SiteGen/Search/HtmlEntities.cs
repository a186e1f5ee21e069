using System.Globalization;
using System.Text;

namespace SiteGen.Search;

/// <summary>Decodes one character reference of a page's HTML for the search text: numeric ones, and the named ones
/// SiteGen's Markdown and templates write plus common typographic ones; anything else stays as written.</summary>
public static class HtmlEntities
{
    private static readonly Dictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> Named = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["amp"] = '&',
        ["lt"] = '<',
        ["gt"] = '>',
        ["quot"] = '"',
        ["apos"] = '\'',
        ["nbsp"] = '\u00A0',
        ["ndash"] = '–',
        ["mdash"] = '—',
        ["hellip"] = '…',
        ["lsquo"] = '‘',
        ["rsquo"] = '’',
        ["ldquo"] = '“',
        ["rdquo"] = '”',
        ["laquo"] = '«',
        ["raquo"] = '»',
        ["copy"] = '©',
        ["reg"] = '®',
        ["trade"] = '™',
        ["times"] = '×',
        ["middot"] = '·',
        ["bull"] = '•',
        ["euro"] = '€',
        ["pound"] = '£',
        ["deg"] = '°',
        ["shy"] = '\u00AD',
        ["zwj"] = '\u200D',
        ["zwnj"] = '\u200C',
        ["larr"] = '←',
        ["rarr"] = '→',
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Decodes the reference at <paramref name="at"/> (an '&amp;') into <paramref name="into"/> (2 chars).</summary>
    /// <returns>The index after the reference; after the '&amp;' alone when it is not one.</returns>
    public static int Decode(ReadOnlySpan<char> html, int at, Span<char> into, out int written)
    {
        var rest = html[(at + 1)..];
        var semicolon = rest[..Math.Min(rest.Length, 33)].IndexOf(';');
        if (semicolon > 0)
        {
            var name = rest[..semicolon];
            if (name[0] == '#')
            {
                var hex = name.Length > 1 && name[1] is 'x' or 'X';
                var digits = name[(hex ? 2 : 1)..];
                if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
                {
                    var rune = code is > 0 and <= 0x10FFFF && !(code is >= 0xD800 and <= 0xDFFF) ? new Rune(code) : Rune.ReplacementChar;
                    written = rune.EncodeToUtf16(into);
                    return at + 1 + semicolon + 1;
                }
            }
            else if (Named.TryGetValue(name, out var c))
            {
                into[0] = c;
                written = 1;
                return at + 1 + semicolon + 1;
            }
        }
        into[0] = '&';
        written = 1;
        return at + 1;
    }
}
