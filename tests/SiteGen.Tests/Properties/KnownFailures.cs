namespace SiteGen.Tests.Properties;

/// <summary>
/// Inputs of the cases of issue 10 that crashed, hung or lost data before their fixes. Each switch, when on, lets the
/// generators make that input; all are on since every fix is merged (a switch can be turned off while a regression is
/// being fixed, or on from the environment with SITEGEN_PROPERTY_KNOWN_CASES=4,5,6,7,8,10 or =all). The property
/// `Known_cases_of_issue_10_stay_fixed` runs only these inputs.
/// </summary>
public static class KnownFailures
{
    /// <summary>Case 4: ~12,000 nested `[` in front matter, a data file or site.yml overflows the stack and kills the
    /// process (the test host too: no property can report it).</summary>
    public static bool Case4DeepYamlNesting { get; } = Enabled(4, fixedOnThisBranch: true);

    /// <summary>Case 5: Markdig's depth limit (200 `>`, 130 `[`, 50,000-deep lists) throws out of the build.</summary>
    public static bool Case5MarkdownDepth { get; } = Enabled(5, fixedOnThisBranch: true);

    /// <summary>Case 6: `{{ while true; end }}` and other endless templates hang the build.</summary>
    public static bool Case6EndlessTemplates { get; } = Enabled(6, fixedOnThisBranch: true);

    /// <summary>Case 7: output paths claimed twice (static/sitemap.xml, `url: /sitemap.xml`, slug `robots.txt`, a static
    /// file where a page needs a folder, a static file over a taxonomy page) fail with "file already exists" from the
    /// staging folder, naming no source.</summary>
    public static bool Case7OutputCollisions { get; } = Enabled(7, fixedOnThisBranch: true);

    /// <summary>Case 8: 20,000 identical headings take ~46 s (quadratic unique ids); the property's time bound fails.</summary>
    public static bool Case8RepeatedHeadings { get; } = Enabled(8, fixedOnThisBranch: true);

    /// <summary>Case 10: symlinks under site-content that leave the site are followed (a file outside is copied into
    /// output/), and a symlink loop gives many "URL already taken" errors.</summary>
    public static bool Case10Symlinks { get; } = Enabled(10, fixedOnThisBranch: true);

    public static bool Any => Case4DeepYamlNesting || Case5MarkdownDepth || Case6EndlessTemplates || Case7OutputCollisions || Case8RepeatedHeadings || Case10Symlinks;

    private static bool Enabled(int number, bool fixedOnThisBranch)
    {
        if (fixedOnThisBranch)
        {
            return true;
        }
        var setting = Environment.GetEnvironmentVariable("SITEGEN_PROPERTY_KNOWN_CASES") ?? "";
        return setting.Trim() == "all" || setting.Split(',', StringSplitOptions.TrimEntries).Contains(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
