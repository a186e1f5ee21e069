using SiteGen.Config;

namespace SiteGen.Content;

/// <summary>Finds every Markdown page under the content folder, reads its front matter and gives it a URL.</summary>
public static class ContentLoader
{
    /// <summary>The loaded pages, plus the content paths left out as drafts and those that failed to load (for precise link errors).</summary>
    /// <param name="BodiesOnly">set when serve kept the last build's pages because only page bodies changed (the same files
    /// with the same front matter, data and static files): the pages whose body was read again. Every other page is the
    /// last build's object, with its Markdown and its place in the tree, and later stages may keep what they made of it.</param>
    public sealed record Loaded(IReadOnlyList<Page> Pages, IReadOnlySet<string> Drafts, IReadOnlySet<string> Failed, IReadOnlyList<Page>? BodiesOnly = null);

    /// <summary>What reading one page file gave: the page (null when it failed), its front matter text and its diagnostics.</summary>
    private sealed record Read(Page? Page, string FrontMatter, FileStamp Stamp, DiagnosticBag Diagnostics);

    public static Loaded LoadPages(SitePaths paths, SiteConfig config, bool includeDrafts, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        var listed = cache is null ? null : PageFiles.FromChanges(paths, cache);
        var files = listed?.Files ?? PageFiles.Scan(paths, diagnostics);
        var maxBytes = (long)config.MaxPageMegabytes * 1024 * 1024;
        var reads = new Read?[files.Length];
        if (listed is not null)
        {
            // The watcher named the changed files: read those, and any that failed to load last time.
            var toRead = cache!.Sources.Count == cache.ContentFiles!.Length
                ? listed.Changed.Select(f => Array.BinarySearch(files, f, StringComparer.Ordinal)).ToList()
                : Enumerable.Range(0, files.Length).Where(i => listed.Changed.Contains(files[i]) || !cache.Sources.ContainsKey(files[i])).ToList();
            Parallel.ForEach(toRead, i => reads[i] = ReadPage(paths, files[i], config, maxBytes, FileStamp.Of(Path.Combine(paths.Content, files[i]))));
        }
        else
        {
            Parallel.For(0, files.Length, i =>
            {
                var stamp = cache is null ? default : FileStamp.Of(Path.Combine(paths.Content, files[i]));
                if (cache is null || !cache.Sources.TryGetValue(files[i], out var cached) || cached.Stamp != stamp)
                {
                    reads[i] = ReadPage(paths, files[i], config, maxBytes, stamp);
                }
            });
        }
        foreach (var read in reads)
        {
            if (read is not null)
            {
                diagnostics.AddRange(read.Diagnostics.Items);
            }
        }
        if (cache is null)
        {
            return Collect(files, i => reads[i]!.Page, includeDrafts);
        }
        if (cache.CanKeepPages && !cache.StructureChanged && BodyUpdates(cache, files, reads) is { } updates)
        {
            Remember(cache, files, reads);
            foreach (var (live, read) in updates)
            {
                live.Body = read.Body;
                live.BodyLine = read.BodyLine;
                live.SourceVersion = read.SourceVersion;
            }
            cache.KeptPages = true;
            return cache.LastContent! with { BodiesOnly = [.. updates.Select(u => u.Live)] };
        }
        Remember(cache, files, reads);
        var loaded = Collect(files, i => reads[i] is { } read ? read.Page : Copy(cache.Sources[files[i]]), includeDrafts);
        cache.StructureChanged = true;
        cache.LastContent = loaded;
        cache.LivePages.Clear();
        foreach (var page in loaded.Pages)
        {
            cache.LivePages[page.ContentPath!] = page;
        }
        return loaded;
    }

    /// <returns>The last build's pages whose body was read again, each with its new reading; null when more than bodies
    /// changed (a page added, removed or failing, or front matter edited), so the pages must be placed in the site again.</returns>
    private static List<(Page Live, Page Read)>? BodyUpdates(BuildCache cache, string[] files, Read?[] reads)
    {
        if (files != cache.ContentFiles && !files.AsSpan().SequenceEqual(cache.ContentFiles))
        {
            return null;
        }
        var updates = new List<(Page Live, Page Read)>();
        for (var i = 0; i < files.Length; i++)
        {
            if (reads[i] is not { } read)
            {
                continue;
            }
            if (read.Page is null || !cache.Sources.TryGetValue(files[i], out var previous) || previous.FrontMatter != read.FrontMatter)
            {
                return null;
            }
            // A draft left out of the build has no live page; its new body only needs remembering.
            if (cache.LivePages.TryGetValue(files[i], out var live))
            {
                updates.Add((live, read.Page));
            }
        }
        return updates;
    }

    /// <summary>Records every page read in this build with a new version; forgets files that are gone or failed.</summary>
    private static void Remember(BuildCache cache, string[] files, Read?[] reads)
    {
        if (files != cache.ContentFiles)
        {
            cache.Sources.KeepOnly(new HashSet<string>(files, StringComparer.Ordinal));
            cache.ContentFiles = files;
        }
        for (var i = 0; i < files.Length; i++)
        {
            if (reads[i] is not { } read)
            {
                continue;
            }
            if (read.Page is not { } page)
            {
                cache.Sources.Remove(files[i]);
                continue;
            }
            page.SourceVersion = cache.NextVersion();
            cache.Sources[files[i]] = new CachedSource(read.Stamp, Copy(page, page.SourceVersion), page.SourceVersion, read.FrontMatter);
        }
    }

