using System.Net;
using SiteGen.Html;

namespace SiteGen.Benchmarks.Stages;

/// <summary>
/// A prototype for the engine, measured against <see cref="HtmlLinkScanner"/> in <see cref="PageStageBenchmarks"/>:
/// the same answer (ids; href and src values, entity-decoded and trimmed; comments, scripts and styles skipped) from
/// one forward pass over the string with IndexOf, without regular expressions, Match or Group objects, and without
/// substrings for attributes other than id, href and src. <see cref="PageStageBenchmarks"/> checks on every page of
/// its corpus that both scanners agree.
/// </summary>
public static class SpanLinkScanner
{
    public static PageLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        var length = html.Length;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }
                i = close + 3;
                continue;
            }
            var j = i + 1;
            if (j >= length || !char.IsAsciiLetter(html[j]))
            {
                i = j;
                continue;
            }
            var nameStart = j;
            while (j < length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] == '-'))
            {
                j++;
            }
            var name = html.AsSpan(nameStart, j - nameStart);
            var end = ScanAttributes(html, j, ids, references);
            if (end < 0)
            {
                i = j;
                continue;
            }
            i = end;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var closing = html.IndexOf("</" + name.ToString(), i, StringComparison.OrdinalIgnoreCase);
                var gt = closing < 0 ? -1 : html.IndexOf('>', closing);
                if (gt < 0)
                {
                    break;
                }
                i = gt + 1;
            }
        }
        return new PageLinks(ids, references);
    }

    /// <returns>The index after the tag's '>', or -1 when the tag is malformed (then it is not a tag).</returns>
    private static int ScanAttributes(string html, int i, HashSet<string> ids, List<string> references)
    {
        var length = html.Length;
        while (true)
        {
            var spaced = i < length && char.IsWhiteSpace(html[i]);
            while (i < length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }
            if (i >= length)
            {
                return -1;
            }
            if (html[i] == '>')
            {
                return i + 1;
            }
            if (html[i] == '/' && i + 1 < length && html[i + 1] == '>')
            {
                return i + 2;
            }
            if (!spaced)
            {
                return -1;
            }
            var nameStart = i;
            while (i < length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '"' or '\'' or '=' or '/'))
            {
                i++;
            }
            if (i == nameStart)
            {
                return -1;
            }
            var name = html.AsSpan(nameStart, i - nameStart);
            var k = i;
            while (k < length && char.IsWhiteSpace(html[k]))
            {
                k++;
            }
            if (k >= length || html[k] != '=')
            {
                continue;
            }
            k++;
            while (k < length && char.IsWhiteSpace(html[k]))
            {
                k++;
            }
            if (k >= length)
            {
                return -1;
            }
            int valueStart, valueEnd;
            if (html[k] is '"' or '\'')
            {
                valueStart = k + 1;
                valueEnd = html.IndexOf(html[k], valueStart);
                if (valueEnd < 0)
                {
                    return -1;
                }
                i = valueEnd + 1;
            }
            else
            {
                valueStart = k;
                while (k < length && !char.IsWhiteSpace(html[k]) && html[k] != '>')
                {
                    k++;
                }
                valueEnd = k;
                i = k;
            }
            var isId = name.Equals("id", StringComparison.OrdinalIgnoreCase);
            if (isId || name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase))
            {
                var value = html.AsSpan(valueStart, valueEnd - valueStart);
                var text = value.Contains('&') ? WebUtility.HtmlDecode(value.ToString()) : value.ToString();
                if (isId)
                {
                    ids.Add(text);
                }
                else
                {
                    references.Add(text.Trim());
                }
            }
        }
    }
}
