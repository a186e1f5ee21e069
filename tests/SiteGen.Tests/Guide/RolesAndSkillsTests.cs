namespace SiteGen.Tests.Guide;

/// <summary>Every role and skill of the brief has its page, the indexes list them all, and skills link back to roles.</summary>
[Collection(RootGuideCollection.Name)]
public sealed class RolesAndSkillsTests(RootGuideFixture guide)
{
    private readonly BuiltSite _site = guide.Site;

    [Fact]
    public void Every_role_has_its_page()
    {
        var missing = GuideFacts.RoleSlugs.Where(slug => !_site.Pages.ContainsKey(GuideFacts.RolePath(slug))).ToList();

        Assert.True(missing.Count == 0,
            $"Role pages missing: {string.Join(", ", missing.Select(GuideFacts.RolePath))}. " +
            $"Role pages built: {string.Join(", ", _site.PagePaths.Where(GuideFacts.IsRolePage))}");
    }

    [Fact]
    public void Roles_index_links_every_role()
    {
        var linked = _site.LinkedPages("/roles/", "main").ToHashSet();

        var missing = GuideFacts.RoleSlugs.Select(GuideFacts.RolePath).Where(path => !linked.Contains(path)).ToList();

        Assert.True(missing.Count == 0, $"/roles/ does not link: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_skill_has_its_page()
    {
        var missing = GuideFacts.SkillSlugs.Where(slug => !_site.Pages.ContainsKey(GuideFacts.SkillPath(slug))).ToList();

        Assert.True(missing.Count == 0,
            $"Skill pages missing: {string.Join(", ", missing.Select(GuideFacts.SkillPath))}. " +
            $"Skill pages built: {string.Join(", ", _site.PagePaths.Where(GuideFacts.IsSkillPage))}");
    }

    [Fact]
    public void Skills_index_links_every_skill()
    {
        var linked = _site.LinkedPages("/skills/", "main").ToHashSet();

        var missing = GuideFacts.SkillSlugs.Select(GuideFacts.SkillPath).Where(path => !linked.Contains(path)).ToList();

        Assert.True(missing.Count == 0, $"/skills/ does not link: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_role_page_links_to_skills()
    {
        var withoutSkills = GuideFacts.RoleSlugs
            .Select(GuideFacts.RolePath)
            .Where(_site.Pages.ContainsKey)
            .Where(role => !SkillsListedBy(role).Any())
            .ToList();

        Assert.True(withoutSkills.Count == 0, $"Role pages that link no skill page: {string.Join(", ", withoutSkills)}");
    }

    [Fact]
    public void Every_skill_page_lists_each_role_whose_page_lists_that_skill()
    {
        var problems = new List<string>();
        foreach (var skill in _site.PagePaths.Where(GuideFacts.IsSkillPage))
        {
            var expected = RolesListing(skill);
            var shown = RolesListedBy(skill).ToHashSet();
            var missing = expected.Where(role => !shown.Contains(role)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{skill} does not link {string.Join(", ", missing)} (these role pages link to {skill})");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_role_a_skill_page_lists_links_back_to_that_skill()
    {
        var problems = new List<string>();
        foreach (var skill in _site.PagePaths.Where(GuideFacts.IsSkillPage))
        {
            var expected = RolesListing(skill).ToHashSet();
            var extra = RolesListedBy(skill).Distinct().Where(role => !expected.Contains(role)).ToList();
            if (extra.Count > 0)
            {
                problems.Add($"{skill} links {string.Join(", ", extra)}, but those role pages do not link to {skill}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_skill_is_needed_by_at_least_one_role()
    {
        var unused = GuideFacts.SkillSlugs
            .Select(GuideFacts.SkillPath)
            .Where(skill => RolesListing(skill).Count == 0)
            .ToList();

        Assert.True(unused.Count == 0, $"No role page links these skills, so their pages list no role: {string.Join(", ", unused)}");
    }

    private IEnumerable<string> SkillsListedBy(string rolePath) =>
        _site.LinkedPages(rolePath, "main").Where(GuideFacts.IsSkillPage).Distinct();

    private IEnumerable<string> RolesListedBy(string skillPath) =>
        _site.LinkedPages(skillPath, "main").Where(GuideFacts.IsRolePage).Distinct();

    private List<string> RolesListing(string skillPath) =>
        [.. _site.PagePaths.Where(GuideFacts.IsRolePage).Where(role => SkillsListedBy(role).Contains(skillPath))];
}
