using System.Globalization;
using Scriban;
using Scriban.Parsing;

namespace SiteGen.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template prints, except <see cref="HtmlString"/> values.
/// Strict: undefined variables and members are errors. One per worker thread.
/// Bounded: a loop runs at most <see cref="MaxLoopIterations"/> times, calls nest at most <see cref="MaxCallDepth"/> deep,
/// and a page's HTML is at most the given size (<see cref="PageOutput"/>), so no template hangs a build or fills memory.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>Iterations of one loop (nested loops inside it count towards it); far above any listing of real pages.</summary>
    public const int MaxLoopIterations = 1_000_000;

    /// <summary>How deep functions and includes may call each other.</summary>
    public const int MaxCallDepth = 64;

    /// <param name="maxPageChars">the largest HTML a page may render to (<see cref="PageOutput.MaxCharsFor"/>).</param>
    public EscapingTemplateContext(int maxPageChars = PageOutput.DefaultMaxChars)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        EnableRelaxedIndexerAccess = false;
        LoopLimit = MaxLoopIterations;
        // Scriban's own output limit would cut the page short silently; PageOutput fails it instead.
        LimitToString = 0;
        RecursiveLimit = MaxCallDepth;
        PushOutput(new PageOutput(maxPageChars));
        PushCulture(CultureInfo.InvariantCulture);
    }

    /// <summary>When set, every model a template reads is noted here (see <see cref="TrackedScriptObject"/>).</summary>
    public HashSet<string>? Dependencies { get; set; }

    /// <summary>A date prints as its ISO text (2024-05-01, 2017-02-16T09:29:00Z), as it did when it was text.</summary>
    public override string? ObjectToString(object? value, bool nested = false) =>
        value is DateModel date ? date.Iso : base.ObjectToString(value, nested);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case HtmlString html when Output is PageOutput output:
                html.AppendTo(output.Builder);
                output.CheckLimit();
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
