using System.Text;
using SiteGen.Content;
using SiteGen.Yaml;

namespace SiteGen.Config;

/// <summary>
/// One entry of <c>permalinks:</c> in site.yml: the URL pattern of the pages under a content folder, a section
/// (<c>blog: /:year/:month/:slug/</c>) or a folder inside one (<c>docs/guides: /guides/:slug/</c>). A page takes the
/// pattern of the most specific folder it is in: <c>blog/2020/a.md</c> the one of <c>blog/2020</c> when there is one,
/// else <c>blog</c>'s. Tokens: <c>:section</c> (the top-level folder), <c>:sections</c> (every folder, <c>docs/guides</c>),
/// <c>:slug</c> (the page's <c>slug:</c>, else its title as a URL segment), <c>:filename</c> (the file name as a URL
/// segment), <c>:year</c>, <c>:month</c>, <c>:day</c> (from the page's <c>date:</c>). Section pages (<c>_index.md</c>)
/// and pages with <c>url:</c> keep their URLs.
/// </summary>
/// <param name="Section">the folder the pattern is for, as URL segments ("blog", "docs/guides").</param>
/// <param name="Line">where the pattern is written in site.yml, for errors about it.</param>
public sealed record PermalinkRule(string Section, string Pattern, int Line, int Column)
{
    public static readonly string[] Tokens = ["section", "sections", "slug", "filename", "year", "month", "day"];

    public bool NeedsDate => Pattern.Contains(":year", StringComparison.Ordinal) || Pattern.Contains(":month", StringComparison.Ordinal)
        || Pattern.Contains(":day", StringComparison.Ordinal);

    /// <summary>Reads <c>permalinks:</c>, a mapping of folder (section name, or path like docs/guides) to pattern; every
    /// mistake is an error at its place.</summary>
    public static IReadOnlyDictionary<string, PermalinkRule> Read(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        var rules = new SortedDictionary<string, PermalinkRule>(StringComparer.Ordinal);
        if (value is not YamlMapValue map)
        {
            diagnostics.Error(file, value.Line, value.Column, "'permalinks' must map a section (a top-level content folder) or a folder inside one (docs/guides) to a URL pattern, like `blog: /:year/:month/:slug/`");
            return rules;
        }
        foreach (var entry in map.Entries)
        {
            var section = entry.Key.Text;
            var segments = section.Split('/');
            if (!segments.All(UrlSegment.IsUrlFriendly))
            {
                var written = string.Join('/', segments.Where(s => s.Length > 0).Select(UrlSegment.Of));
                diagnostics.Error(file, entry.Key.Line, entry.Key.Column, segments.Length == 1
                    ? $"permalinks: '{section}' is not a section name; write the section's URL segment ('{written}'), the first part of its pages' URLs"
                    : $"permalinks: '{section}' is not a folder path; write each folder's URL segment, as in its pages' URLs ('{written}')");
                continue;
            }
            var pattern = YamlConvert.ToText(entry.Value, file, "permalinks." + section, diagnostics);
            if (pattern is not null && Check(pattern, (YamlScalarValue)entry.Value, file, diagnostics))
            {
                rules[section] = new PermalinkRule(section, pattern, entry.Value.Line, entry.Value.Column);
            }
        }
        return rules;
    }

    private static bool Check(string pattern, YamlScalarValue at, string file, DiagnosticBag diagnostics)
    {
        var ok = true;
        var start = at.Column + (at.IsPlain ? 0 : 1);
        foreach (var (token, index) in TokensOf(pattern).Where(t => !Tokens.Contains(t.Token)))
        {
            diagnostics.Error(file, at.Line, start + index,
                $"permalinks: unknown token ':{token}' in '{pattern}'; use {string.Join(", ", Tokens.Select(t => ":" + t))}");
            ok = false;
        }
        if (!ok)
        {
            return false;
        }
        var sample = Expand(pattern, "section", "section/sub", "slug", "filename", "2000", "01", "01");
        if (!pattern.StartsWith('/') || !pattern.EndsWith('/') || !UrlPath.IsSafe(sample) || sample.Contains("//", StringComparison.Ordinal)
            || sample.Any(c => c is '+' or ' '))
        {
            diagnostics.Error(file, at.Line, at.Column,
                $"permalinks: '{pattern}' must be a path from the site root ending in '/', like /:year/:month/:slug/, without '..', '//', '\\', '%', '+', spaces or a scheme");
            return false;
        }
        if (!pattern.Contains(":slug", StringComparison.Ordinal) && !pattern.Contains(":filename", StringComparison.Ordinal))
        {
            diagnostics.Error(file, at.Line, at.Column,
                $"permalinks: '{pattern}' needs :slug or :filename, or every page of the section gets the same URL");
            return false;
        }
        return true;
    }

