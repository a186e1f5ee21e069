using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Markdown.Components;

/// <summary>A component called on a line of its own: <c>{{ name(...) }}</c>, or <c>{% name(...) %}</c> ... <c>{% end %}</c>
/// with Markdown inside (its children).</summary>
public sealed class ComponentBlock(BlockParser parser) : ContainerBlock(parser)
{
    public ComponentCall? Call { get; set; }

    /// <summary>A syntax error in the call, reported by the walk at <see cref="ErrorColumn"/> (0-based, on the call's line).</summary>
    public string? Error { get; set; }

    public int ErrorColumn { get; set; }

    /// <summary>The `{% %}` form, with Markdown inside up to `{% end %}`.</summary>
    public bool HasBody { get; set; }

    /// <summary>Its `{% end %}` was found.</summary>
    public bool Ended { get; set; }

    /// <summary>The component's HTML, once rendered; the renderer writes nothing without it (the build has failed).</summary>
    public string? Html { get; set; }
}

/// <summary>A component called inside a paragraph, <c>{{ name(...) }}</c>, or the literal form <c>{{/* ... */}}</c>.</summary>
public sealed class ComponentInline : LeafInline
{
    public ComponentCall? Call { get; set; }

    public string? Error { get; set; }

    public int ErrorColumn { get; set; }

    /// <summary>For the literal form: the text to show as it is (<c>{{ name(...) }}</c>).</summary>
    public string? Literal { get; set; }

    public string? Html { get; set; }
}
