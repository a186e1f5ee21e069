using System.Text.RegularExpressions;
using Scriban.Runtime;
using SiteGen.Config;
using SiteGen.Content;

namespace SiteGen.Derive;

/// <summary>Makes one page per entry of a data list, as configured by <c>data_pages</c> in site.yml (like Hugo's content adapters).</summary>
public static partial class DataPageBuilder
{
    public static IReadOnlyList<Page> Build(SiteConfig config, ScriptObject data, string configFile, DiagnosticBag diagnostics)
    {
        var pages = new List<Page>();
        foreach (var rule in config.DataPages)
        {
            if (Lookup(data, rule.Source) is not ScriptArray entries)
            {
                diagnostics.Error(configFile, rule.Line, rule.Column,
                    $"data_pages source '{rule.Source}' is not a list in site.data; point it at a list such as `salaries.locations` (data/salaries.yml, key locations)");
                continue;
            }
            // An entry's weight is its 1-based place in the list, so prev/next and listings keep the data's order.
            var weight = 0;
            foreach (var item in entries)
            {
                weight++;
                if (item is not ScriptObject entry)
                {
                    diagnostics.Error(configFile, rule.Line, rule.Column, $"every entry of '{rule.Source}' must be a mapping for data_pages");
                    break;
                }
                var url = Fill(rule.Url, entry, rule, configFile, diagnostics);
                var title = Fill(rule.Title, entry, rule, configFile, diagnostics);
                var description = rule.Description is null ? null : Fill(rule.Description, entry, rule, configFile, diagnostics);
                if (url is null || title is null)
                {
                    continue;
                }
                if (!UrlPath.IsSafe(url))
                {
                    diagnostics.Error(configFile, rule.Line, rule.Column, $"data page URL '{url}' must be a path from the site root without '..', '\\' or '//'");
                    continue;
                }
                pages.Add(new Page
                {
                    Kind = PageKind.Data,
                    Path = UrlPath.Normalize(url),
                    FrontMatter = new FrontMatter(title, description, null, url, rule.Layout, weight, false, null, null, true,
                        new SortedDictionary<string, IReadOnlyList<string>>(), new ScriptObject(), rule.Line, rule.Column)
                    {
                        UrlSetAt = (rule.Line, rule.Column),
                    },
                    Data = entry,
                    ConfiguredLayout = rule.Layout,
                    DataSource = rule.Source,
                    SourceFile = configFile,
                });
            }
        }
        return pages;
    }

    public static object? Lookup(ScriptObject data, string dottedPath)
    {
        object? current = data;
        foreach (var name in dottedPath.Split('.'))
        {
            if (current is not ScriptObject obj || !obj.TryGetValue(name, out current))
            {
                return null;
            }
        }
        return current;
    }

    private static string? Fill(string pattern, ScriptObject entry, DataPageRule rule, string configFile, DiagnosticBag diagnostics)
    {
        var ok = true;
        var result = Placeholder().Replace(pattern, match =>
        {
            var key = match.Groups[1].Value;
            if (entry.TryGetValue(key, out var value) && value is not null and not ScriptObject and not ScriptArray)
            {
                return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            }
            ok = false;
            diagnostics.Error(configFile, rule.Line, rule.Column, $"'{{{key}}}' in '{pattern}': an entry of '{rule.Source}' has no text field '{key}'");
            return "";
        });
        return ok ? result : null;
    }

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex Placeholder();
}
