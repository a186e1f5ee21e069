using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// One language's grammar, in a registry of its own, with the lock under which it loads and tokenises: TextMate grammars
/// compile their rules on first use (reading the registry, which loading another grammar writes) and run them with
/// Oniguruma scanners that keep per-search state, so one grammar serves one thread at a time, but two languages can
/// tokenise at once. A registry per language also means a grammar sees the same grammars whichever language a build
/// loaded first.
/// </summary>
/// <remarks>
/// Loading is the costly part for some languages: the shell grammar embeds Markdown, HTML, Ruby, Python and AppleScript
/// for heredocs, and Markdown embeds dozens more (measured: 250 ms and 51 MB allocated to load, another 260 ms to compile
/// its rules on the first line). Behind one process-wide lock, as before, the other Markdown worker waited for all of
/// that as soon as it met its first code block of any language.
/// </remarks>
internal sealed class LanguageGrammar(string scope)
{
    private static readonly Lazy<ParsedGrammars> Files = new(() => new ParsedGrammars(CodeLanguages.Options));

    private bool _loaded;
    private IGrammar? _grammar;

    /// <summary>Held while the grammar loads or tokenises a line.</summary>
    public Lock Gate { get; } = new();

    /// <summary>The grammar, loaded and compiled on first use (null when it does not load); call it under <see cref="Gate"/>.</summary>
    public IGrammar? Grammar
    {
        get
        {
            if (!_loaded)
            {
                _grammar = new Registry(Files.Value).LoadGrammar(scope);
                _loaded = true;
            }
            return _grammar;
        }
    }
}
