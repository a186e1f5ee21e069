using System.Globalization;
using System.Text;

namespace SiteGen.Content;

/// <summary>
/// The URL segment of a file name, a folder name or a page title. A name that is already URL-friendly (lowercase ASCII
/// letters, digits, '-', '_', '.') is kept as it is. Any other name is made a slug (<see cref="Slug.Make"/>), except
/// that symbols that tell names apart are spelled as words: '+' is "plus" (C++ is c-plus-plus, clang++ is
/// clang-plus-plus) and '#' after a letter or digit is "sharp" (C# is c-sharp). A name with no letter or digit spells
/// every symbol ("!" is exclamation, "[" is left-bracket, "€" is u20ac), so no two such names share a URL.
/// The result holds only letters, digits and '-': no '+', '%' or space, which hosts and object stores decode differently.
/// </summary>
public static class UrlSegment
{
    public static string Of(string name)
    {
        if (IsUrlFriendly(name))
        {
            return name;
        }
        var slug = Slug.Make(SpellMeaningfulSymbols(name));
        return slug.Length > 0 ? slug : SpellEverySymbol(name);
    }

    /// <summary>The segment of a title (`new skill "C++"`): like <see cref="Of"/>, but always a slug (no '_' or '.').</summary>
    public static string OfTitle(string title)
    {
        var slug = Slug.Make(SpellMeaningfulSymbols(title));
        return slug.Length > 0 ? slug : SpellEverySymbol(title);
    }

    /// <summary>Names kept as they are: lowercase ASCII letters, digits, '-', '_' and '.', not only dots.</summary>
    public static bool IsUrlFriendly(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.') && name.Trim('.').Length > 0;

    private static string SpellMeaningfulSymbols(string name)
    {
        if (name.IndexOfAny(['+', '#']) < 0)
        {
            return name;
        }
        var builder = new StringBuilder(name.Length + 16);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '+')
            {
                builder.Append(" plus ");
            }
            else if (c == '#' && i > 0 && char.IsLetterOrDigit(name[i - 1]))
            {
                builder.Append(" sharp ");
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static string SpellEverySymbol(string name)
    {
        var words = new List<string>();
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                continue;
            }
            words.Add(rune.IsAscii && SymbolNames.TryGetValue((char)rune.Value, out var word)
                ? word
                : "u" + rune.Value.ToString("x4", CultureInfo.InvariantCulture));
        }
        return words.Count > 0 ? string.Join('-', words) : "page";
    }

    private static readonly Dictionary<char, string> SymbolNames = new()
    {
        ['!'] = "exclamation",
        ['"'] = "quote",
        ['#'] = "hash",
        ['$'] = "dollar",
        ['%'] = "percent",
        ['&'] = "ampersand",
        ['\''] = "apostrophe",
        ['('] = "left-paren",
        [')'] = "right-paren",
        ['*'] = "asterisk",
        ['+'] = "plus",
        [','] = "comma",
        ['-'] = "dash",
        ['.'] = "dot",
        ['/'] = "slash",
        [':'] = "colon",
        [';'] = "semicolon",
        ['<'] = "less-than",
        ['='] = "equals",
        ['>'] = "greater-than",
        ['?'] = "question",
        ['@'] = "at",
        ['['] = "left-bracket",
        ['\\'] = "backslash",
        [']'] = "right-bracket",
        ['^'] = "caret",
        ['_'] = "underscore",
        ['`'] = "backtick",
        ['{'] = "left-brace",
        ['|'] = "pipe",
        ['}'] = "right-brace",
        ['~'] = "tilde",
    };
}
