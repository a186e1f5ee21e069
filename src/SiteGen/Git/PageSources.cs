using SiteGen.Config;
using SiteGen.Content;

namespace SiteGen.Git;

/// <summary>
/// Gives every page with a source file its git values (<c>page.git</c>) and its edit link (<c>page.edit_url</c>): a
/// Markdown page's source is its file; a data page's is the data file its entry comes from (data/salaries.yml for
/// <c>source: salaries.locations</c>). Generated pages (term lists without a file) get neither. Run by the derive
/// stage once the data pages exist, before the sitemap is written.
/// </summary>
public static class PageSources
{
    public static void Apply(IEnumerable<Page> pages, SiteRepository repository, SiteConfig config, SitePaths paths)
    {
        var dataFiles = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var source = page.Kind == PageKind.Data
                ? page.DataSource is { } dotted ? DataFile(dotted, paths, dataFiles) : null
                : page.ContentPath;
            page.Git = source is null ? null : repository.CommitOf(source);
            page.EditUrl = source is null || config.Git.EditUrl is not { } pattern ? null : pattern.For(repository.RepositoryPath(source));
        }
    }

    /// <summary>The file of the content folder that holds the data at <paramref name="dotted"/> ("salaries.locations"):
    /// the deepest data/a/b.yml (or .yaml) that exists, as <see cref="DataLoader"/> names them.</summary>
    private static string? DataFile(string dotted, SitePaths paths, Dictionary<string, string?> known)
    {
        if (known.TryGetValue(dotted, out var file))
        {
            return file;
        }
        var parts = dotted.Split('.');
        for (var count = parts.Length; count > 0 && file is null; count--)
        {
            var stem = "data/" + string.Join('/', parts[..count]);
            file = new[] { stem + ".yml", stem + ".yaml" }.FirstOrDefault(f => File.Exists(Path.Combine(paths.Content, f)));
        }
        known[dotted] = file;
        return file;
    }
}
