using AngleSharp.Html.Parser;
using SiteGen.Tests.Guide;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Git;

/// <summary>
/// The guide, built where it lives (this repository, whose root holds site-content/): every page with a source shows
/// "Last updated" with the date `git log -1 --format=%cI -- FILE` gives, and an edit link to that file. In a shallow
/// clone (CI's default checkout) the build instead warns once and shows no git dates.
/// </summary>
public sealed class GuideGitTests : IDisposable
{
    private readonly string _temp = GuideBuild.NewTempDir("guide-git");

    public void Dispose() => GuideBuild.DeleteQuietly(_temp);

    [Fact]
    public void Every_guide_page_shows_its_last_commit_date_and_an_edit_link_to_its_source()
    {
        var repo = new GitRepo(RepoPaths.Root);
        GitRepo.RequireGit();
        var build = GuideBuild.RunGuide(Path.Combine(_temp, "out"), "https://example.org/");
        build.RequireSuccess();
        var shallow = repo.Run("rev-parse", "--is-shallow-repository").Trim() == "true";
        var warnings = ReportedDiagnostic.Parse(build.Stderr);
        if (shallow)
        {
            Assert.Equal("git-shallow", Assert.Single(warnings).WarningKind);
        }
        else
        {
            Assert.Empty(warnings);
        }

        var site = BuiltSite.Load(build.OutputDir, build.BaseUrl);
        var checkedPages = 0;
        foreach (var path in site.PagePaths.Where(p => !p.StartsWith("/search-index", StringComparison.Ordinal)))
        {
            var page = site.Page(path);
            var edit = page.QuerySelector(".page-source a[href*='/edit/']");
            if (edit is null)
            {
                continue;
            }
            var source = Uri.UnescapeDataString(edit.GetAttribute("href")!.Split("/edit/main/")[1]);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, source)), $"{path}: the edit link names {source}, which does not exist");
            var time = page.QuerySelector(".page-source time");
            var logged = repo.Log(source);
            if (shallow || logged.Length == 0)
            {
                Assert.Null(time);
                continue;
            }
            Assert.True(time is not null, $"{path} ({source}) shows no last-updated date");
            Assert.Equal(DateTimeOffset.Parse(logged, System.Globalization.CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(time.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture));
            checkedPages++;
        }
        Assert.True(shallow || checkedPages > 40, $"only {checkedPages} guide pages had a last-updated date and an edit link");
    }
}
