using System.Text;
using CsCheck;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Properties;

/// <summary>Which part of a site a property stresses most; every site still has all parts.</summary>
public enum Focus
{
    Everything,
    FrontMatter,
    Markdown,
    ConfigAndData,
    FileNames,
    /// <summary>Ordinary sites with one input of a known case of issue 10 each (only the cases switched on).</summary>
    KnownCases,
}

/// <summary>
/// Generates whole sites (site.yml, pages with front matter and Markdown, data files, static files, templates) as a
/// CsCheck generator: a seed gives one site, and CsCheck shrinks a failure by trying sites of smaller weight.
/// </summary>
public sealed partial class SiteGenerator(Focus focus) : Gen<GeneratedSite>
{
    public override GeneratedSite Generate(PCG pcg, Size? min, out Size size)
    {
        var site = new SiteDraft(new Draw(pcg), focus).Make();
        size = new Size(site.Weight);
        return site;
    }

    private sealed partial class SiteDraft(Draw draw, Focus focus)
    {
        private readonly List<SiteFile> _files = [];
        private readonly List<SiteLink> _links = [];
        private readonly List<string> _knownCases = [];
        private readonly double _oddNames = focus == Focus.FileNames ? 0.5 : 0.06;
        private string[] _taxonomies = [];

        public GeneratedSite Make()
        {
            draw.Messy = draw.Chance(focus == Focus.KnownCases ? 0.2 : 0.5);
            var known = focus == Focus.KnownCases ? KnownCase() : null;
            _taxonomies = draw.Weighted((3, Array.Empty<string>()), (3, ["tags"]), (1, ["tags", "categories"]));
            var pagePaths = PagePaths();
            var headings = pagePaths.ToDictionary(p => p, _ => MarkdownText.Headings(draw), StringComparer.Ordinal);
            var staticFiles = StaticFiles();
            var targets = new LinkTargets([.. pagePaths.Select(p => (p, headings[p]))], staticFiles);
            var baseUrl = SiteConfig(pagePaths);
            DataFiles();
            foreach (var path in pagePaths)
            {
                Page(path, headings[path], targets);
            }
            Templates();
            known?.Invoke(pagePaths);
            return new GeneratedSite(_files, _links, baseUrl, _knownCases, draw.Messy);
        }

        private void Add(string path, string text, bool oddEncoding = true) =>
            _files.Add(new SiteFile(path, oddEncoding ? OddText.Encode(draw, OddText.LineEndings(draw, text)) : Encoding.UTF8.GetBytes(text)));

        private void Replace(string path, string text)
        {
            _files.RemoveAll(f => f.Path == path);
            _files.Add(new SiteFile(path, Encoding.UTF8.GetBytes(text)));
        }

        private List<string> PagePaths()
        {
            var paths = new SortedSet<string>(StringComparer.Ordinal);
            var urls = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            if (!draw.Mistake(0.2))
            {
                paths.Add("_index.md");
                urls.Add("/");
            }
            var count = draw.Count(focus is Focus.Markdown or Focus.FrontMatter ? 4 : 6);
            for (var i = 0; i < count; i++)
            {
                var folder = FileNames.Folder(draw, _oddNames);
                var name = draw.Chance(0.15) ? "_index" : FileNames.Name(draw, _oddNames);
                var path = (folder.Length > 0 ? folder + "/" : "") + name + (draw.Mistake(0.1) ? draw.Pick(".MD", ".markdown") : ".md");
                // A site without mistakes gives every page its own URL (two names with one slug would collide).
                if (draw.Messy || urls.Add(UrlOf(path)))
                {
                    paths.Add(path);
                }
            }
            return [.. paths];
        }

        private List<string> StaticFiles()
        {
            var files = new SortedSet<string>(StringComparer.Ordinal);
            var count = draw.Count(3);
            for (var i = 0; i < count; i++)
            {
                files.Add("assets/" + FileNames.StaticName(draw, _oddNames));
            }
            foreach (var file in files)
            {
                var bytes = draw.Chance(0.5) ? new byte[draw.Int(64)] : Encoding.UTF8.GetBytes(OddText.Phrase(draw));
                _files.Add(new SiteFile("site-content/static/" + file, bytes));
            }
            return [.. files];
        }

