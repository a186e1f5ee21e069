using SiteGen.Yaml;

namespace SiteGen.Git;

/// <summary>
/// The git options of site.yml: <c>git_info: false</c> turns the history pass off (Hugo's <c>enableGitInfo</c>, but
/// on by default), and <c>edit_url:</c> is the pattern of every page's edit link (<see cref="EditUrlPattern"/>).
/// </summary>
/// <param name="History">whether the build reads git history for last-updated dates (<c>git_info</c>).</param>
/// <param name="EditUrl">the edit-link pattern, or null when site.yml has none.</param>
public sealed record GitConfig(bool History, EditUrlPattern? EditUrl)
{
    public static readonly GitConfig Default = new(true, null);

    /// <summary>Reads the value of <c>git_info:</c>.</summary>
    public static bool ReadHistory(YamlValue value, string file, DiagnosticBag diagnostics) =>
        YamlConvert.ToBool(value, file, "git_info", diagnostics) ?? true;
}
