using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;
using Scriban.Runtime;
using SiteGen.Config;
using SiteGen.Content;
using SiteGen.Derive;

namespace SiteGen.Templates;

/// <summary>
/// Builds what templates see: one model per page (page.title, page.url, ...) and the `site` object. Built before
/// rendering; workers only read them. Kept across builds by `serve`: a page's model object stays the same and is
/// refilled only when the page changed, and the builder reports which pages changed ("page:/x/", "page:/x/:content").
/// </summary>
public sealed class PageModelBuilder(SiteConfig config)
{
    private readonly Dictionary<string, TrackedScriptObject> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Meta, string Content)> _signatures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long SourceVersion, string Signature)> _frontMatterSignatures = new(StringComparer.Ordinal);
    private string _pathList = "";
    private (IReadOnlyList<Page> Pages, ScriptObject Data, ScriptObject Site, Dictionary<Page, ScriptObject> Models)? _last;

    /// <param name="pages">every page, sorted by URL (as the derive stage gives them).</param>
    /// <param name="changed">receives what changed since the last call; null for a one-off build, which then skips
    /// the signatures that only serve to compare builds.</param>
    /// <param name="bodiesOnly">when <paramref name="pages"/> and <paramref name="data"/> are the last call's (serve kept
    /// the derived site), the only pages whose content may have changed: the rest of the models and the site object are
    /// kept as they are.</param>
    public ScriptObject BuildSite(IReadOnlyList<Page> pages, ScriptObject data, ISet<string>? changed, IReadOnlyList<Page>? bodiesOnly,
        out IReadOnlyDictionary<Page, ScriptObject> models)
    {
        if (changed is not null && bodiesOnly is not null && _last is { } last && last.Pages == pages && last.Data == data)
        {
            foreach (var page in bodiesOnly.Where(p => last.Models.ContainsKey(p) && Compare(p, changed)))
            {
                Fill(page, last.Models);
            }
            models = last.Models;
            return last.Site;
        }
        var byPage = new Dictionary<Page, ScriptObject>(pages.Count);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var refill = new List<Page>();
        foreach (var page in pages)
        {
            present.Add(page.Path);
            if (!_models.TryGetValue(page.Path, out var model))
            {
                model = new TrackedScriptObject("page:" + page.Path, TrackedScriptObject.Granularity.PageModel);
                _models[page.Path] = model;
                refill.Add(page);
                changed?.Add("page:" + page.Path);
                changed?.Add("page:" + page.Path + ":content");
            }
            byPage[page] = model;
            if (changed is null)
            {
                continue;
            }
            if (Compare(page, changed))
            {
                refill.Add(page);
            }
        }
        foreach (var gone in _models.Keys.Where(k => !present.Contains(k)).ToList())
        {
            _models.Remove(gone);
            _signatures.Remove(gone);
            _frontMatterSignatures.Remove(gone);
            changed?.Add("page:" + gone);
            changed?.Add("page:" + gone + ":content");
        }
        foreach (var page in refill)
        {
            Fill(page, byPage);
        }

        var pathList = changed is null ? "" : string.Join('\n', pages.Select(p => p.Path));
        if (changed is not null && pathList != _pathList)
        {
            _pathList = pathList;
            foreach (var member in new[] { "pages", "sections", "home", "taxonomies", "get_page" })
            {
                changed.Add("site:" + member);
            }
        }
        models = byPage;
        var site = Site(pages, data, byPage);
        _last = changed is null ? null : (pages, data, site, byPage);
        return site;
    }

    /// <returns>True when the page's model must be filled again: its signature changed since the last build (noted
    /// in <paramref name="changed"/>: "page:/x/" for anything but its content, "page:/x/:content" for its content).</returns>
    private bool Compare(Page page, ISet<string> changed)
    {
        var signature = (Meta: MetaSignature(page), Content: $"{page.MarkdownVersion}|{page.SourceVersion}|{page.Markdown.HtmlUtf8.Length}");
        var refill = false;
        if (_signatures.TryGetValue(page.Path, out var previous) && previous != signature)
        {
            refill = true;
            if (previous.Meta != signature.Meta)
            {
                changed.Add("page:" + page.Path);
            }
            changed.Add("page:" + page.Path + ":content");
        }
        _signatures[page.Path] = signature;
        return refill;
    }

    /// <summary><c>site</c> as far as site.yml and the data files make it (title, description, base_url, base_path,
    /// language, params, data), each read recorded: what pages see and, before the page list exists, what components see.</summary>
    public static TrackedScriptObject SiteBasics(Config.SiteConfig config, ScriptObject data)
    {
        var trackedData = new TrackedScriptObject("data:", TrackedScriptObject.Granularity.PerMember);
        foreach (var (name, value) in data)
        {
            trackedData[name] = value;
        }
        return new TrackedScriptObject("site:", TrackedScriptObject.Granularity.PerMember)
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["base_url"] = config.BaseUrl,
            ["base_path"] = config.BasePath,
            ["language"] = config.Language,
            ["params"] = config.Params,
            ["data"] = trackedData,
        };
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TemplateFunctions.DelegateImport)]
    private TrackedScriptObject Site(IReadOnlyList<Page> sorted, ScriptObject data, Dictionary<Page, ScriptObject> byPage)
    {
        ScriptArray ListOf(IEnumerable<Page> list) => [.. list.Select(p => (object?)byPage[p])];
        var site = SiteBasics(config, data);
        site["search"] = Search.SearchIndexFiles.TemplateModel(config);
        var menus = new ScriptObject();
        foreach (var (name, items) in config.Menus)
        {
            menus[name] = new ScriptArray(items.Select(i => (object?)new ScriptObject { ["name"] = i.Name, ["url"] = i.Url, ["weight"] = i.Weight }));
        }
        site["menus"] = menus;
        site["pages"] = ListOf(sorted);
        site["sections"] = ListOf(sorted.Where(p => p.Kind is PageKind.Section or PageKind.Taxonomy));
        site["home"] = sorted.FirstOrDefault(p => p.Kind == PageKind.Home) is { } home ? byPage[home] : null;
        var taxonomies = new ScriptObject();
        foreach (var taxonomy in config.Taxonomies)
        {
            taxonomies[taxonomy] = ListOf(sorted.Where(p => p.Kind == PageKind.Term && p.Taxonomy == taxonomy));
        }
        site["taxonomies"] = taxonomies;
        var byPath = sorted.ToDictionary(p => p.Path, p => byPage[p], StringComparer.Ordinal);
        site.Import("get_page", new Func<string, ScriptObject>(path =>
            byPath.TryGetValue(path, out var found)
                ? found
                : throw new ArgumentException($"get_page: no page has the URL '{path}' (give the path without the base path, like /roles/)")));
        return site;
    }

    /// <summary>Everything a page's model holds apart from its content, as text: equal text, equal model.</summary>
    private string MetaSignature(Page page)
    {
        static string Paths(IEnumerable<Page> pages) => string.Join(',', pages.Select(p => p.Path));
        var terms = string.Join(';', page.PageTerms.Select(t => t.Key + "=" + Paths(t.Value)));
        return string.Join('|', page.Kind, FrontMatterSignature(page), page.Parent?.Path, page.Prev?.Path, page.Next?.Path,
            Paths(page.Pages), Paths(page.Sections), terms, page.Term?.Name, page.Term?.Slug, page.Taxonomy, page.Git, page.EditUrl,
            page.Data is null ? "" : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(page.Data).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The front matter as text, recomputed only when the source file changed.</summary>
    private string FrontMatterSignature(Page page)
    {
        if (page.SourceVersion != 0 && _frontMatterSignatures.TryGetValue(page.Path, out var known) && known.SourceVersion == page.SourceVersion)
        {
            return known.Signature;
        }
        var front = page.FrontMatter;
        var signature = string.Join('\u001f', front.Title, front.Description, front.Slug, front.Url, front.Layout, front.Weight, front.Draft,
            front.Date, front.Updated, front.InSitemap, front.InSearch, TemplateFunctions.ToJson(front.Params), page.SourceFile, page.ConfiguredLayout);
        _frontMatterSignatures[page.Path] = (page.SourceVersion, signature);
        return signature;
    }

    private void Fill(Page page, Dictionary<Page, ScriptObject> byPage)
    {
        ScriptArray ListOf(IEnumerable<Page> list) => [.. list.Select(p => (object?)byPage[p])];
        var model = _models[page.Path];
        model.Clear();
        var front = page.FrontMatter;
        var toc = new ScriptArray(page.Markdown.Toc.Select(t => (object?)new ScriptObject { ["level"] = t.Level, ["id"] = t.Id, ["title"] = t.Title }));
        model["title"] = front.Title;
        model["description"] = front.Description ?? "";
        model["weight"] = front.Weight;
        model["draft"] = front.Draft;
        model["sitemap"] = front.InSitemap;
        model["kind"] = page.Kind.ToString().ToLowerInvariant();
        model["layout"] = front.Layout ?? page.ConfiguredLayout;
        model["url"] = config.BasePath + page.Path;
        model["path"] = page.Path;
        model["permalink"] = SitemapBuilder.Permalink(config, page.Path);
        model["feeds"] = Feeds.FeedLinks.For(config, page);
        model["content"] = HtmlString.FromUtf8(page.Markdown.HtmlUtf8);
        model["toc"] = toc;
        model["toc_html"] = new HtmlString(TocHtml(page.Markdown.Toc));
        model["params"] = front.Params;
        model["term"] = page.Term is null ? null : new ScriptObject { ["name"] = page.Term.Name, ["slug"] = page.Term.Slug };
        model["taxonomy"] = page.Taxonomy;
        model["data"] = page.Data;
        model["date"] = DateModel.For(front.Date, config.Language);
        model["updated"] = DateModel.For(front.Updated, config.Language);
        model["lastmod"] = DateModel.For(page.LastModified, config.Language);
        model["git"] = page.Git is { } git
            ? new ScriptObject { ["updated"] = DateModel.For(git.Updated, config.Language), ["author"] = git.Author, ["commit"] = git.Commit, ["short"] = git.Short }
            : null;
        model["edit_url"] = page.EditUrl;
        model["source"] = page.SourceFile is { } source && page.Kind != PageKind.Data ? source : null;
        model["word_count"] = page.Markdown.WordCount;
        model["reading_minutes"] = Math.Max(1, (page.Markdown.WordCount + 199) / 200);
        model["section"] = page.Parent is null ? null : byPage[page.Parent];
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
