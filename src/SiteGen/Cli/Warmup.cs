using Scriban;
using SiteGen.Markdown;
using SiteGen.Templates;
using SiteGen.Yaml;

namespace SiteGen.Cli;

/// <summary>
/// Pays the libraries' first-use costs (type loading, static regular expressions, Scriban's builtins, and in the JIT
/// build code that is compiled at run time) on a spare core while the main thread reads the site, which is serial work.
/// Measured: the JIT build of the guide 0.85x wall with it; the native executable 0.92x (guide, 15 pairs), 1,000 pages
/// 1.06x, within noise (9 pairs). Fire and forget: its result is never needed.
/// </summary>
public static class Warmup
{
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(_ => Run(), null);

    private static void Run()
    {
        try
        {
            YamlNodeReader.Read("title: \"Warm\"\ntags: [a, b]\nparams:\n  n: 1\n", "warmup.yml", 0, new DiagnosticBag());
            var html = Markdig.Markdown.ToHtml("# A\n\nText *em* **strong** `code` [link](b.md#c).\n\n- item\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n```go\nx\n```\n", MarkdownPipelines.Shared.Full);
            var context = new EscapingTemplateContext();
            context.PushGlobal(new Scriban.Runtime.ScriptObject { ["html"] = html, ["items"] = new[] { 1, 2 } });
            Template.Parse("{{ for i in items }}<li>{{ i }}</li>{{ end }}{{ html | string.size }}", "warmup.html").Render(context);
        }
        catch (Exception)
        {
            // Warming up is an optimisation only; the build itself reports any real problem.
        }
    }
}
