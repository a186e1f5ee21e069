namespace SiteGen.Content;

public enum PageKind
{
    Home,
    Section,
    Page,
    Taxonomy,
    Term,
    Data,
}

/// <summary>
/// One page of the site. The loader fills what comes from the source; later stages fill in the rendered
/// Markdown and the page's place in the site (parent, children, neighbours, terms).
/// </summary>
public sealed class Page
{
    public required PageKind Kind { get; set; }

    /// <summary>URL path from the site root, without the base path: "/roles/api-developer/".</summary>
    public required string Path { get; init; }

    /// <summary>For a Markdown page, the URL path its file's place in the content folder gives ("/blog/first-post/" for
    /// blog/first-post.md), before `url:`, `slug:` or a permalink: it decides the page's section and parent. Null for
    /// generated pages, whose place is their URL.</summary>
    public string? Place { get; init; }

    public required FrontMatter FrontMatter { get; set; }

    /// <summary>Display path of the source file ("site-content/roles/api-developer.md"), null for generated pages.</summary>
    public string? SourceFile { get; set; }

    /// <summary>Source path relative to the content folder, with '/' ("roles/api-developer.md"); used to resolve .md links.</summary>
    public string? ContentPath { get; set; }

    public string Body { get; set; } = "";

    /// <summary>1-based line of the source file where the Markdown body starts.</summary>
    public int BodyLine { get; set; } = 1;

    /// <summary>The data entry of a data page.</summary>
    public object? Data { get; init; }

    /// <summary>For a data page: where its entry comes from in site.data (<c>salaries.locations</c>), which names its data file.</summary>
    public string? DataSource { get; init; }

    /// <summary>The commit that last changed the page's source file (<see cref="Git.PageSources"/>); null outside git,
    /// for generated pages and for files not committed.</summary>
    public Git.SourceCommit? Git { get; set; }

    /// <summary>The page's edit link from site.yml's <c>edit_url</c>; null without one or without a source file.</summary>
    public string? EditUrl { get; set; }

    /// <summary>When the page last changed, as templates (<c>page.lastmod</c>) and the sitemap tell it: front matter
    /// <c>updated</c>, else the last commit of its source, else its <c>date</c>.</summary>
    public PageDate? LastModified => FrontMatter.Updated ?? Git?.Updated ?? FrontMatter.Date;

    /// <summary>The layout a data page was configured with.</summary>
    public string? ConfiguredLayout { get; init; }

    /// <summary>For a term page: the taxonomy and the term.</summary>
    public string? Taxonomy { get; set; }

    public TermName? Term { get; set; }

    public RenderedMarkdown Markdown { get; set; } = RenderedMarkdown.Empty;

    /// <summary>Changes whenever the source file or the rendered Markdown changes (used by incremental rebuilds).</summary>
    public long SourceVersion { get; set; }

    public long MarkdownVersion { get; set; }

    // Filled by the derive stage.
    public Page? Parent { get; set; }

    public List<Page> Pages { get; } = [];

    public List<Page> Sections { get; } = [];

    public Page? Prev { get; set; }

    public Page? Next { get; set; }

    public SortedDictionary<string, List<Page>> PageTerms { get; } = new(StringComparer.Ordinal);

    /// <summary>The file this page is written to ("roles/api-developer/index.html"); made once, as the URL never changes.</summary>
    public string OutputFile => _outputFile ??= UrlPath.ToOutputFile(Path);

    private string? _outputFile;

    /// <summary>The first segment of the page's place ("roles": its top-level content folder), or "" for pages at the root.</summary>
    public string Section
    {
        get
        {
            var (first, more) = _firstSegment ??= FirstSegment(Place ?? Path);
            return more || Kind is PageKind.Section or PageKind.Taxonomy ? first : "";
        }
    }

    private (string First, bool More)? _firstSegment;

    /// <returns>The first non-empty segment of a URL path and whether another one follows ("" when there is none).</returns>
    private static (string First, bool More) FirstSegment(string path)
    {
        var start = 0;
        while (start < path.Length && path[start] == '/')
        {
            start++;
        }
        var end = path.IndexOf('/', start);
        if (end < 0)
        {
            end = path.Length;
        }
        var rest = end;
        while (rest < path.Length && path[rest] == '/')
        {
            rest++;
        }
        return (path[start..end], rest < path.Length);
    }

    public bool IsListPage => Kind is PageKind.Home or PageKind.Section or PageKind.Taxonomy;

    public string Title => FrontMatter.Title;

    public override string ToString() => Path;
}

public sealed record TermName(string Name, string Slug);

public sealed record TocEntry(int Level, string Id, string Title);

/// <summary>A link written in a page's Markdown, as it appears in the HTML, with its source position.</summary>
public sealed record MarkdownLink(string Href, int Line, int Column);

/// <param name="HtmlUtf8">the page's HTML as UTF-8: every page holds it until its templates run, in half the memory of a string.</param>
public sealed record RenderedMarkdown(byte[] HtmlUtf8, IReadOnlyList<TocEntry> Toc, IReadOnlyList<MarkdownLink> Links, int WordCount)
{
    public static readonly RenderedMarkdown Empty = new([], [], [], 0);
}
