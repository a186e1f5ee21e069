using Scriban.Runtime;
using SiteGen.Yaml;

namespace SiteGen.Config;

/// <summary>Reads <c>site.yml</c> into <see cref="SiteConfig"/>; every unknown or mistyped key is a diagnostic with its line.</summary>
public static class SiteConfigLoader
{
    private static readonly string[] KnownKeys =
        ["title", "description", "base_url", "language", "taxonomies", "menus", "params", "data_pages", "max_page_mb", "search", "highlight", "feeds", "url_guard", "permalinks", "silence_warnings", "host_files", "git_info", "edit_url"];

    private static readonly string[] MenuKeys = ["name", "url", "weight"];
    private static readonly string[] DataPageKeys = ["source", "url", "title", "description", "layout"];

    public static SiteConfig? Load(string text, string file, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var root = YamlNodeReader.Read(text, file, 0, diagnostics);
        if (root is null)
        {
            if (!diagnostics.HasErrors)
            {
                diagnostics.Error(file, 1, 1, "site.yml is empty; it needs at least `title:` and `base_url:`");
            }
            return null;
        }
        if (root is not YamlMapValue map)
        {
            diagnostics.Error(file, root.Line, root.Column, "site.yml must be a mapping of keys (title:, base_url:, ...)");
            return null;
        }

        string? title = null, description = null, baseUrl = null, language = null;
        IReadOnlyList<string> taxonomies = [];
        var menus = new SortedDictionary<string, IReadOnlyList<MenuItem>>(StringComparer.Ordinal);
        var parameters = new ScriptObject();
        var dataPages = new List<DataPageRule>();
        var maxPageMegabytes = 4;
        var search = SearchConfig.Off;
        var highlight = true;
        var feeds = Feeds.FeedConfig.Off;
        var urlGuard = UrlGuard.UrlGuardMode.Warn;
        IReadOnlyDictionary<string, PermalinkRule> permalinks = new Dictionary<string, PermalinkRule>();
        var silenced = new HashSet<string>(StringComparer.Ordinal);
        var hostFiles = Hosting.HostFilesConfig.On;
        var git = Git.GitConfig.Default;
        foreach (var (key, value) in map.Entries.Select(e => (e.Key, e.Value)))
        {
            switch (key.Text)
            {
                case "title": title = YamlConvert.ToText(value, file, key.Text, diagnostics); break;
                case "description": description = YamlConvert.ToText(value, file, key.Text, diagnostics); break;
                case "base_url": baseUrl = YamlConvert.ToText(value, file, key.Text, diagnostics); break;
                case "language": language = YamlConvert.ToText(value, file, key.Text, diagnostics); break;
                case "taxonomies": taxonomies = ReadTaxonomies(value, file, diagnostics); break;
                case "menus": ReadMenus(value, file, menus, diagnostics); break;
                case "params": parameters = YamlConvert.ToParams(value, file, diagnostics) ?? parameters; break;
                case "data_pages": ReadDataPages(value, file, dataPages, diagnostics); break;
                case "highlight": highlight = YamlConvert.ToBool(value, file, key.Text, diagnostics) ?? highlight; break;
                case "search": search = SearchConfig.Read(value, file, diagnostics); break;
                case "feeds": feeds = Feeds.FeedConfig.Read(value, file, diagnostics); break;
                case "url_guard": urlGuard = UrlGuard.UrlGuardModes.Read(value, file, diagnostics); break;
                case "permalinks": permalinks = PermalinkRule.Read(value, file, diagnostics); break;
                case "host_files": hostFiles = Hosting.HostFilesConfig.Read(value, file, diagnostics); break;
                case "git_info": git = git with { History = Git.GitConfig.ReadHistory(value, file, diagnostics) }; break;
                case "edit_url": git = git with { EditUrl = Git.EditUrlPattern.Read(value, file, diagnostics) }; break;
                case "silence_warnings": ReadSilencedWarnings(value, file, silenced, diagnostics); break;
                case "max_page_mb": maxPageMegabytes = ReadMaxPageMegabytes(value, file, diagnostics) ?? maxPageMegabytes; break;
                default:
                    diagnostics.Error(file, key.Line, key.Column, KeySuggestion.UnknownKey("site.yml", key.Text, KnownKeys));
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error(file, 1, 1, "site.yml needs a `title:`");
        }
        baseUrl = baseUrlOverride ?? baseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            diagnostics.Error(file, 1, 1, "site.yml needs a `base_url:` (the address the site is published at, like https://example.org/)");
            return null;
        }
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            var where = baseUrlOverride is null ? map.Get("base_url") : null;
            diagnostics.Error(baseUrlOverride is null ? file : "--base-url", where?.Line ?? 0, where?.Column ?? 0,
                $"base_url '{baseUrl}' must be an absolute http(s) URL like https://example.org/ or https://example.org/guide/");
            return null;
        }
        if (!baseUrl.EndsWith('/'))
        {
            baseUrl += "/";
        }
        if (title is null)
        {
            return null;
        }

