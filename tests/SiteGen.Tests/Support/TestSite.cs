using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Support;

/// <summary>
/// A tiny whole site in a temp folder (site-content/, templates/), built through the real command line.
/// Starts from a minimal working site; tests overwrite or add the files their scenario needs.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string MinimalBase = """
        <!doctype html>
        <html lang="{{ site.language }}"><head><meta charset="utf-8"><title>{{ page.title }}</title></head>
        <body><main id="main">{{ main }}</main></body></html>
        """;

    public const string MinimalPage = "<h1>{{ page.title }}</h1>\n{{ page.content }}";

    public const string MinimalList = """
        <h1>{{ page.title }}</h1>
        {{ page.content }}
        <ul class="pages">{{ for p in page.pages }}<li><a href="{{ p.url }}">{{ p.title }}</a></li>{{ end }}</ul>
        """;

    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "sitegen-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        Write("site-content/site.yml", "title: Test Site\nbase_url: https://example.org/\n");
        Write("site-content/_index.md", "---\ntitle: Home\n---\nWelcome.\n");
        Write("templates/_default/base.html", MinimalBase);
        Write("templates/_default/page.html", MinimalPage);
        Write("templates/_default/list.html", MinimalList);
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public TestSite Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TestSite WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public BuildRun Build(params string[] extraArgs) => Run(["build", .. DefaultArgs(), .. extraArgs]);

    /// <summary>Builds and fails the test, showing the whole output, unless the build succeeded.</summary>
    public BuildRun BuildOk(params string[] extraArgs)
    {
        var run = Build(extraArgs);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    public BuildRun Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = SiteGenCli.Run(args, stdout, stderr);
        return new BuildRun(exit, stdout.ToString(), stderr.ToString());
    }

    public string[] DefaultArgs() =>
        ["--source", Path.Combine(Root, "site-content"), "--templates", Path.Combine(Root, "templates"), "--output", Output];

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    public IDocument Html(string relativePath) => new HtmlParser().ParseDocument(ReadOutput(relativePath));

    /// <summary>Every file of the output with its bytes, to compare builds; not the .sitegen-output marker every build
    /// writes (serve has no output folder to mark).</summary>
    public SortedDictionary<string, byte[]> Snapshot()
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(Output))
        {
            foreach (var file in Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories))
            {
                if (Path.GetRelativePath(Output, file) == ".sitegen-output")
                {
                    continue;
                }
                files[Path.GetRelativePath(Output, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }
        return files;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

public sealed record BuildRun(int ExitCode, string Stdout, string Stderr)
{
    public string All => Stdout + Stderr;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
