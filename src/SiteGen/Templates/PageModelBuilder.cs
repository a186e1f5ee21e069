using System.Net;
using System.Text;
using Scriban.Runtime;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Derive;

namespace SiteGen.Templates;

/// <summary>
/// Builds what templates see: one read-only ScriptObject per page (page.title, page.url, ...) and the `site` object.
/// Built once before rendering; workers only read them.
/// </summary>
public sealed class PageModelBuilder(SiteConfig config)
{
    public ScriptObject BuildSite(IReadOnlyList<Page> pages, ScriptObject data, out IReadOnlyDictionary<Page, ScriptObject> models)
    {
        var byPage = new Dictionary<Page, ScriptObject>(pages.Count);
        foreach (var page in pages)
        {
            byPage[page] = Fields(page);
        }
        ScriptArray ListOf(IEnumerable<Page> list) => [.. list.Select(p => (object?)byPage[p])];
        foreach (var page in pages)
        {
            var model = byPage[page];
            model["section"] = page.Parent is null ? null : byPage[SectionOf(page)];
            model["parent"] = page.Parent is null ? null : byPage[page.Parent];
            model["breadcrumbs"] = ListOf(PageTree.Breadcrumbs(page));
            model["pages"] = ListOf(page.Pages);
            model["sections"] = ListOf(page.Sections);
            model["prev"] = page.Prev is null ? null : byPage[page.Prev];
            model["next"] = page.Next is null ? null : byPage[page.Next];
            var terms = new ScriptObject();
            foreach (var taxonomy in config.Taxonomies)
            {
                terms[taxonomy] = ListOf(page.PageTerms.TryGetValue(taxonomy, out var list) ? list : []);
            }
            model["terms"] = terms;
        }

        var site = new ScriptObject
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["base_url"] = config.BaseUrl,
            ["base_path"] = config.BasePath,
            ["language"] = config.Language,
            ["params"] = config.Params,
            ["data"] = data,
        };
        var menus = new ScriptObject();
        foreach (var (name, items) in config.Menus)
        {
            menus[name] = new ScriptArray(items.Select(i => (object?)new ScriptObject { ["name"] = i.Name, ["url"] = i.Url, ["weight"] = i.Weight }));
        }
        site["menus"] = menus;
        var sorted = pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
        site["pages"] = ListOf(sorted);
        site["sections"] = ListOf(sorted.Where(p => p.Kind is PageKind.Section or PageKind.Taxonomy));
        site["home"] = pages.FirstOrDefault(p => p.Kind == PageKind.Home) is { } home ? byPage[home] : null;
        var taxonomies = new ScriptObject();
        foreach (var taxonomy in config.Taxonomies)
        {
            taxonomies[taxonomy] = ListOf(sorted.Where(p => p.Kind == PageKind.Term && p.Taxonomy == taxonomy));
        }
        site["taxonomies"] = taxonomies;
        var byPath = pages.ToDictionary(p => p.Path, p => byPage[p], StringComparer.Ordinal);
        site.Import("get_page", new Func<string, ScriptObject>(path =>
            byPath.TryGetValue(path, out var found)
                ? found
                : throw new ArgumentException($"get_page: no page has the URL '{path}' (give the path without the base path, like /roles/)")));
        models = byPage;
        return site;
    }

    private static Page SectionOf(Page page)
    {
        var section = page.Parent!;
        return section;
    }

    private ScriptObject Fields(Page page)
    {
        var front = page.FrontMatter;
        var toc = new ScriptArray(page.Markdown.Toc.Select(t => (object?)new ScriptObject { ["level"] = t.Level, ["id"] = t.Id, ["title"] = t.Title }));
        return new ScriptObject
        {
            ["title"] = front.Title,
            ["description"] = front.Description ?? "",
            ["weight"] = front.Weight,
            ["draft"] = front.Draft,
            ["kind"] = page.Kind.ToString().ToLowerInvariant(),
            ["layout"] = front.Layout ?? page.ConfiguredLayout,
            ["url"] = config.BasePath + page.Path,
            ["path"] = page.Path,
            ["permalink"] = SitemapBuilder.Permalink(config, page.Path),
            ["content"] = new HtmlString(page.Markdown.Html),
            ["toc"] = toc,
            ["toc_html"] = new HtmlString(TocHtml(page.Markdown.Toc)),
            ["params"] = front.Params,
            ["term"] = page.Term is null ? null : new ScriptObject { ["name"] = page.Term.Name, ["slug"] = page.Term.Slug },
            ["taxonomy"] = page.Taxonomy,
            ["data"] = page.Data,
            ["date"] = front.Date,
            ["updated"] = front.Updated,
            ["source"] = page.SourceFile is { } source && page.Kind != PageKind.Data ? source : null,
            ["word_count"] = page.Markdown.WordCount,
            ["reading_minutes"] = Math.Max(1, (page.Markdown.WordCount + 199) / 200),
        };
    }

    /// <summary>The table of contents as nested lists, outermost level being the smallest heading level present.</summary>
    private static string TocHtml(IReadOnlyList<TocEntry> toc)
    {
        if (toc.Count == 0)
        {
            return "";
        }
        var builder = new StringBuilder();
        var top = toc.Min(t => t.Level);
        var depth = 0;
        foreach (var entry in toc)
        {
            var level = entry.Level - top + 1;
            if (level > depth)
            {
                while (depth < level)
                {
                    builder.Append(depth == 0 ? "<ol>" : "<ol>");
                    depth++;
                    if (depth < level)
                    {
                        builder.Append("<li>");
                    }
                }
            }
            else
            {
                builder.Append("</li>");
                while (depth > level)
                {
                    builder.Append("</ol></li>");
                    depth--;
                }
            }
            builder.Append("<li><a href=\"#").Append(WebUtility.HtmlEncode(entry.Id)).Append("\">").Append(WebUtility.HtmlEncode(entry.Title)).Append("</a>");
        }
        builder.Append("</li>");
        while (depth > 1)
        {
            builder.Append("</ol></li>");
            depth--;
        }
        builder.Append("</ol>");
        return builder.ToString();
    }
}