        var basePath = uri.AbsolutePath.TrimEnd('/');
        var resolvedMenus = menus.ToDictionary(
            m => m.Key,
            m => (IReadOnlyList<MenuItem>)[.. m.Value.Select(i => i with { Url = i.Url.StartsWith('/') ? basePath + i.Url : i.Url })],
            StringComparer.Ordinal);
        return new SiteConfig(title, description ?? "", baseUrl, language ?? "en", taxonomies, resolvedMenus, parameters, dataPages, maxPageMegabytes, search, highlight)
        {
            Feeds = feeds,
            UrlGuard = urlGuard,
            Permalinks = permalinks,
            SilencedWarnings = silenced,
            HostFiles = hostFiles,
            Git = git,
        };
    }

    /// <summary><c>silence_warnings:</c> a kind or a list of kinds, each one SiteGen knows (a misspelt kind would
    /// silence nothing).</summary>
    private static void ReadSilencedWarnings(YamlValue value, string file, HashSet<string> silenced, DiagnosticBag diagnostics)
    {
        IReadOnlyList<YamlValue> items = value is YamlListValue list ? list.Items : [value];
        foreach (var item in items)
        {
            if (item is not YamlScalarValue { IsNull: false } scalar)
            {
                diagnostics.Error(file, item.Line, item.Column, "'silence_warnings' must be a list of warning kinds, like [table-caption]");
                continue;
            }
            if (!WarningKinds.IsKnown(scalar.Text))
            {
                var closest = KeySuggestion.Closest(scalar.Text, WarningKinds.All.Select(k => k.Kind));
                diagnostics.Error(file, item.Line, item.Column,
                    $"unknown warning kind '{scalar.Text}' in 'silence_warnings'; {(closest is null ? "" : $"did you mean '{closest}'? ")}kinds: {string.Join(", ", WarningKinds.All.Select(k => k.Kind))}");
                continue;
            }
            silenced.Add(scalar.Text);
        }
    }

    /// <summary>The largest page accepted, in MB: at least 1 (0 would refuse every page), at most 1024 (.NET reads no
    /// larger text).</summary>
    private static int? ReadMaxPageMegabytes(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        var megabytes = YamlConvert.ToInt(value, file, "max_page_mb", diagnostics);
        if (megabytes is < 1 or > 1024)
        {
            diagnostics.Error(file, value.Line, value.Column, $"'max_page_mb' must be between 1 and 1024 (megabytes), not {megabytes}");
            return null;
        }
        return megabytes;
    }

    private static string[] ReadTaxonomies(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        var names = YamlConvert.ToTextList(value, file, "taxonomies", diagnostics) ?? [];
        foreach (var name in names.Where(n => n != Content.Slug.Make(n)))
        {
            diagnostics.Error(file, value.Line, value.Column, $"taxonomy name '{name}' must be lowercase letters, digits and dashes");
        }
        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    private static void ReadMenus(YamlValue value, string file, SortedDictionary<string, IReadOnlyList<MenuItem>> menus, DiagnosticBag diagnostics)
    {
        if (value is not YamlMapValue map)
        {
            diagnostics.Error(file, value.Line, value.Column, "'menus' must map a menu name to a list of { name, url, weight }");
            return;
        }
        foreach (var entry in map.Entries)
        {
            if (entry.Value is not YamlListValue list)
            {
                diagnostics.Error(file, entry.Value.Line, entry.Value.Column, $"menu '{entry.Key.Text}' must be a list of {{ name, url, weight }}");
                continue;
            }
            var items = new List<MenuItem>();
            foreach (var item in list.Items)
            {
                if (item is not YamlMapValue itemMap)
                {
                    diagnostics.Error(file, item.Line, item.Column, "a menu item must be a mapping { name, url, weight }");
                    continue;
                }
                string? name = null, url = null;
                var weight = 0;
                foreach (var field in itemMap.Entries)
                {
                    switch (field.Key.Text)
                    {
                        case "name": name = YamlConvert.ToText(field.Value, file, "name", diagnostics); break;
                        case "url": url = YamlConvert.ToText(field.Value, file, "url", diagnostics); break;
                        case "weight": weight = YamlConvert.ToInt(field.Value, file, "weight", diagnostics) ?? 0; break;
                        default: diagnostics.Error(file, field.Key.Line, field.Key.Column, KeySuggestion.UnknownKey("menu item", field.Key.Text, MenuKeys)); break;
                    }
                }
                if (name is null || url is null)
                {
                    diagnostics.Error(file, item.Line, item.Column, "a menu item needs both `name:` and `url:`");
                    continue;
                }
                items.Add(new MenuItem(name, url, weight));
            }
            menus[entry.Key.Text] = [.. items.OrderBy(i => i.Weight).ThenBy(i => i.Name, StringComparer.Ordinal)];
        }
    }

    private static void ReadDataPages(YamlValue value, string file, List<DataPageRule> rules, DiagnosticBag diagnostics)
    {
        if (value is not YamlListValue list)
        {
            diagnostics.Error(file, value.Line, value.Column, "'data_pages' must be a list of { source, url, title, layout }");
            return;
        }
        foreach (var item in list.Items)
        {
            if (item is not YamlMapValue map)
            {
                diagnostics.Error(file, item.Line, item.Column, "a data_pages entry must be a mapping { source, url, title, layout }");
                continue;
            }
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var field in map.Entries)
            {
                if (!DataPageKeys.Contains(field.Key.Text))
                {
                    diagnostics.Error(file, field.Key.Line, field.Key.Column, KeySuggestion.UnknownKey("data_pages", field.Key.Text, DataPageKeys));
                    continue;
                }
                fields[field.Key.Text] = YamlConvert.ToText(field.Value, file, field.Key.Text, diagnostics);
            }
            var missing = new[] { "source", "url", "title", "layout" }.Where(k => !fields.TryGetValue(k, out var v) || string.IsNullOrEmpty(v)).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Error(file, item.Line, item.Column, $"this data_pages entry needs {string.Join(", ", missing.Select(m => $"`{m}:`"))}");
                continue;
            }
            rules.Add(new DataPageRule(fields["source"]!, fields["url"]!, fields["title"]!, fields.GetValueOrDefault("description"), fields["layout"]!, item.Line, item.Column));
        }
    }
}
