namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Maps a token's TextMate scopes to one of seven classes (or none): the innermost scope that any rule names decides,
/// and within one scope the first matching rule wins (so <c>support.type.property-name</c> is a property, not a type).
/// Operators (but word operators such as <c>await</c>, <c>is</c>, <c>new</c>) and variables stay plain on purpose: spans on every <c>=</c> and name make code a wall of colour.
/// </summary>
public static class ScopeClasses
{
    /// <summary>The class names, indexed by the byte a token's class is stored as (0 = plain, no span).</summary>
    public static readonly string[] Names = ["", "hl-c", "hl-k", "hl-s", "hl-n", "hl-f", "hl-t", "hl-p"];

    public const byte Plain = 0;
    public const byte Comment = 1;
    public const byte Keyword = 2;
    public const byte String = 3;
    public const byte Number = 4;
    public const byte Function = 5;
    public const byte Type = 6;
    public const byte Property = 7;

    private static readonly (string Prefix, byte Class)[] Rules =
    [
        ("comment", Comment),
        ("string", String),
        ("constant.character.escape", String),
        ("constant.numeric", Number),
        ("constant.language", Number),
        ("keyword.operator.expression", Keyword), // await, is, typeof: words, not symbols
        ("keyword.operator.new", Keyword),
        ("keyword.operator", Plain),
        ("keyword", Keyword),
        ("storage", Keyword),
        ("entity.name.function", Function),
        ("support.function", Function),
        ("support.type.property-name", Property),
        ("meta.object-literal.key", Property),
        ("entity.name.tag", Property),
        ("entity.name.type", Type),
        ("entity.name.class", Type),
        ("support.type", Type),
    ];

    /// <summary>The class of a token with these scopes (outermost first, as TextMate lists them).</summary>
    public static byte For(IList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var scope = scopes[i];
            foreach (var (prefix, value) in Rules)
            {
                if (scope.StartsWith(prefix, StringComparison.Ordinal) && (scope.Length == prefix.Length || scope[prefix.Length] == '.'))
                {
                    return value;
                }
            }
        }
        return Plain;
    }
}
