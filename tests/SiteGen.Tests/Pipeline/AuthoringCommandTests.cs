using SiteGen.Tests.Support;

namespace SiteGen.Tests.Pipeline;

/// <summary>check, clean and new from the command line.</summary>
public sealed class AuthoringCommandTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private string[] SiteArgs => ["--source", Path.Combine(_site.Root, "site-content"), "--templates", Path.Combine(_site.Root, "templates"), "--output", _site.Output];

    [Fact]
    public void Check_reports_the_same_errors_as_build_without_writing_output()
    {
        _site.Write("site-content/a.md", "---\ntitle: A\n---\n[x](missing.md)\n");
        var run = _site.Run(["check", .. SiteArgs]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site-content/a.md:4:1: error: broken link 'missing.md'", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Check_passes_a_good_site_without_writing_output()
    {
        var run = _site.Run(["check", .. SiteArgs]);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Checked 1 page and ", run.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Clean_removes_the_output_folder_but_refuses_the_content_folder()
    {
        Assert.Equal(0, _site.Build().ExitCode);
        var run = _site.Run(["clean", .. SiteArgs]);
        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(_site.Output));

        var refused = _site.Run(["clean", "--source", Path.Combine(_site.Root, "site-content"), "--output", Path.Combine(_site.Root, "site-content")]);
        Assert.Equal(1, refused.ExitCode);
        Assert.True(File.Exists(Path.Combine(_site.Root, "site-content", "_index.md")));
    }

    [Fact]
    public void New_creates_a_page_from_the_archetype_with_a_slug_and_never_overwrites()
    {
        _site.Write("templates/archetypes/role.md", "---\ntitle: {{ title_yaml }}\ndraft: true\n---\n## What a {{ title }} does\n");
        var run = _site.Run(["new", "role", "Site Reliability Engineer", .. SiteArgs]);
        Assert.True(run.ExitCode == 0, run.ToString());
        var file = Path.Combine(_site.Root, "site-content", "roles", "site-reliability-engineer.md");
        Assert.Equal("---\ntitle: \"Site Reliability Engineer\"\ndraft: true\n---\n## What a Site Reliability Engineer does\n", File.ReadAllText(file));

        var built = _site.Build("--drafts");
        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.True(_site.OutputExists("roles/site-reliability-engineer/index.html"));

        File.WriteAllText(file, "mine");
        var again = _site.Run(["new", "role", "Site Reliability Engineer", .. SiteArgs]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Stderr, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void New_makes_slugs_from_non_ascii_titles()
    {
        _site.Write("templates/archetypes/skill.md", "---\ntitle: {{ title_yaml }}\n---\n");
        Assert.Equal(0, _site.Run(["new", "skill", "Café Ñandú", .. SiteArgs]).ExitCode);
        Assert.Equal(0, _site.Run(["new", "skill", "Привет мир", .. SiteArgs]).ExitCode);
        Assert.True(File.Exists(Path.Combine(_site.Root, "site-content", "skills", "cafe-nandu.md")));
        Assert.True(File.Exists(Path.Combine(_site.Root, "site-content", "skills", "привет-мир.md")));
        Assert.Contains("title: \"Café Ñandú\"", File.ReadAllText(Path.Combine(_site.Root, "site-content", "skills", "cafe-nandu.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void New_page_takes_a_path_and_unknown_kinds_are_explained()
    {
        Assert.Equal(0, _site.Run(["new", "page", "guides/getting-started", .. SiteArgs]).ExitCode);
        Assert.Contains("title: \"Getting Started\"", File.ReadAllText(Path.Combine(_site.Root, "site-content", "guides", "getting-started.md")), StringComparison.Ordinal);
        var unknown = _site.Run(["new", "recipe", "Soup", .. SiteArgs]);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no archetype for 'recipe'", unknown.Stderr, StringComparison.Ordinal);
        var escape = _site.Run(["new", "page", "../outside", .. SiteArgs]);
        Assert.Equal(2, escape.ExitCode);
    }
}
