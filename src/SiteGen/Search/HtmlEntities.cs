using System.Net;

namespace SiteGen.Search;

/// <summary>
/// Decodes one character reference of a page's HTML for the search text. The references SiteGen's Markdown writes
/// (`&amp;amp;`, `&amp;lt;`, `&amp;gt;`, `&amp;quot;`) are decoded here without allocating; any other one (numeric, or
/// a named one an author wrote in raw HTML, like `caf&amp;eacute;`) by .NET's <see cref="WebUtility.HtmlDecode(string)"/>,
/// as the link scanner does. Anything that is not a reference stays as written.
/// </summary>
public static class HtmlEntities
{
    /// <summary>The longest reference looked for, `&amp;` and `;` included.</summary>
    private const int MaxLength = 34;

    /// <summary>Decodes the reference at <paramref name="at"/> (an '&amp;') into <paramref name="into"/> (2 chars).</summary>
    /// <returns>The index after the reference; after the '&amp;' alone when it is not one.</returns>
    public static int Decode(ReadOnlySpan<char> html, int at, Span<char> into, out int written)
    {
        var rest = html[(at + 1)..];
        var semicolon = rest[..Math.Min(rest.Length, MaxLength - 1)].IndexOf(';');
        if (semicolon > 0)
        {
            var end = at + 1 + semicolon + 1;
            char? common = rest[..semicolon] switch
            {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                _ => null,
            };
            if (common is { } c)
            {
                into[0] = c;
                written = 1;
                return end;
            }
            var reference = html[at..end].ToString();
            var decoded = WebUtility.HtmlDecode(reference);
            if (decoded != reference && decoded.Length <= into.Length)
            {
                decoded.CopyTo(into);
                written = decoded.Length;
                return end;
            }
        }
        into[0] = '&';
        written = 1;
        return at + 1;
    }
}
