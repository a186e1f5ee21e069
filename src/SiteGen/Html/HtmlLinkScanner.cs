using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Html;

/// <summary>The ids a page defines and the href/src values it uses.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> References);

/// <summary>
/// Finds id, href and src attributes in rendered HTML with one pass of a compiled pattern over the tags, skipping
/// comments, scripts and styles. SiteGen's own output (Markdig and Scriban) always quotes or cleanly delimits
/// attributes, so this gives the same answer as a DOM parse at a fraction of its cost; tests compare both.
/// </summary>
public static partial class HtmlLinkScanner
{
    public static PageLinks Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<string>();
        foreach (Match tag in Tag().Matches(html))
        {
            if (tag.Groups["skip"].Success)
            {
                continue;
            }
            foreach (Match attribute in Attribute().Matches(tag.Groups["attrs"].Value))
            {
                var name = attribute.Groups["name"].Value.ToLowerInvariant();
                var value = WebUtility.HtmlDecode(attribute.Groups["dq"].Success ? attribute.Groups["dq"].Value
                    : attribute.Groups["sq"].Success ? attribute.Groups["sq"].Value
                    : attribute.Groups["uq"].Value);
                if (name == "id")
                {
                    ids.Add(value);
                }
                else if (name is "href" or "src")
                {
                    references.Add(value.Trim());
                }
            }
        }
        return new PageLinks(ids, references);
    }

    [GeneratedRegex(@"<!--.*?-->|<(?<skip>script|style)\b[^>]*>.*?</\k<skip>\s*>|<(?:[A-Za-z][A-Za-z0-9-]*)(?<attrs>(?:\s+[^\s>""'=/]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>]+))?)*)\s*/?>",
        RegexOptions.Singleline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[^\s>""'=/]+)(?:\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<uq>[^\s>]+)))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Attribute();
}
