using Scriban.Runtime;
using SiteGen.Yaml;

namespace SiteGen.Content;

/// <summary>Splits a page into front matter and Markdown body, and reads the front matter into <see cref="FrontMatter"/>.</summary>
public static class FrontMatterParser
{
    private static readonly string[] FixedKeys =
        ["title", "description", "slug", "url", "layout", "weight", "draft", "date", "updated", "sitemap", "search", "params", "aliases"];

    /// <summary>The page's parts: the front matter text (YAML, or TOML when <paramref name="IsToml"/>), the body, and the
    /// 1-based file line where the body starts.</summary>
    /// <param name="HeadingTitle">the text of the `# Title` heading the body started with, when that heading is the page's
    /// title (a page without front matter, or front matter without `title`); the heading is not part of
    /// <paramref name="Body"/>, so a template that shows the title does not print it twice.</param>
    public sealed record Split(string Yaml, string Body, int BodyLine, string? HeadingTitle = null, bool IsToml = false)
    {
        /// <summary>What the page says about itself apart from its body: the front matter, and the title heading if any.</summary>
        public string FrontMatterText => (IsToml ? "+++\n" : "") + Yaml + (HeadingTitle is null ? "" : "\0# " + HeadingTitle);
    }

    /// <summary>A page's front matter read, with the split it came from (the title heading taken out of the body when
    /// the front matter has no `title`).</summary>
    public sealed record Parsed(FrontMatter FrontMatter, Split Split);

