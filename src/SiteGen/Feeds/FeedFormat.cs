using SiteGen.Yaml;

namespace SiteGen.Feeds;

/// <summary>
/// A format the feeds are written in, and the file name each feed gets in its folder: Atom (<c>atom.xml</c>, the
/// default) or RSS 2.0 (<c>index.xml</c>, where Hugo writes it, so a moved site's subscribers keep their feed).
/// </summary>
public sealed record FeedFormat(string Name, string FileName)
{
    public static readonly FeedFormat Atom = new("atom", "atom.xml");

    public static readonly FeedFormat Rss = new("rss", "index.xml");

    private static readonly FeedFormat[] Known = [Atom, Rss];

    /// <summary>The media type of <c>&lt;link rel="alternate" type="..."&gt;</c>.</summary>
    public string MediaType => Name == "rss" ? "application/rss+xml" : "application/atom+xml";

    /// <summary>"Atom" or "RSS", to tell the feeds of a page apart when it has both.</summary>
    public string Label => Name == "rss" ? "RSS" : "Atom";

    /// <summary>Reads <c>feeds.formats</c>: a format name (<c>rss</c>), a list of them (<c>[atom, rss]</c>), or a mapping of
    /// format to file name (<c>{ rss: index.xml, atom: atom.xml }</c>); every mistake is an error at its place.</summary>
    public static IReadOnlyList<FeedFormat> Read(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        List<(YamlValue Name, YamlValue? FileName)> entries = value switch
        {
            YamlMapValue map => [.. map.Entries.Select(e => ((YamlValue)e.Key, (YamlValue?)e.Value))],
            YamlListValue list => [.. list.Items.Select(i => (i, (YamlValue?)null))],
            _ => [(value, null)],
        };
        var formats = new List<FeedFormat>();
        foreach (var (nameValue, fileNameValue) in entries)
        {
            var name = nameValue is YamlScalarValue { IsNull: false } scalar ? scalar.Text : "";
            if (Known.FirstOrDefault(f => f.Name == name) is not { } known)
            {
                var closest = KeySuggestion.Closest(name, Known.Select(f => f.Name));
                diagnostics.Error(file, nameValue.Line, nameValue.Column,
                    $"'feeds.formats' has '{name}', which is not a feed format; use atom or rss" + (closest is null ? "" : $" (did you mean '{closest}'?)"));
                continue;
            }
            var format = known;
            if (fileNameValue is not null && YamlConvert.ToText(fileNameValue, file, "feeds.formats." + name, diagnostics) is { } fileName)
            {
                if (!IsFileName(fileName))
                {
                    diagnostics.Error(file, fileNameValue.Line, fileNameValue.Column,
                        $"'feeds.formats.{name}' must be a file name ending in .xml, like {known.FileName} (letters, digits, '-', '_' and '.'; no folder), not '{fileName}'");
                    continue;
                }
                format = known with { FileName = fileName };
            }
            if (formats.FirstOrDefault(f => f.Name == format.Name || f.FileName == format.FileName) is { } clash)
            {
                diagnostics.Error(file, nameValue.Line, nameValue.Column, clash.Name == format.Name
                    ? $"'feeds.formats' names {name} twice; name each format once"
                    : $"'feeds.formats' gives {clash.Name} and {name} the same file name {format.FileName}; give each format its own");
                continue;
            }
            formats.Add(format);
        }
        return formats;
    }

    private static bool IsFileName(string name) =>
        name.Length > 4 && name.EndsWith(".xml", StringComparison.Ordinal) && !name.StartsWith('.')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
