using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Markdown.Components;

/// <summary>serve re-renders exactly the pages that call a component when its template or the data it reads changes.</summary>
public sealed class ComponentServeTests : IDisposable
{
    private readonly TestSite _site = ComponentSite.Create();
    private readonly BuildOptions _options;
    private readonly IncrementalBuilder _builder;

    public ComponentServeTests()
    {
        _site.Write("site-content/noted.md", "---\ntitle: Noted\n---\n{% note(title=\"N\") %}\nInside.\n{% end %}\n")
            .Write("site-content/teamed.md", "---\ntitle: Teamed\n---\n{{ team() }}\n")
            .Write("site-content/plain.md", "---\ntitle: Plain\n---\nNo components.\n");
        _options = new BuildOptions(new SitePaths(_site.Root, Path.Combine(_site.Root, "site-content"), Path.Combine(_site.Root, "templates"), _site.Output), null, false);
        _builder = new IncrementalBuilder(_options) { BaseUrl = "http://127.0.0.1:9/" };
        var (first, rendered) = _builder.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Equal(first.PageCount, rendered);
    }

    public void Dispose() => _site.Dispose();

    private void Edit(string path, string text)
    {
        _site.Write(path, text);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Root, path), DateTime.UtcNow.AddSeconds(Random.Shared.Next(1, 1000)));
    }

    private (BuildResult Result, int Rendered) Rebuild(string changed)
    {
        var build = _builder.Build(FileChanges.Of([Path.Combine(_site.Root, changed)]));
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics));
        return build;
    }

    private static string Page(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes!);

    [Fact]
    public void Editing_a_component_template_re_renders_only_the_pages_that_call_it()
    {
        Edit("templates/components/note.html", ComponentSite.Note.Replace("class=\"note\"", "class=\"note edited\"", StringComparison.Ordinal));
        var (result, rendered) = Rebuild("templates/components/note.html");
        Assert.Equal(1, rendered);
        Assert.Contains("class=\"note edited\"", Page(result, "noted/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_data_a_component_reads_re_renders_its_callers()
    {
        Edit("site-content/data/team.yml", "lead: Grace\n");
        var (result, _) = Rebuild("site-content/data/team.yml");
        Assert.Contains("Lead: Grace", Page(result, "teamed/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_an_unused_component_re_renders_nothing()
    {
        Edit("templates/components/badge.html", ComponentSite.Badge.Replace("class=\"badge\"", "class=\"badge2\"", StringComparison.Ordinal));
        var (_, rendered) = Rebuild("templates/components/badge.html");
        Assert.Equal(0, rendered);
    }
}
