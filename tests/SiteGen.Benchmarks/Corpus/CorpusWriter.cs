using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks.Corpus;

/// <summary>
/// Writes a <see cref="CorpusPlan"/> to disk twice: <c>sitegen/</c> (site-content/ and templates/) and <c>hugo/</c>
/// (content/, layouts/, static/, config.yaml) with the same Markdown, the same front matter and equivalent templates.
/// Files are UTF-8 without BOM with LF line ends, written in a fixed order of content, so the same plan always gives
/// byte-identical files.
/// </summary>
public static class CorpusWriter
{
    /// <summary>The file that marks a folder as a corpus this tool wrote, so it may be replaced.</summary>
    public const string MarkerFile = ".sitegen-benchmark-corpus";

    public const string SiteTitle = "SiteGen benchmark corpus";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The last lines of the SiteGen site.yml when search is on; run-benchmark.sh swaps them for
    /// <see cref="SearchOff"/> to time the same corpus without the index.</summary>
    public const string SearchOn = "search:\n  results: 8\n";

    public const string SearchOff = "search: false\n";

    /// <summary>Writes the corpus. <paramref name="search"/> false writes a site.yml without a <c>search:</c> key
    /// and a base template without the search box, for SiteGen builds that predate search.</summary>
    public static void Write(CorpusPlan plan, string outputFolder, bool search = true)
    {
        var root = Path.GetFullPath(outputFolder);
        PrepareFolder(root);

        var siteGen = Path.Combine(root, "sitegen");
        var hugo = Path.Combine(root, "hugo");
        WriteSiteGenSite(plan, siteGen, search);
        WriteHugoSite(plan, hugo);
        Parallel.For(0, plan.Pages.Count, i =>
        {
            var page = plan.Pages[i];
            WriteFile(Path.Combine(siteGen, "site-content", page.ContentPath), PageSource(page, SiteGenHref));
            WriteFile(Path.Combine(hugo, "content", page.ContentPath), PageSource(page, HugoHref));
        });
        WriteFile(Path.Combine(root, MarkerFile),
            $"pages: {plan.PageCount.ToString(CultureInfo.InvariantCulture)}\nseed: {plan.Seed.ToString(CultureInfo.InvariantCulture)}\nsearch: {(search ? "on" : "none")}\n");
    }

    /// <summary>A link in SiteGen's Markdown: the target's source path, relative to the linking file.</summary>
    public static string SiteGenHref(PlannedPage from, PlannedLink link) =>
        (link.Target.Section == from.Section ? "" : "../" + link.Target.Section + "/") + link.Target.Slug + ".md#" + link.Heading.Id;

    /// <summary>A link in Hugo's Markdown: the target's pretty URL, relative to the linking page's URL.</summary>
    public static string HugoHref(PlannedPage from, PlannedLink link) =>
        (link.Target.Section == from.Section ? "../" : "../../" + link.Target.Section + "/") + link.Target.Slug + "/#" + link.Heading.Id;

