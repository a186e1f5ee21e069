using SiteGen.Config;

namespace SiteGen.Content;

/// <summary>Finds every Markdown page under the content folder, reads its front matter and gives it a URL.</summary>
public static class ContentLoader
{
    /// <summary>The loaded pages, plus the content paths left out as drafts and those that failed to load (for precise link errors).</summary>
    public sealed record Loaded(IReadOnlyList<Page> Pages, IReadOnlySet<string> Drafts, IReadOnlySet<string> Failed);

    public static Loaded LoadPages(SitePaths paths, SiteConfig config, bool includeDrafts, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        var files = Directory.EnumerateFiles(paths.Content, "*.md", SearchOption.AllDirectories)
            .Select(f => System.IO.Path.GetRelativePath(paths.Content, f).Replace('\\', '/'))
            .Where(rel => !rel.StartsWith("data/", StringComparison.Ordinal) && !rel.StartsWith("static/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var results = new (Page? Page, DiagnosticBag Diagnostics)[files.Length];
        var stamps = new FileStamp[files.Length];
        var maxBytes = (long)config.MaxPageMegabytes * 1024 * 1024;
        Parallel.For(0, files.Length, i =>
        {
            var bag = new DiagnosticBag();
            if (cache is not null)
            {
                stamps[i] = FileStamp.Of(System.IO.Path.Combine(paths.Content, files[i]));
                if (cache.Sources.TryGetValue(files[i], out var cached) && cached.Stamp == stamps[i])
                {
                    results[i] = (Copy(cached.Source, cached.Version), bag);
                    return;
                }
            }
            results[i] = (LoadPage(paths, files[i], config, maxBytes, bag), bag);
        });
        if (cache is not null)
        {
            RememberSources(cache, files, stamps, results);
        }

        var pages = new List<Page>(files.Length);
        var drafts = new HashSet<string>(StringComparer.Ordinal);
        var failed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            var (page, bag) = results[i];
            diagnostics.AddRange(bag.Items);
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

    private static void RememberSources(BuildCache cache, string[] files, FileStamp[] stamps, (Page? Page, DiagnosticBag Diagnostics)[] results)
    {
        var present = new HashSet<string>(files, StringComparer.Ordinal);
        cache.Sources.KeepOnly(present);
        for (var i = 0; i < files.Length; i++)
        {
            if (results[i].Page is not { } page)
            {
                cache.Sources.Remove(files[i]);
            }
            else if (!cache.Sources.TryGetValue(files[i], out var cached) || cached.Stamp != stamps[i])
            {
                page.SourceVersion = cache.NextVersion();
                cache.Sources[files[i]] = (stamps[i], Copy(page, page.SourceVersion), page.SourceVersion);
            }
        }
    }

    /// <summary>A fresh page with the source fields of a cached one (later stages fill the rest anew).</summary>
    private static Page Copy(Page source, long version) => new()
    {
        Kind = source.Kind,
        Path = source.Path,
        FrontMatter = source.FrontMatter,
        SourceFile = source.SourceFile,
        ContentPath = source.ContentPath,
        Body = source.Body,
        BodyLine = source.BodyLine,
        SourceVersion = version,
    };

    private static Page? LoadPage(SitePaths paths, string contentPath, SiteConfig config, long maxBytes, DiagnosticBag diagnostics)
    {
        var displayPath = paths.Display(System.IO.Path.Combine(paths.Content, contentPath));
        var text = SourceText.Read(System.IO.Path.Combine(paths.Content, contentPath), displayPath, diagnostics, maxBytes);
        if (text is null)
        {
            return null;
        }
        var split = FrontMatterParser.SplitPage(text, displayPath, diagnostics);
        if (split is null)
        {
            return null;
        }
        var frontMatter = FrontMatterParser.Parse(split, displayPath, config.Taxonomies, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }
        var (kind, path) = UrlOf(contentPath, frontMatter);
        return new Page
        {
            Kind = kind,
            Path = path,
            FrontMatter = frontMatter,
            SourceFile = displayPath,
            ContentPath = contentPath,
            Body = split.Body,
            BodyLine = split.BodyLine,
        };
    }

    private static (PageKind Kind, string Path) UrlOf(string contentPath, FrontMatter frontMatter)
    {
        var folder = contentPath.Contains('/') ? contentPath[..contentPath.LastIndexOf('/')] : "";
        var fileName = System.IO.Path.GetFileNameWithoutExtension(contentPath);
        var isIndex = fileName == "_index";
        var kind = isIndex ? (folder.Length == 0 ? PageKind.Home : PageKind.Section) : PageKind.Page;
        if (frontMatter.Url is not null)
        {
            return (kind, UrlPath.Normalize(frontMatter.Url));
        }
        var folderUrl = folder.Length == 0 ? "/" : "/" + string.Join('/', folder.Split('/').Select(SegmentOf)) + "/";
        if (isIndex)
        {
            return (kind, folderUrl);
        }
        return (kind, folderUrl + (frontMatter.Slug ?? SegmentOf(fileName)) + "/");
    }

    /// <summary>File and folder names are used as they are when they are already URL-friendly, else slugified.</summary>
    private static string SegmentOf(string name) =>
        name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.') && name.Trim('.').Length > 0
            ? name
            : Slug.Make(name) is { Length: > 0 } slug ? slug : "page";
}