        /// <returns>The base URL when the generated one is valid.</returns>
        private string? SiteConfig(IReadOnlyList<string> pagePaths)
        {
            var wild = focus is Focus.ConfigAndData or Focus.Everything ? 0.3 : 0.05;
            var (baseUrl, valid) = draw.Weighted(
                (8, ("https://example.org/", true)), (3, ("https://example.org/guide/", true)), (2, ("http://localhost:1313", true)),
                (1, ("https://example.org/a b/ü/", true)), (1, ("https://EXAMPLE.org:8443/Sub/", true)),
                (draw.Mistake(wild) ? 3 : 0, (draw.Pick("ftp://x/", "example.org", "/relative/", "https://example.org/?q=1", "https://example.org/#f", "", "http://"), false)));
            var lines = new List<string>();
            if (!draw.Mistake(0.05))
            {
                lines.Add("title: " + (draw.Mistake(wild) ? YamlText.Scalar(draw) : Title()));
            }
            if (!draw.Mistake(0.05))
            {
                lines.Add("base_url: \"" + baseUrl + "\"");
            }
            else
            {
                valid = false;
            }
            if (draw.Chance(0.3))
            {
                lines.Add("language: " + (draw.Messy ? draw.Pick("en", "de-CH", "ar", "he", "\"\"", "x-klingon", "\"<script>\"") : draw.Pick("en", "de-CH", "ar", "he")));
            }
            if (draw.Chance(0.3))
            {
                lines.Add("description: " + YamlText.Scalar(draw));
            }
            if (_taxonomies.Length > 0)
            {
                lines.Add("taxonomies: [" + string.Join(", ", _taxonomies) + "]");
            }
            // The rich templates print site.menus.main: most sites have it.
            lines.Add("menus:\n  main:" + (draw.Chance(0.2) ? " []" : ""));
            if (!lines[^1].EndsWith("[]", StringComparison.Ordinal))
            {
                var items = draw.Between(1, 3);
                for (var i = 0; i < items; i++)
                {
                    var url = pagePaths.Count > 0 && draw.Chance(0.7) ? string.Join('/', UrlOf(draw.From(pagePaths)).Split('/').Select(Uri.EscapeDataString))
                        : draw.Messy ? draw.Pick("/missing/", "https://example.com/", "/", "#main", "/assets/") : draw.Pick("https://example.com/", "/", "#main");
                    lines.Add($"    - {{ name: {YamlText.Quote(OddText.Phrase(draw, 2))}, url: {YamlText.Quote(url)}, weight: {draw.Int(20)} }}");
                }
            }
            if (draw.Chance(0.3))
            {
                lines.Add("params:\n" + YamlText.Mapping(draw, 2, 2, draw.Between(1, 3)));
            }
            if (draw.Chance(0.1))
            {
                lines.Add("max_page_mb: " + (draw.Messy ? draw.Pick("1", "2", "0", "-1", "big", "1.5") : draw.Pick("2", "4", "10")));
            }
            if (draw.Chance(0.15))
            {
                lines.Add("data_pages:\n  - { source: people, url: \"/people/{slug}/\", title: \"{name}\", layout: page }");
                Add("site-content/data/people.yml", !draw.Mistake(0.2)
                    ? "- { name: Ada, slug: ada }\n- { name: \"Grace Hopper\", slug: grace }\n- { name: " + YamlText.Quote(OddText.Phrase(draw, 2)) + ", slug: " + (draw.Messy ? draw.Pick("x", "ada", "\"\"", "a/b", "../up") : "x") + " }"
                    : YamlText.Mapping(draw, 0, 2, 2), oddEncoding: false);
            }
            if (draw.Mistake(wild))
            {
                lines.Add(YamlText.Mapping(draw, 0, 2, draw.Between(1, 2)));
            }
            YamlText.AddMistake(draw, lines, 0);
            Add("site-content/site.yml", string.Join('\n', lines) + "\n");
            return valid ? baseUrl : null;
        }

