using SiteGen.Yaml;

namespace SiteGen.Feeds;

/// <summary>
/// The <c>feeds:</c> options of site.yml. Absent or <c>feeds: false</c>: no feed is written and <c>page.feeds</c> is
/// empty. <c>feeds: true</c> writes the site's feed; a mapping chooses more.
/// </summary>
/// <param name="Site">whether the site feed (/atom.xml by default, every dated page) is written.</param>
/// <param name="Sections">top-level sections that get their own feed (/blog/atom.xml), each with where it was written.</param>
/// <param name="Limit">how many of the newest pages a feed holds.</param>
/// <param name="FullContent">whole page bodies (<c>content: full</c>) instead of summaries (<c>content: summary</c>).</param>
public sealed record FeedConfig(bool Site, IReadOnlyList<FeedSection> Sections, int Limit, bool FullContent)
{
    public const int DefaultLimit = 20;

    public static readonly FeedConfig Off = new(false, [], DefaultLimit, false);

    private static readonly string[] Keys = ["site", "sections", "limit", "content", "formats"];

    /// <summary>The formats each feed is written in (<c>formats:</c>), each with its file name; Atom (atom.xml) by default.</summary>
    public IReadOnlyList<FeedFormat> Formats { get; init; } = [FeedFormat.Atom];

    public bool Enabled => Site || Sections.Count > 0;

    /// <summary>Where site.yml's <c>feeds:</c> value starts, for messages about the site feed.</summary>
    public (int Line, int Column) At { get; init; }

    /// <summary>Reads the value of the <c>feeds:</c> key; every wrong value is a diagnostic at its position.</summary>
    public static FeedConfig Read(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        if (value is YamlScalarValue scalar)
        {
            return scalar.IsNull || YamlConvert.ToBool(value, file, "feeds", diagnostics) is true ? Off with { Site = true, At = (value.Line, value.Column) } : Off;
        }
        if (value is not YamlMapValue map)
        {
            diagnostics.Error(file, value.Line, value.Column, "'feeds' must be true, false or a mapping like { sections: [blog], limit: 20, content: summary, formats: [atom, rss] }");
            return Off;
        }
        var config = Off with { Site = true, At = (value.Line, value.Column) };
        foreach (var (key, entry) in map.Entries.Select(e => (e.Key, e.Value)))
        {
            switch (key.Text)
            {
                case "site": config = config with { Site = YamlConvert.ToBool(entry, file, "feeds.site", diagnostics) ?? true }; break;
                case "sections": config = config with { Sections = ReadSections(entry, file, diagnostics) }; break;
                case "limit":
                    var limit = YamlConvert.ToInt(entry, file, "feeds.limit", diagnostics);
                    if (limit is < 1 or > 1000)
                    {
                        diagnostics.Error(file, entry.Line, entry.Column, $"'feeds.limit' must be between 1 and 1000 (the newest pages a feed holds), not {limit}");
                    }
                    else if (limit is { } valid)
                    {
                        config = config with { Limit = valid };
                    }
                    break;
                case "content":
                    var content = YamlConvert.ToText(entry, file, "feeds.content", diagnostics);
                    if (content is not (null or "summary" or "full"))
                    {
                        diagnostics.Error(file, entry.Line, entry.Column, $"'feeds.content' must be summary or full, not '{content}'");
                    }
                    config = config with { FullContent = content == "full" };
                    break;
                case "formats":
                    var formats = FeedFormat.Read(entry, file, diagnostics);
                    config = formats.Count == 0 ? config : config with { Formats = formats };
                    break;
                default:
                    diagnostics.Error(file, key.Line, key.Column, KeySuggestion.UnknownKey("feeds", key.Text, Keys));
                    break;
            }
        }
        return config;
    }

    private static List<FeedSection> ReadSections(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        IReadOnlyList<YamlValue> items = value is YamlListValue list ? list.Items : [value];
        var sections = new List<FeedSection>();
        foreach (var item in items)
        {
            var name = item is YamlScalarValue { IsNull: false } scalar ? scalar.Text : null;
            if (name is null || name.Length == 0 || name.IndexOfAny(['/', '\\', '.', ':', '?', '#', '%']) >= 0)
            {
                diagnostics.Error(file, item.Line, item.Column, $"'feeds.sections' entry '{name}' must be a top-level section name like blog (the first part of a URL), without '/'");
                continue;
            }
            if (sections.All(s => s.Name != name))
            {
                sections.Add(new FeedSection(name, item.Line, item.Column));
            }
        }
        return sections;
    }
}

/// <summary>A section named in <c>feeds.sections</c>, with where site.yml names it.</summary>
public sealed record FeedSection(string Name, int Line, int Column);
