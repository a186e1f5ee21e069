namespace SiteGen;

/// <summary>
/// The kinds of warning SiteGen gives: stable names printed after each warning (`[table-caption]`), used to group
/// repeated warnings on the console and to silence a kind with <c>silence_warnings:</c> in site.yml.
/// </summary>
public static class WarningKinds
{
    public const string TableCaption = "table-caption";
    public const string CodeLanguage = "code-language";
    public const string CodeTooLarge = "code-too-large";
    public const string CodeHighlightFailed = "code-highlight-failed";
    public const string CalloutKind = "callout-kind";
    public const string DecorativeImageAlt = "decorative-image-alt";
    public const string ImageSize = "image-size";
    public const string ExternalLink = "external-link";
    public const string Template = "template";
    public const string DroppedUrl = "dropped-url";
    public const string EmptyFeed = "empty-feed";
    public const string GitShallow = "git-shallow";
    public const string GitHistory = "git-history";

    /// <summary>A warning given without a kind of its own.</summary>
    public const string General = "general";

    /// <summary>Every kind with what it is about, in the order the README lists them.</summary>
    public static readonly IReadOnlyList<(string Kind, string About)> All =
    [
        (TableCaption, "a table without a `Table:` caption line"),
        (CodeLanguage, "a code block in a language SiteGen cannot highlight"),
        (CodeTooLarge, "a code block too large to highlight"),
        (CodeHighlightFailed, "a code block the highlighter failed on"),
        (CalloutKind, "an unknown `[!KIND]` callout"),
        (DecorativeImageAlt, "a decorative image with alt text"),
        (ImageSize, "an image whose size SiteGen cannot read"),
        (ExternalLink, "a dead external link (check --external)"),
        (Template, "a template parser warning"),
        (DroppedUrl, "a URL the last output published (or serve had when it started) that this build drops, with no alias"),
        (EmptyFeed, "a feed with no dated page"),
        (GitShallow, "a shallow git clone: no last-updated dates from history"),
        (GitHistory, "a git history SiteGen could not read"),
        (General, "any other warning"),
    ];

    public static bool IsKnown(string kind) => All.Any(k => k.Kind == kind);
}