    /// <summary>Front matter and Markdown body of a regular page.</summary>
    public static string PageSource(PlannedPage page, Func<PlannedPage, PlannedLink, string> href)
    {
        var text = new StringBuilder(6 * 1024);
        text.Append("---\n")
            .Append("title: ").Append(Quote(page.Title)).Append('\n')
            .Append("description: ").Append(Quote(page.Description)).Append('\n')
            .Append("date: ").Append(page.Date).Append('\n')
            .Append("weight: ").Append(page.Number.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("tags: [").AppendJoin(", ", page.Tags).Append("]\n")
            .Append("---\n");
        MarkdownBodyWriter.Write(text, page, href);
        return text.ToString();
    }

    private static void PrepareFolder(string root)
    {
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            if (!File.Exists(Path.Combine(root, MarkerFile)))
            {
                throw new IOException($"{root} is not empty and holds no {MarkerFile}; refusing to replace it (pass an empty or new folder)");
            }
            foreach (var entry in (string[])["sitegen", "hugo", MarkerFile])
            {
                var path = Path.Combine(root, entry);
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                else if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
        }
        Directory.CreateDirectory(root);
    }

    private static void WriteSiteGenSite(CorpusPlan plan, string root, bool search)
    {
        var content = Path.Combine(root, "site-content");
        var menu = new StringBuilder();
        foreach (var (name, url, weight) in MenuItems())
        {
            menu.Append("    - { name: ").Append(name).Append(", url: ").Append(url).Append(", weight: ")
                .Append(weight.ToString(CultureInfo.InvariantCulture)).Append(" }\n");
        }
        WriteFile(Path.Combine(content, "site.yml"),
            $"""
            title: {SiteTitle}
            description: "A deterministic corpus of {plan.PageCount.ToString(CultureInfo.InvariantCulture)} pages for benchmarking SiteGen against Hugo."
            base_url: https://example.org/
            language: en
            taxonomies: [tags]
            menus:
              main:
            {menu}
            """ + (search ? SearchOn : ""));
        WriteFile(Path.Combine(content, "_index.md"), HomeSource(plan));
        for (var i = 0; i < Vocabulary.Sections.Count; i++)
        {
            WriteFile(Path.Combine(content, Vocabulary.Sections[i].Slug, "_index.md"), SectionSource(plan, i));
        }

        var templates = Path.Combine(root, "templates");
        WriteFile(Path.Combine(templates, "_default", "base.html"), SiteGenTemplates.BaseTemplate(search));
        WriteFile(Path.Combine(templates, "_default", "page.html"), SiteGenTemplates.Page);
        WriteFile(Path.Combine(templates, "_default", "list.html"), SiteGenTemplates.List);
        WriteFile(Path.Combine(templates, "_default", "term.html"), SiteGenTemplates.Term);
        WriteFile(Path.Combine(templates, "_default", "taxonomy.html"), SiteGenTemplates.Taxonomy);
        WriteFile(Path.Combine(templates, "static", "css", "site.css"), Stylesheet);
    }

    private static void WriteHugoSite(CorpusPlan plan, string root)
    {
        var menu = new StringBuilder();
        foreach (var (name, url, weight) in MenuItems())
        {
            menu.Append("    - { name: ").Append(name).Append(", url: ").Append(url).Append(", weight: ")
                .Append(weight.ToString(CultureInfo.InvariantCulture)).Append(" }\n");
        }
        // Hugo's syntax highlighting is off: run-benchmark.sh measures SiteGen's own highlighting against
        // `highlight: false`, and Chroma would add work to Hugo's side of the comparison. The table of contents covers h2-h4 like SiteGen's page.toc_html.
        WriteFile(Path.Combine(root, "config.yaml"),
            $"""
            baseURL: https://example.org/
            languageCode: en
            title: {SiteTitle}
            disableKinds: [RSS]
            enableRobotsTXT: true
            taxonomies:
              tag: tags
            markup:
              highlight:
                codeFences: false
              tableOfContents:
                startLevel: 2
                endLevel: 4
                ordered: true
            menus:
              main:
            {menu}
            """);
        var content = Path.Combine(root, "content");
        WriteFile(Path.Combine(content, "_index.md"), HomeSource(plan));
        for (var i = 0; i < Vocabulary.Sections.Count; i++)
        {
            WriteFile(Path.Combine(content, Vocabulary.Sections[i].Slug, "_index.md"), SectionSource(plan, i));
        }
        var layouts = Path.Combine(root, "layouts", "_default");
        WriteFile(Path.Combine(layouts, "baseof.html"), HugoTemplates.BaseOf);
        WriteFile(Path.Combine(layouts, "single.html"), HugoTemplates.Single);
        WriteFile(Path.Combine(layouts, "list.html"), HugoTemplates.List);
        WriteFile(Path.Combine(layouts, "terms.html"), HugoTemplates.Terms);
        WriteFile(Path.Combine(layouts, "taxonomy.html"), HugoTemplates.Taxonomy);
        WriteFile(Path.Combine(root, "static", "css", "site.css"), Stylesheet);
    }

    /// <summary>The nav: home, the 8 sections and the tags index; 10 links.</summary>
    private static IEnumerable<(string Name, string Url, int Weight)> MenuItems()
    {
        yield return ("Home", "/", 10);
        for (var i = 0; i < Vocabulary.Sections.Count; i++)
        {
            yield return (Vocabulary.Sections[i].Title, "/" + Vocabulary.Sections[i].Slug + "/", 20 + (i * 10));
        }
        yield return ("Tags", "/tags/", 200);
    }

    private static string HomeSource(CorpusPlan plan) =>
        $"""
        ---
        title: {SiteTitle}
        description: "{plan.PageCount.ToString(CultureInfo.InvariantCulture)} generated pages in 8 sections with 30 tags."
        ---
        This site is generated by `SiteGen.Benchmarks corpus` to time static site generators.
        It has **{plan.PageCount.ToString(CultureInfo.InvariantCulture)} pages** in eight sections; every page has tags, a table, a code block
        and three links to headings of other pages.

        """;

    private static string SectionSource(CorpusPlan plan, int index)
    {
        var (slug, title) = Vocabulary.Sections[index];
        var rng = CorpusRandom.For(plan.Seed, "section", index);
        var aspects = rng.PickDistinct(Vocabulary.HeadingNouns, 2);
        var nouns = rng.PickDistinct(Vocabulary.Nouns, 3);
        return $"""
            ---
            title: {title}
            description: "{title}: {aspects[0]} and {aspects[1]} of backend systems."
            weight: {(index + 1).ToString(CultureInfo.InvariantCulture)}
            ---
            The *{slug}* section collects pages about {nouns[0]}s, {nouns[1]}s and {nouns[2]}s.

            """;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void WriteFile(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    private const string Stylesheet =
        """
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 48rem; padding: 0 1rem; }
        .skip-link { position: absolute; left: -999px; }
        .skip-link:focus { left: 1rem; }
        nav ul, .tags { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; padding: 0; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #ccc; padding: .25rem .5rem; }
        pre { background: #f5f5f5; overflow-x: auto; padding: .75rem; }

        """;
}
