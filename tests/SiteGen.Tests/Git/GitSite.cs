using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Git;

/// <summary>A <see cref="TestSite"/> whose templates print what a page knows from git, and helpers to read it back.</summary>
public static class GitSite
{
    public const string Template = """
        <h1>{{ page.title }}</h1>
        {{ if page.git }}<p id="git" data-updated="{{ page.git.updated.iso }}" data-author="{{ page.git.author }}" data-commit="{{ page.git.commit }}" data-short="{{ page.git.short }}">{{ page.git.updated.format "%e %B %Y" }}</p>{{ end }}
        {{ if page.lastmod }}<p id="lastmod">{{ page.lastmod.iso }}</p>{{ end }}
        {{ if page.edit_url }}<a id="edit" href="{{ page.edit_url }}">Edit this page</a>{{ end }}
        {{ page.content }}
        """;

    /// <summary>A site with the git-aware templates under <paramref name="folder"/> ("" for the site root), and a
    /// .gitignore that keeps build outputs out of commits.</summary>
    public static TestSite Create(string folder = "")
    {
        var site = new TestSite();
        if (folder.Length > 0)
        {
            foreach (var file in new[] { "site-content/site.yml", "site-content/_index.md", "templates/_default/base.html" })
            {
                site.Write(folder + "/" + file, File.ReadAllText(Path.Combine(site.Root, file)));
            }
        }
        var prefix = folder.Length > 0 ? folder + "/" : "";
        site.Write(prefix + "templates/_default/page.html", Template).Write(prefix + "templates/_default/list.html", Template);
        site.Write(".gitignore", "output/\nclone/\nclone-output/\n");
        return site;
    }

    public static string? Updated(IDocument page) => page.QuerySelector("#git")?.GetAttribute("data-updated");

    public static string? Author(IDocument page) => page.QuerySelector("#git")?.GetAttribute("data-author");

    public static string? Commit(IDocument page) => page.QuerySelector("#git")?.GetAttribute("data-commit");

    public static string? LastModified(IDocument page) => page.QuerySelector("#lastmod")?.TextContent;

    public static string? EditUrl(IDocument page) => page.QuerySelector("#edit")?.GetAttribute("href");

    /// <summary>Asserts the page's git values are what <c>git log -1 -- PATH</c> says of <paramref name="repositoryPath"/>.</summary>
    public static void AssertMatchesGitLog(IDocument page, GitRepo repo, string repositoryPath)
    {
        Assert.Equal(repo.Log(repositoryPath, "%cI"), Updated(page));
        Assert.Equal(repo.Log(repositoryPath, "%an"), Author(page));
        Assert.Equal(repo.Log(repositoryPath, "%H"), Commit(page));
        Assert.Equal(repo.Log(repositoryPath, "%H")[..7], page.QuerySelector("#git")!.GetAttribute("data-short"));
    }
}