    private static Loaded Collect(string[] files, Func<int, Page?> pageAt, bool includeDrafts)
    {
        var pages = new List<Page>(files.Length);
        var drafts = new HashSet<string>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            var page = pageAt(i);
            if (page is null)
            {
                failed.Add(files[i]);
            }
            else if (includeDrafts || !page.FrontMatter.Draft)
            {
                pages.Add(page);
            }
            else
            {
                drafts.Add(files[i]);
            }
        }
        return new Loaded(pages, drafts, failed);
    }

    /// <summary>A fresh page with the source fields of a cached one (later stages fill the rest anew).</summary>
    private static Page Copy(CachedSource cached) => Copy(cached.Source, cached.Version);

    private static Page Copy(Page source, long version) => new()
    {
        Kind = source.Kind,
        Path = source.Path,
        Place = source.Place,
        FrontMatter = source.FrontMatter,
        SourceFile = source.SourceFile,
        ContentPath = source.ContentPath,
        Body = source.Body,
        BodyLine = source.BodyLine,
        SourceVersion = version,
    };

    private static Read ReadPage(SitePaths paths, string contentPath, SiteConfig config, long maxBytes, FileStamp stamp)
    {
        var bag = new DiagnosticBag();
        var (page, frontMatter) = LoadPage(paths, contentPath, config, maxBytes, bag);
        return new Read(page, frontMatter, stamp, bag);
    }

    private static (Page? Page, string FrontMatter) LoadPage(SitePaths paths, string contentPath, SiteConfig config, long maxBytes, DiagnosticBag diagnostics)
    {
        var displayPath = paths.Display(Path.Combine(paths.Content, contentPath));
        var text = SourceText.Read(Path.Combine(paths.Content, contentPath), displayPath, diagnostics, maxBytes);
        if (text is null)
        {
            return (null, "");
        }
        var split = FrontMatterParser.SplitPage(text, displayPath, diagnostics);
        if (split is null)
        {
            return (null, "");
        }
        if (FrontMatterParser.ParsePage(split, displayPath, config.Taxonomies, diagnostics) is not var (frontMatter, parsedSplit))
        {
            return (null, split.FrontMatterText);
        }
        split = parsedSplit;
        if (UrlOf(contentPath, frontMatter, config, displayPath, diagnostics) is not var (kind, path, place))
        {
            return (null, split.FrontMatterText);
        }
        return (new Page
        {
            Kind = kind,
            Path = path,
            Place = place,
            FrontMatter = frontMatter,
            SourceFile = displayPath,
            ContentPath = contentPath,
            Body = split.Body,
            BodyLine = split.BodyLine,
        }, split.FrontMatterText);
    }

    /// <returns>The page's kind, its URL, and its place: the URL its file's path gives, which puts it in its folder's
    /// section whatever its `url:`, `slug:` or permalink; null when a permalink cannot be applied (an error says why).</returns>
    private static (PageKind Kind, string Path, string Place)? UrlOf(string contentPath, FrontMatter frontMatter, SiteConfig config, string file, DiagnosticBag diagnostics)
    {
        var folder = contentPath.Contains('/') ? contentPath[..contentPath.LastIndexOf('/')] : "";
        var fileName = Path.GetFileNameWithoutExtension(contentPath);
        var isIndex = fileName == "_index";
        var kind = isIndex ? (folder.Length == 0 ? PageKind.Home : PageKind.Section) : PageKind.Page;
        var folderUrl = folder.Length == 0 ? "/" : "/" + string.Join('/', folder.Split('/').Select(SegmentOf)) + "/";
        var place = isIndex ? folderUrl : folderUrl + SegmentOf(fileName) + "/";
        if (frontMatter.Url is not null)
        {
            return (kind, UrlPath.Normalize(frontMatter.Url), place);
        }
        if (isIndex)
        {
            return (kind, folderUrl, place);
        }
        var folderPath = folderUrl.Trim('/');
        if (PermalinkRule.For(config.Permalinks, folderPath) is { } rule)
        {
            var date = PermalinkDate(frontMatter.Date);
            if (date is null && rule.NeedsDate)
            {
                diagnostics.Error(file, 1, 1,
                    $"the permalink '{rule.Pattern}' of {(rule.Section.Contains('/') ? "folder" : "section")} '{rule.Section}' (site.yml:{rule.Line}:{rule.Column}) needs the page's `date:`; add one, or give the page a `url:`");
                return null;
            }
            var slug = frontMatter.Slug ?? UrlSegment.OfTitle(frontMatter.Title);
            return (kind, rule.Apply(folderPath, slug, SegmentOf(fileName), date), place);
        }
        return (kind, folderUrl + (frontMatter.Slug ?? SegmentOf(fileName)) + "/", place);
    }

    /// <summary>The day of a page's `date:` ("2024-03-09", or the date part of a date-time), for permalinks.</summary>
    private static DateOnly? PermalinkDate(PageDate? date) => date is null ? null : DateOnly.FromDateTime(date.Value.DateTime);

    /// <summary>File and folder names are used as they are when they are already URL-friendly, else made readable
    /// and distinct by <see cref="UrlSegment"/>.</summary>
    private static string SegmentOf(string name) => UrlSegment.Of(name);
}
