using System.Collections.Concurrent;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// The grammar and theme files, each parsed once per process and shared by every language's registry
/// (<see cref="LanguageGrammar"/>): the shell grammar embeds Python, Markdown and HTML, so without this a site with bash
/// and python blocks would parse Python's grammar twice. Safe to share: a grammar works on its own deep copy of every raw
/// grammar it uses, and only reads the parsed files.
/// </summary>
internal sealed class ParsedGrammars(IRegistryOptions files) : IRegistryOptions
{
    private readonly ConcurrentDictionary<string, Lazy<IRawGrammar>> _grammars = new(StringComparer.Ordinal);
    private readonly Lazy<IRawTheme> _defaultTheme = new(files.GetDefaultTheme);

    public IRawGrammar GetGrammar(string scopeName) =>
        _grammars.GetOrAdd(scopeName, name => new Lazy<IRawGrammar>(() => files.GetGrammar(name))).Value;

    public ICollection<string> GetInjections(string scopeName) => files.GetInjections(scopeName);

    public IRawTheme GetTheme(string scopeName) => files.GetTheme(scopeName);

    public IRawTheme GetDefaultTheme() => _defaultTheme.Value;
}
