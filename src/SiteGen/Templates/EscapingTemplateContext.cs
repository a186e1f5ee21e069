using System.Globalization;
using Scriban;
using Scriban.Parsing;

namespace SiteGen.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="HtmlString"/> values.
/// Strict: undefined variables and members are errors. One per worker thread.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        LoopLimit = int.MaxValue;
        LimitToString = 0;
        RecursiveLimit = 64;
        PushCulture(CultureInfo.InvariantCulture);
    }

    /// <summary>When set, every model a template reads is noted here (see <see cref="TrackedScriptObject"/>).</summary>
    public HashSet<string>? Dependencies { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html when Output is Scriban.Runtime.StringBuilderOutput output:
                html.AppendTo(output.Builder);
                return this;
            case HtmlString html:
                Write(html.Value);
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }
}
