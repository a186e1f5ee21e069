namespace SiteGen.Tests.Properties;

/// <summary>The inputs of issue 10's cases that other branches fix (see <see cref="KnownFailures"/>).</summary>
public static class KnownCaseInputs
{
    /// <summary>Nesting deep enough to overflow a recursive reader's stack (issue 10 case 4: on this branch 12,000 `[`
    /// in front matter give an error, 40,000 kill the process with a stack overflow on a thread-pool thread).</summary>
    public static string YamlDeepNesting(Draw draw) => draw.Pick(
        new string('[', 12_000) + new string(']', 12_000),
        new string('[', 50_000) + new string(']', 50_000),
        new string('[', 12_000),
        string.Concat(Enumerable.Repeat("{a: ", 6_000)) + "1" + new string('}', 6_000),
        string.Concat(Enumerable.Range(0, 1_000).Select(i => "\n" + new string(' ', i * 2) + "- ")) + "x");

    /// <summary>Markdown nested past Markdig's depth limits (issue 10 case 5).</summary>
    public static string MarkdownDeepNesting(Draw draw) => draw.Pick(
        new string('>', 200) + " deep quote",
        new string('[', 130) + "x" + new string(']', 130),
        string.Concat(Enumerable.Repeat("- ", 50_000)) + "x",
        string.Concat(Enumerable.Repeat("*a ", 20_000)),
        new string('>', 1_000));

    /// <summary>Many identical headings: quadratic unique ids (issue 10 case 8).</summary>
    public static string RepeatedHeadings(Draw draw) => string.Concat(Enumerable.Repeat("## h\n\n", draw.Pick(20_000, 30_000)));
}

/// <summary>Adds one input of a known case of issue 10 to a generated site (only the cases switched on).</summary>
public sealed partial class SiteGenerator
{
    private sealed partial class SiteDraft
    {
        /// <returns>An action that adds one known-case input to the finished site; null when no case is switched on.</returns>
        private Action<List<string>>? KnownCase()
        {
            var cases = new List<Action<List<string>>>();
            if (KnownFailures.Case4DeepYamlNesting)
            {
                cases.Add(_ =>
                {
                    var nesting = KnownCaseInputs.YamlDeepNesting(draw);
                    AddKnown("case 4", draw.Weighted(
                        (1, ("site-content/data/deep.yml", nesting)),
                        (1, ("site-content/deep.md", "---\ntitle: Deep\nparams: " + nesting + "\n---\nx\n")),
                        (1, ("site-content/site.yml", "title: Deep\nbase_url: https://example.org/\nparams: " + nesting + "\n"))));
                });
            }
            if (KnownFailures.Case5MarkdownDepth)
            {
                cases.Add(_ => AddKnown("case 5", "site-content/deep.md", "---\ntitle: Deep\n---\n" + KnownCaseInputs.MarkdownDeepNesting(draw) + "\n"));
            }
            if (KnownFailures.Case6EndlessTemplates)
            {
                cases.Add(_ => AddKnown("case 6", "templates/_default/page.html", draw.Pick(
                    "{{ while true; end }}", "{{ while true }}x{{ end }}", "{{ for i in 1..2000000000 }}{{ i }}{{ end }}",
                    "{{ func f; f; end; f }}", "{{ include \"_default/page.html\" }}")));
            }
            if (KnownFailures.Case7OutputCollisions)
            {
                cases.Add(paths => AddKnown("case 7", draw.Weighted(
                    (1, ("site-content/static/sitemap.xml", "x")),
                    (1, ("site-content/clash.md", "---\ntitle: Clash\nurl: /sitemap.xml\n---\n")),
                    (1, ("site-content/clash.md", "---\ntitle: Clash\nslug: robots.txt\n---\n")),
                    (1, ("site-content/clash.md", "---\ntitle: Clash\nslug: index.html\n---\n")),
                    (1, ("site-content/static/tags/index.html", "x")),
                    // A static file where a page needs a folder.
                    // (Drawn only when there are pages: the tuple is built even when its weight is 0.)
                    (paths.Count > 0 ? 2 : 0, (paths.Count > 0 && "site-content/static" + UrlOf(draw.From(paths)).TrimEnd('/') is { Length: > 19 } file ? file : "site-content/static/x", "x")))));
            }
            if (KnownFailures.Case8RepeatedHeadings)
            {
                cases.Add(_ => AddKnown("case 8", "site-content/headings.md", "---\ntitle: Headings\n---\n" + KnownCaseInputs.RepeatedHeadings(draw)));
            }
            if (KnownFailures.Case10Symlinks)
            {
                cases.Add(_ =>
                {
                    _knownCases.Add("case 10");
                    _links.Add(draw.Pick(
                        new SiteLink("site-content/static/passwd.txt", "../../../outside/secret.txt", false),
                        new SiteLink("site-content/stolen.md", "../../outside/secret.md", false),
                        new SiteLink("site-content/loop", ".", true),
                        new SiteLink("site-content/outside", "../../outside", true)));
                });
            }
            return cases.Count == 0 ? null : draw.From(cases);
        }

        private void AddKnown(string name, (string Path, string Text) file) => AddKnown(name, file.Path, file.Text);

        private void AddKnown(string name, string path, string text)
        {
            _knownCases.Add(name);
            Replace(path, text);
        }
    }
}