    /// <summary>A pattern for a folder that has no pages does nothing, most likely a typo: an error that lists the
    /// sections there are (and the folders inside the one named, when it is nested).</summary>
    /// <param name="contentFiles">every page file of the site, relative to the content folder.</param>
    public static void CheckSections(IReadOnlyDictionary<string, PermalinkRule> rules, IEnumerable<string> contentFiles, string file, DiagnosticBag diagnostics)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var contentFile in contentFiles)
        {
            var segments = contentFile.Split('/')[..^1].Select(UrlSegment.Of).ToArray();
            for (var i = 1; i <= segments.Length; i++)
            {
                folders.Add(string.Join('/', segments[..i]));
            }
        }
        foreach (var rule in rules.Values.Where(r => !folders.Contains(r.Section)))
        {
            var parent = rule.Section.Contains('/') ? rule.Section[..rule.Section.LastIndexOf('/')] : "";
            var siblings = folders.Where(f => parent.Length == 0 ? !f.Contains('/') : f.StartsWith(parent + "/", StringComparison.Ordinal) && f.Count(c => c == '/') == rule.Section.Count(c => c == '/'));
            var known = siblings.Any() ? string.Join(", ", siblings.Order(StringComparer.Ordinal)) : "none";
            diagnostics.Error(file, rule.Line, rule.Column, parent.Length == 0
                ? $"permalinks: no section '{rule.Section}' has pages (a section is a top-level folder of the content folder; sections now: {known})"
                : $"permalinks: no folder '{rule.Section}' has pages (folders in {parent} now: {known})");
        }
    }

    /// <summary>The rule of the most specific folder a page is in (its own folder, else the nearest one above), or null.</summary>
    /// <param name="folder">the page's folder as URL segments ("blog/2020").</param>
    public static PermalinkRule? For(IReadOnlyDictionary<string, PermalinkRule> rules, string folder)
    {
        while (folder.Length > 0)
        {
            if (rules.TryGetValue(folder, out var rule))
            {
                return rule;
            }
            folder = folder.Contains('/') ? folder[..folder.LastIndexOf('/')] : "";
        }
        return null;
    }

    /// <summary>The URL of one page: the pattern with its tokens replaced.</summary>
    /// <param name="folder">the page's folder as URL segments ("blog/2020"): :sections, and its first segment :section.</param>
    public string Apply(string folder, string slug, string fileName, DateOnly? date) =>
        Expand(Pattern, folder.Split('/')[0], folder, slug, fileName, date?.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            date?.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture) ?? "", date?.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture) ?? "");

    private static string Expand(string pattern, string section, string sections, string slug, string fileName, string year, string month, string day)
    {
        var builder = new StringBuilder(pattern.Length + 32);
        var last = 0;
        foreach (var (token, index) in TokensOf(pattern))
        {
            builder.Append(pattern, last, index - last);
            builder.Append(token switch
            {
                "section" => section,
                "sections" => sections,
                "slug" => slug,
                "filename" => fileName,
                "year" => year,
                "month" => month,
                _ => day,
            });
            last = index + 1 + token.Length;
        }
        return builder.Append(pattern, last, pattern.Length - last).ToString();
    }

    /// <summary>Each ':name' of the pattern with the index of its ':'.</summary>
    private static IEnumerable<(string Token, int Index)> TokensOf(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != ':')
            {
                continue;
            }
            var end = i + 1;
            while (end < pattern.Length && char.IsAsciiLetterLower(pattern[end]))
            {
                end++;
            }
            yield return (pattern[(i + 1)..end], i);
            i = end - 1;
        }
    }
}
