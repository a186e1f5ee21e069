using TextMateSharp.Grammars;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Which grammar a fence's info string names. The 64 grammars of TextMateSharp.Grammars (VS Code's), found by language id,
/// by alias (<c>bash</c>, <c>sh</c>, <c>c#</c>, <c>py</c>) or by file extension (<c>cs</c>, <c>yml</c>), in any case;
/// the first grammar that claims a name keeps it (ids, then aliases, then extensions).
/// </summary>
public static class CodeLanguages
{
    /// <summary>Info strings that mean "not code to colour": shown as plain code, with no warning.</summary>
    private static readonly HashSet<string> PlainNames = new(["text", "txt", "plain", "plaintext", "console", "output", "none"], StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<RegistryOptions> SharedOptions = new(() => new RegistryOptions(ThemeName.Light));

    private static readonly Lazy<Dictionary<string, string>> ScopeByName = new(Build);

    /// <summary>
    /// The grammar catalogue, read once per process: building it parses the 64 grammars' package manifests (tens of ms),
    /// and after that it is only read (grammar and theme files come from embedded resources), so every thread's
    /// registry shares it.
    /// </summary>
    public static RegistryOptions Options => SharedOptions.Value;

    /// <summary>Whether the info string asks for plain text on purpose.</summary>
    public static bool IsPlain(string language) => PlainNames.Contains(language);

    /// <summary>The grammar's scope name (<c>source.cs</c>) for a language name, or null when no grammar has it.</summary>
    public static string? ScopeOf(string language) => ScopeByName.Value.GetValueOrDefault(language.ToLowerInvariant());

    /// <summary>Every name a grammar answers to, sorted (for the README and tests).</summary>
    public static IReadOnlyList<string> Names => [.. ScopeByName.Value.Keys.Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Build()
    {
        var options = Options;
        var languages = options.GetAvailableLanguages();
        var scopes = new Dictionary<string, string>(StringComparer.Ordinal);
        var withScope = new List<(Language Language, string Scope)>();
        foreach (var language in languages)
        {
            if (options.GetScopeByLanguageId(language.Id) is { } scope)
            {
                withScope.Add((language, scope));
            }
        }
        foreach (var (language, scope) in withScope)
        {
            scopes.TryAdd(language.Id.ToLowerInvariant(), scope);
        }
        foreach (var (language, scope) in withScope)
        {
            foreach (var alias in language.Aliases ?? [])
            {
                scopes.TryAdd(alias.ToLowerInvariant(), scope);
            }
        }
        foreach (var (language, scope) in withScope)
        {
            foreach (var extension in language.Extensions ?? [])
            {
                if (extension.StartsWith('.') && !extension.Contains('*', StringComparison.Ordinal))
                {
                    scopes.TryAdd(extension[1..].ToLowerInvariant(), scope);
                }
            }
        }
        return scopes;
    }
}