        /// <summary>The URL SiteGen gives a content file without `slug:` or `url:` (as ContentLoader.UrlOf does).</summary>
        private static string UrlOf(string contentPath)
        {
            var withoutExtension = contentPath[..contentPath.LastIndexOf('.')];
            var segments = withoutExtension.Split('/').Select(Segment).ToList();
            if (segments[^1] == "_index")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            return segments.Count == 0 ? "/" : "/" + string.Join('/', segments) + "/";
        }

        private static string Segment(string name) =>
            name == "_index" ? name
            : name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.') && name.Trim('.').Length > 0 ? name
            : SiteGen.Content.Slug.Make(name) is { Length: > 0 } slug ? slug : "page";

        /// <summary>A page or site title: odd text, never blank.</summary>
        private string Title() => YamlText.Quote(OddText.Phrase(draw) is var text && !string.IsNullOrWhiteSpace(text) ? text : "T");

        private void DataFiles()
        {
            var count = draw.Count(focus == Focus.ConfigAndData ? 4 : 2);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "people" };
            for (var i = 0; i < count; i++)
            {
                var folder = draw.Chance(0.3) ? FileNames.Name(draw, _oddNames) : null;
                var file = FileNames.Name(draw, _oddNames);
                // Without mistakes no two files define one name (a.yml and a.yaml, or a.yml and a/b.yml).
                if (!draw.Messy && (!names.Add(folder ?? file) || folder is not null && names.Contains(file)))
                {
                    continue;
                }
                var name = (folder is null ? "" : folder + "/") + file + draw.Pick(".yml", ".yaml", ".YML");
                var text = draw.Weighted(
                    (4, YamlText.Mapping(draw, 0, 3, draw.Between(1, 5))),
                    (2, string.Join('\n', Enumerable.Range(0, draw.Between(1, 4)).Select(_ => "- " + YamlText.Scalar(draw).Replace("\n", "\n  ", StringComparison.Ordinal)))),
                    (1, YamlText.Flow(draw, 3)),
                    (1, YamlText.Scalar(draw)),
                    (1, ""));
                Add("site-content/data/" + name, text + "\n");
            }
        }

        private void Page(string contentPath, IReadOnlyList<string> headings, LinkTargets targets)
        {
            var frontMatter = FrontMatter();
            var body = new MarkdownText(draw, contentPath, targets, headings).Body();
            var fences = draw.Messy ? draw.Weighted((30, ("---\n", "\n---\n")), (1, ("---\n", "\n")), (1, ("", "")), (1, ("--- \n", "\n---   \n")), (1, ("----\n", "\n----\n")), (1, ("---\n", "\n...\n"))) : ("---\n", "\n---\n");
            Add("site-content/" + contentPath, fences.Item1 + frontMatter + fences.Item2 + body);
        }

