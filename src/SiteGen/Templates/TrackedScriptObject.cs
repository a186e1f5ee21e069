using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SiteGen.Templates;

/// <summary>
/// A template model that notes which inputs a page's templates read, so `serve` re-renders exactly the pages an edit
/// affects. Page models record "page:/path/" (or "page:/path/:content" for the rendered content), the site object
/// "site:member", site.data "data:name". Recording only happens when the context collects dependencies.
/// </summary>
public sealed class TrackedScriptObject(string key, TrackedScriptObject.Granularity granularity) : ScriptObject
{
    public enum Granularity
    {
        PageModel,
        PerMember,
    }

    /// <summary>Members of a page model that come from its Markdown body; they change without the rest of the page.</summary>
    public static readonly IReadOnlySet<string> ContentMembers = new HashSet<string>(StringComparer.Ordinal)
    {
        "content", "toc", "toc_html", "word_count", "reading_minutes",
    };

    public string Key => key;

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (context is EscapingTemplateContext { Dependencies: { } dependencies })
        {
            dependencies.Add(granularity == Granularity.PerMember ? key + member
                : ContentMembers.Contains(member) ? key + ":content" : key);
        }
        return base.TryGetValue(context, span, member, out value);
    }
}
