using System.Runtime.InteropServices;
using SiteGen.Content;
using SiteGen.Output;

namespace SiteGen.Derive;

/// <summary>
/// Every file of the output, whatever makes it (a page, a static file, the sitemap, robots.txt), claims its path in one
/// namespace. A second claim on a path, a file where another claim needs a folder (a page with `slug: robots.txt` below
/// a robots.txt file), or two paths that differ only in letter case is an error naming both sources, reported where the
/// user can change it. Paths are compared ignoring case because the file system may: on Windows and macOS (and hosts
/// serving from them) `About/index.html` and `about/index.html` are one file, and the build could not write both there.
/// One dictionary over every output file and folder: linear in the site's size, run on every build and rebuild.
/// </summary>
public static class OutputNamespace
{
    /// <summary>What a claim is, shown only when it clashes (made lazily: building it for every page would cost more
    /// than the check itself).</summary>
    /// <param name="What">the claim as named in an error ("the static file site-content/static/a.txt").</param>
    /// <param name="File">where to report a clash about it; null for files SiteGen generates.</param>
    /// <param name="Fix">what the user can do about this claim, if anything ("give the page another `url:` or `slug:`").</param>
    /// <param name="Chosen">the path was chosen by hand (`url:`, `slug:`, a data_pages URL), not derived from a file name.</param>
    private sealed record Claim(string What, string? File, int Line, int Column, string? Fix, bool Chosen = false);

    /// <summary>A file or folder of the output: the page, static file or generated file that claimed it first (for a
    /// folder, the first file below it), and the length of its path in that claim's path, as written there.</summary>
    private struct Entry
    {
        public object Source;
        public int Length;
        public bool IsFolder;

        public readonly string Path => PathOf(Source)[..Length];
    }

    /// <param name="pages">every page of the build, generated ones included, in URL order.</param>
    /// <param name="generated">files SiteGen writes besides pages and static files (sitemap.xml, robots.txt).</param>
    /// <param name="generatedFolder">a folder SiteGen fills whole after the check ("search-index/"): no page or static
    /// file may write in it.</param>
    public static void Check(IReadOnlyCollection<Page> pages, IReadOnlyList<StaticFile> staticFiles, IReadOnlyList<OutputFile> generated,
        SitePaths paths, DiagnosticBag diagnostics, string? generatedFolder = null)
    {
        var folderClaim = generatedFolder is null ? null : new OutputFile(generatedFolder, null, null);
        // Sized for every file and about one folder each (a page's own folder), so it never grows.
        var entries = new Dictionary<string, Entry>(2 * (pages.Count + staticFiles.Count + generated.Count), StringComparer.OrdinalIgnoreCase);
        var lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
        // Generated files first, pages last: a clash is reported at the later claim, so at what the user can change.
        foreach (var file in generated)
        {
            Add(file.Path, file);
        }
        foreach (var file in staticFiles)
        {
            Add(file.OutputPath, file);
        }
        foreach (var page in pages)
        {
            Add(page.OutputFile, page);
        }

        void Add(string path, object source)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(entries, path, out var taken);
            if (taken)
            {
                var (first, other) = (Describe(entry.Source, paths), Describe(source, paths));
                var clash = entry.IsFolder ? FileAndFolder(other, path, first, PathOf(entry.Source), entry.Path)
                    : entry.Path == path ? $"{first.What} and {other.What} both write {path}"
                    : $"{first.What} writes {entry.Path} and {other.What} writes {path}: one file on a case-insensitive file system (Windows, macOS)";
                Report(other, first, clash, paths, diagnostics);
                return;
            }
            if (folderClaim is not null && path.StartsWith(folderClaim.Path, StringComparison.OrdinalIgnoreCase))
            {
                Report(Describe(source, paths), Describe(folderClaim, paths),
                    $"{Describe(source, paths).What} writes {path}, inside {folderClaim.Path}, which the search index fills (site.yml `search:`)", paths, diagnostics);
                return;
            }
            entry = new Entry { Source = source, Length = path.Length };
            var span = path.AsSpan();
            for (var end = span.LastIndexOf('/'); end > 0; end = span[..end].LastIndexOf('/'))
            {
                ref var folder = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, span[..end], out var exists);
                if (exists)
                {
                    if (!folder.IsFolder)
                    {
                        var (first, other) = (Describe(folder.Source, paths), Describe(source, paths));
                        Report(other, first, FileAndFolder(first, folder.Path, other, path, folder.Path), paths, diagnostics);
                    }
                    break;
                }
                folder = new Entry { Source = source, Length = end, IsFolder = true };
            }
        }
    }

    /// <summary>The clash of a file with a path below it: <paramref name="file"/> writes the file
    /// <paramref name="filePath"/> where <paramref name="below"/> needs the folder <paramref name="folder"/>.</summary>
    private static string FileAndFolder(Claim file, string filePath, Claim below, string belowPath, string folder) =>
        $"{file.What} writes the file {filePath}, but {below.What} writes {belowPath}, which needs {folder}/ to be a folder";

    /// <summary>Reports a clash where it was most likely made: at a path chosen by hand, else at a claim with a file,
    /// else at the later claim.</summary>
    private static void Report(Claim later, Claim earlier, string clash, SitePaths paths, DiagnosticBag diagnostics)
    {
        var at = (earlier.Chosen && !later.Chosen) || (later.File is null && earlier.File is not null) ? earlier : later;
        var fixes = string.Join(", or ", new[] { later.Fix, earlier.Fix }.Distinct().OfType<string>());
        diagnostics.Error(at.File ?? paths.Display(paths.ConfigFile), at.Line, at.Column, fixes.Length == 0 ? clash : $"{clash}; {fixes}");
    }

    private static string PathOf(object source) => source switch
    {
        Page page => page.OutputFile,
        StaticFile file => file.OutputPath,
        _ => ((OutputFile)source).Path,
    };

    private static Claim Describe(object source, SitePaths paths)
    {
        if (source is StaticFile file)
        {
            var shown = paths.Display(file.SourcePath);
            return new Claim("the static file " + shown, shown, 0, 0, "rename or remove the static file");
        }
        if (source is OutputFile generated)
        {
            return new Claim($"the generated {generated.Path}", null, 0, 0,
                generated.Path == "robots.txt" ? "put your own robots.txt in static/ to replace the generated one"
                : generated.Path.EndsWith('/') ? $"move it out of {generated.Path} or turn search off" : null);
        }
        var page = (Page)source;
        var (line, column) = page.FrontMatter.UrlSetAt;
        if (page.Kind == PageKind.Data)
        {
            return new Claim($"the data page {page.Path} (data_pages in site.yml)", page.SourceFile, line, column,
                "change the `url:` pattern of that data_pages entry", Chosen: true);
        }
        if (page.SourceFile is null)
        {
            var what = page.Kind == PageKind.Term ? $"the generated page of the {page.Taxonomy} term '{page.Term?.Name}'" : $"the generated {page.Kind.ToString().ToLowerInvariant()} page {page.Path}";
            return new Claim(what, null, 0, 0, null);
        }
        var setBy = line == 0 ? "" : page.FrontMatter.Url is not null ? " (`url:`)" : " (`slug:`)";
        return new Claim($"the page {page.SourceFile} at {page.Path}{setBy}", page.SourceFile, line > 0 ? line : 1, line > 0 ? column : 1,
            "give the page another `url:` or `slug:`", Chosen: line > 0);
    }
}