        private string FrontMatter()
        {
            var wild = focus is Focus.FrontMatter ? 0.4 : focus == Focus.Everything ? 0.15 : 0.03;
            if (draw.Mistake(wild / 4))
            {
                return YamlText.Mapping(draw, 0, 3, draw.Between(0, 4));
            }
            var lines = new List<string>();
            if (!draw.Mistake(0.05))
            {
                lines.Add("title: " + (draw.Mistake(wild) ? YamlText.Scalar(draw) : Title()));
            }
            void Maybe(double chance, string key, Func<string> value, Func<string>? clean = null)
            {
                if (draw.Chance(chance) && (draw.Messy || clean is not null))
                {
                    lines.Add(key + ":" + (draw.Mistake(wild) ? YamlText.Value(draw, 0, 2) : " " + (draw.Messy ? value() : clean!())));
                }
            }
            Maybe(0.3, "description", () => YamlText.Scalar(draw), () => YamlText.Quote(OddText.Phrase(draw)));
            Maybe(0.1, "slug", () => draw.Pick("my-slug", "x", "café", "\"a b\"", "UPPER", "a/b", "..", "-", "\"\""));
            Maybe(0.07, "url", () => draw.Pick("/custom/", "/a/b/c/", "/", "/x", "/ü/", "/a%20b/", "\"/q?x\"", "\"/#f/\"", "//double/", "/custom/"));
            Maybe(0.1, "layout", () => draw.Pick("page", "list", "fancy", "../base", "_default/page", "\"\""), () => draw.Pick("page", "list"));
            Maybe(0.2, "weight", () => draw.Pick("1", "-5", "0", "99999999999", "1.5", "heavy"), () => draw.Pick("1", "-5", "0", "2147483647"));
            Maybe(0.15, "draft", () => draw.Pick("true", "false", "yes", "maybe"), () => "false");
            Maybe(0.2, "date", () => draw.Pick("2024-01-31", "2024-02-30", "1999-12-31", "2024-13-01", "yesterday", "2024-06-01T10:00:00Z"), () => draw.Pick("2024-01-31", "1999-12-31", "2024-02-29"));
            Maybe(0.1, "updated", () => draw.Pick("2024-02-01", "2023-01-01", "bad"), () => "2024-03-01");
            Maybe(0.1, "sitemap", () => draw.Pick("true", "false", "no"), () => draw.Pick("true", "false"));
            Maybe(0.2, "params", () => "\n" + YamlText.Mapping(draw, 2, 2, draw.Between(1, 3)), () => "\n" + YamlText.Mapping(draw, 2, 2, draw.Between(1, 3)));
            foreach (var taxonomy in _taxonomies)
            {
                Maybe(0.6, taxonomy, () => Terms(["go", "Go", "c#", "C++", "\"a, b\"", "naïve", "😀", "x y", "\"\"", "index", "tags", "-", ".."]), () => Terms(["go", "Go", "c#", "C++", "\"a, b\"", "naïve", "x y", "index", "tags", "日本語"]));
            }
            if (draw.Mistake(wild))
            {
                lines.Add(YamlText.Key(draw) + ":" + YamlText.Value(draw, 0, 2));
            }
            YamlText.AddMistake(draw, lines, 0);
            return string.Join('\n', lines);
        }

        private string Terms(string[] choices) => "[" + string.Join(", ", Enumerable.Range(0, draw.Between(0, 3)).Select(_ => draw.Pick(choices))) + "]";

        private void Templates()
        {
            var rich = draw.Chance(0.6);
            Add("templates/_default/base.html", rich ? RichTemplates.Base : TestSite.MinimalBase, oddEncoding: false);
            Add("templates/_default/page.html", rich ? RichTemplates.Page : TestSite.MinimalPage, oddEncoding: false);
            Add("templates/_default/list.html", rich ? RichTemplates.List : TestSite.MinimalList, oddEncoding: false);
            if (rich)
            {
                Add("templates/_default/term.html", RichTemplates.Term, oddEncoding: false);
                Add("templates/static/css/site.css", "body { margin: 0 }\n", oddEncoding: false);
            }
            if (draw.Mistake(0.1))
            {
                // Mistakes in templates must be positioned errors too.
                Replace("templates/_default/page.html", draw.Pick(
                    "<h1>{{ page.title }}</h1>\n{{ if page.draft }}unclosed",
                    "<h1>{{ page.titel }}</h1>",
                    "{{ include \"partials/missing.html\" }}",
                    "{{ 1 / 0 }}",
                    "{{ site.get_page \"/missing/\" }}",
                    "{{ page.content }}{{ page.toc_html }}{{ raw page.description }}",
                    "{{ for p in site.pages }}<a href=\"{{ p.url }}\">{{ p.title }}</a>{{ end }}{{ page.content }}",
                    "{{ func f; ret f; end; f }}",
                    "{{ x = }}"));
            }
        }
    }
}
