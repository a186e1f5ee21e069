using SiteGen.Content;
using SiteGen.Yaml;

namespace SiteGen.Aliases;

/// <summary>An old URL path of a page ("/old/path/"), from its <c>aliases:</c> front matter, with where it was written.</summary>
public sealed record PageAlias(string Path, int Line, int Column)
{
    /// <summary>Reads the value of <c>aliases:</c>: one path or a list of paths from the site root; every bad one is an
    /// error at its own position.</summary>
    public static IReadOnlyList<PageAlias> Read(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        IReadOnlyList<YamlValue> items = value is YamlListValue list ? list.Items : [value];
        var aliases = new List<PageAlias>();
        foreach (var item in items)
        {
            if (item is not YamlScalarValue { IsNull: false } scalar)
            {
                diagnostics.Error(file, item.Line, item.Column, "each of `aliases:` must be an old URL path like /old/path/");
                continue;
            }
            if (!UrlPath.IsSafe(scalar.Text) || scalar.Text == "/")
            {
                diagnostics.Error(file, scalar.Line, scalar.Column,
                    $"alias '{scalar.Text}' must be a path from the site root like /old/path/ or /old.html, without '..', '\\', '//', '%', '?', '#' or a scheme (and not / itself)");
                continue;
            }
            aliases.Add(new PageAlias(UrlPath.Normalize(scalar.Text), scalar.Line, scalar.Column));
        }
        return aliases;
    }
}
