using SiteGen.Yaml;

namespace SiteGen.Config;

/// <summary>
/// The <c>search:</c> options of site.yml. Absent or <c>search: false</c>: no index is written and templates see
/// <c>site.search.enabled</c> false. <c>search:</c>, <c>search: true</c> or a mapping turns it on.
/// </summary>
/// <param name="Sections">only pages whose URL starts with one of these top-level sections (and the home page) are
/// indexed; empty = every page.</param>
/// <param name="Exclude">URL paths never indexed ("/about/"); a trailing <c>*</c> makes a prefix ("/legal/*").</param>
/// <param name="Results">how many results the search box shows.</param>
public sealed record SearchConfig(bool Enabled, IReadOnlyList<string> Sections, IReadOnlyList<string> Exclude, int Results)
{
    public const int DefaultResults = 8;

    public static readonly SearchConfig Off = new(false, [], [], DefaultResults);

    private static readonly string[] Keys = ["enabled", "sections", "exclude", "results"];

    /// <summary>Reads the value of the <c>search:</c> key; every wrong value is a diagnostic at its position.</summary>
    public static SearchConfig Read(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        if (value is YamlScalarValue scalar)
        {
            return scalar.IsNull ? Off with { Enabled = true }
                : YamlConvert.ToBool(value, file, "search", diagnostics) is true ? Off with { Enabled = true } : Off;
        }
        if (value is not YamlMapValue map)
        {
            diagnostics.Error(file, value.Line, value.Column, "'search' must be true, false or a mapping like { sections: [roles], results: 8 }");
            return Off;
        }
        var enabled = true;
        IReadOnlyList<string> sections = [], exclude = [];
        var results = DefaultResults;
        foreach (var (key, entry) in map.Entries.Select(e => (e.Key, e.Value)))
        {
            switch (key.Text)
            {
                case "enabled": enabled = YamlConvert.ToBool(entry, file, "search.enabled", diagnostics) ?? enabled; break;
                case "sections": sections = ReadSections(entry, file, diagnostics); break;
                case "exclude": exclude = ReadExclude(entry, file, diagnostics); break;
                case "results":
                    var count = YamlConvert.ToInt(entry, file, "search.results", diagnostics);
                    if (count is < 1 or > 50)
                    {
                        diagnostics.Error(file, entry.Line, entry.Column, $"'search.results' must be between 1 and 50 (results shown in the search box), not {count}");
                    }
                    else if (count is { } valid)
                    {
                        results = valid;
                    }
                    break;
                default:
                    diagnostics.Error(file, key.Line, key.Column, KeySuggestion.UnknownKey("search", key.Text, Keys));
                    break;
            }
        }
        return new SearchConfig(enabled, sections, exclude, results);
    }

    private static string[] ReadSections(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        var names = YamlConvert.ToTextList(value, file, "search.sections", diagnostics) ?? [];
        foreach (var name in names.Where(n => n.Length == 0 || n.Contains('/', StringComparison.Ordinal)))
        {
            diagnostics.Error(file, value.Line, value.Column, $"'search.sections' entry '{name}' must be a top-level section name like roles (the first part of a URL), without '/'");
        }
        return [.. names.Where(n => n.Length > 0 && !n.Contains('/', StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
    }

    private static string[] ReadExclude(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        var paths = YamlConvert.ToTextList(value, file, "search.exclude", diagnostics) ?? [];
        foreach (var path in paths.Where(p => !p.StartsWith('/')))
        {
            diagnostics.Error(file, value.Line, value.Column, $"'search.exclude' entry '{path}' must be a URL path from the site root like /about/ or /legal/* (without the base path)");
        }
        return [.. paths.Where(p => p.StartsWith('/'))];
    }

    /// <summary>Whether a page at this URL path (without the base path) is left out by <c>sections</c> or <c>exclude</c>.</summary>
    public bool LeavesOut(string path, string section)
    {
        if (Sections.Count > 0 && path != "/" && !Sections.Contains(section, StringComparer.Ordinal))
        {
            return true;
        }
        foreach (var pattern in Exclude)
        {
            if (pattern.EndsWith('*') ? path.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal) : path == pattern)
            {
                return true;
            }
        }
        return false;
    }
}