    public static Split? SplitPage(string text, string file, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(file, 1, 1, "file is empty; a page starts with front matter between `---` lines (YAML) or `+++` lines (TOML), or with a `# Title` line");
            return null;
        }
        var fence = Fence(text);
        if (fence is null)
        {
            return Content.HeadingTitle.Split(text, file, diagnostics);
        }
        var line = 2;
        var position = 4;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position);
            if (lineText.TrimEnd().SequenceEqual(fence))
            {
                var body = end < 0 ? "" : text[(end + 1)..];
                return new Split(text[4..position], body, line + 1, IsToml: fence == "+++");
            }
            if (end < 0)
            {
                break;
            }
            position = end + 1;
            line++;
        }
        diagnostics.Error(file, 1, 1, $"front matter starts with `{fence}` here but has no closing `{fence}` line; add one after the last key");
        return null;
    }

    /// <returns>"---" (YAML) or "+++" (TOML) when the text starts with that line, else null.</returns>
    private static string? Fence(string text)
    {
        foreach (var fence in (string[])["---", "+++"])
        {
            if (text.StartsWith(fence + "\n", StringComparison.Ordinal) || text.AsSpan().TrimEnd().SequenceEqual(fence))
            {
                return fence;
            }
        }
        return null;
    }

    public static FrontMatter? Parse(Split split, string file, IReadOnlyList<string> taxonomies, DiagnosticBag diagnostics) =>
        ParsePage(split, file, taxonomies, diagnostics)?.FrontMatter;

    public static Parsed? ParsePage(Split split, string file, IReadOnlyList<string> taxonomies, DiagnosticBag diagnostics)
    {
        if (split.HeadingTitle is { } heading)
        {
            return new Parsed(new FrontMatter(heading, null, null, null, null, 0, false, null, null, true,
                new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal), new ScriptObject()), split);
        }
        var errorsBefore = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        YamlValue? root = split.IsToml
            ? Toml.TomlNodeReader.Read(split.Yaml, file, 1, diagnostics)
            : YamlNodeReader.Read(split.Yaml, file, 1, diagnostics);
        var empty = root is null or YamlMapValue { Entries.Count: 0 } && diagnostics.Items.Count(d => d.Severity == Severity.Error) == errorsBefore;
        if (empty)
        {
            // Empty front matter: the title may still come from the body's first heading.
            root = new YamlMapValue(2, 1, []);
        }
        if (root is null)
        {
            return null;
        }
        if (root is not YamlMapValue map)
        {
            diagnostics.Error(file, root.Line, root.Column, "front matter must be `key: value` lines");
            return null;
        }

        string? title = null, description = null, slug = null, url = null, layout = null;
        PageDate? date = null, updated = null;
        int weight = 0, layoutLine = 0, layoutColumn = 0;
        bool draft = false, inSitemap = true, inSearch = true;
        var terms = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var parameters = new ScriptObject();
        IReadOnlyList<Aliases.PageAlias> aliases = [];
        YamlScalarValue? urlKey = null, slugKey = null;
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Text;
            var value = entry.Value;
            switch (key)
            {
                case "title": title = YamlConvert.ToText(value, file, key, diagnostics); break;
                case "description": description = YamlConvert.ToText(value, file, key, diagnostics); break;
                case "slug": slugKey = entry.Key; slug = CheckSlug(YamlConvert.ToText(value, file, key, diagnostics), value, file, diagnostics); break;
                case "url": urlKey = entry.Key; url = CheckUrl(YamlConvert.ToText(value, file, key, diagnostics), value, file, diagnostics); break;
                case "layout": layout = YamlConvert.ToText(value, file, key, diagnostics); (layoutLine, layoutColumn) = (value.Line, value.Column); break;
                case "weight": weight = YamlConvert.ToInt(value, file, key, diagnostics) ?? 0; break;
                case "draft": draft = YamlConvert.ToBool(value, file, key, diagnostics) ?? false; break;
                case "sitemap": inSitemap = YamlConvert.ToBool(value, file, key, diagnostics) ?? true; break;
                case "search": inSearch = YamlConvert.ToBool(value, file, key, diagnostics) ?? true; break;
                case "date": date = YamlConvert.ToDate(value, file, key, diagnostics); break;
                case "updated": updated = YamlConvert.ToDate(value, file, key, diagnostics); break;
                case "params": parameters = YamlConvert.ToParams(value, file, diagnostics) ?? parameters; break;
                case "aliases": aliases = Aliases.PageAlias.Read(value, file, diagnostics); break;
                default:
                    if (taxonomies.Contains(key))
                    {
                        terms[key] = TermsWithUrls(YamlConvert.ToTextList(value, file, key, diagnostics) ?? [], value, file, key, diagnostics);
                    }
                    else
                    {
                        diagnostics.Error(file, entry.Key.Line, entry.Key.Column,
                            KeySuggestion.UnknownKey("front matter", key, [.. FixedKeys, .. taxonomies]) + (split.IsToml
                                ? " (put your own values in a `[params]` table)" : " (put your own values under `params:`)"));
                    }
                    break;
            }
        }
        if (string.IsNullOrWhiteSpace(title))
        {
            var at = map.Get("title");
            if (at is null && HeadingTitle.TakeFrom(split.Body, split.BodyLine) is var (headingTitle, body, bodyLine))
            {
                (title, split) = (headingTitle, split with { Body = body, BodyLine = bodyLine, HeadingTitle = headingTitle });
            }
            else
            {
                if (at is null or YamlScalarValue)
                {
                    // (A title of the wrong type was reported already.)
                    var key = split.IsToml ? "`title = \"...\"`" : "`title: ...`";
                    diagnostics.Error(file, at?.Line ?? 2, at?.Column ?? 1, (empty ? $"front matter is empty; it needs at least {key}"
                        : "front matter needs a non-empty " + (split.IsToml ? "`title`" : "`title:`"))
                        + (at is null ? ", or the text must start with a `# Title` heading, which becomes the title" : ""));
                }
                return null;
            }
        }
        var urlSetAt = (url is null ? null : urlKey) ?? (slug is null ? null : slugKey);
        return new Parsed(new FrontMatter(title, description, slug, url, layout, weight, draft, date, updated, inSitemap, terms, parameters, layoutLine, layoutColumn)
        {
            UrlSetAt = urlSetAt is null ? default : (urlSetAt.Line, urlSetAt.Column),
            InSearch = inSearch,
            Aliases = aliases,
        }, split);
    }

    /// <summary>
    /// The terms that can have a URL. A term without a letter or digit ("", "-", an emoji) has an empty slug: its page
    /// would be the taxonomy's own index page (found by the property tests: the build failed writing it twice).
    /// </summary>
    private static IReadOnlyList<string> TermsWithUrls(IReadOnlyList<string> terms, YamlValue value, string file, string key, DiagnosticBag diagnostics)
    {
        if (terms.All(t => Slug.Make(t).Length > 0))
        {
            return terms;
        }
        foreach (var term in terms.Where(t => Slug.Make(t).Length == 0).Distinct(StringComparer.Ordinal))
        {
            var at = value is YamlListValue list ? list.Items.OfType<YamlScalarValue>().FirstOrDefault(i => i.Text == term) ?? value : value;
            diagnostics.Error(file, at.Line, at.Column,
                $"term '{term}' of '{key}' has no letter or digit to make its URL (/{key}/<term>/) from; use a term with letters or digits");
        }
        return [.. terms.Where(t => Slug.Make(t).Length > 0)];
    }

    private static string? CheckSlug(string? slug, YamlValue at, string file, DiagnosticBag diagnostics)
    {
        if (slug is null)
        {
            return null;
        }
        if (slug.Length == 0 || slug is "." or ".." || slug.IndexOfAny(['/', '\\', ':', '?', '#', '%']) >= 0 || slug.Any(char.IsControl))
        {
            diagnostics.Error(file, at.Line, at.Column, $"slug '{slug}' must be one URL segment without '/', '\\', ':', '..' (it replaces the last part of the URL)");
            return null;
        }
        return RefusePlus(slug, "slug", at, file, diagnostics);
    }

    /// <summary>'+' in a URL reads as a space on some hosts (Amazon S3 and others decode it so), so the page would not be
    /// found there. Derived URLs spell it ("c-plus-plus"); a hand-written one is refused with that advice.</summary>
    private static string? RefusePlus(string value, string key, YamlValue at, string file, DiagnosticBag diagnostics)
    {
        if (!value.Contains('+'))
        {
            return value;
        }
        diagnostics.Error(file, at.Line, at.Column,
            $"{key} '{value}' contains '+', which some hosts (Amazon S3 among them) read as a space, so the page would not be found; write 'plus' or '-' instead (like {UrlSegment.OfTitle("C++")} for C++)");
        return null;
    }

    private static string? CheckUrl(string? url, YamlValue at, string file, DiagnosticBag diagnostics)
    {
        if (url is null)
        {
            return null;
        }
        if (!UrlPath.IsSafe(url))
        {
            diagnostics.Error(file, at.Line, at.Column,
                $"url '{url}' must be a path from the site root like /about/ or /404.html, without '..', '\\', '//' or a scheme, so the page stays inside the output folder");
            return null;
        }
        return RefusePlus(url, "url", at, file, diagnostics);
    }
}
