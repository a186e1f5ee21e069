using System.Diagnostics;
using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// One language's grammars, each in a registry of its own, lent to one code block at a time: TextMate grammars compile
/// their rules on first use and run them with Oniguruma scanners that keep per-search state, so a grammar serves one
/// thread at a time. Two languages never wait for each other. Within a language, a second copy is made when a block
/// finds every copy busy, up to one per core, but only for a grammar that is cheap to load; one that embeds many others
/// stays single and threads take turns (its new lines are few and quick, while a copy costs as much as a build's worth).
/// </summary>
/// <remarks>
/// Measured (native, 10,000-page corpus, 2 cores): a new SQL line costs ~0.45 ms (a 9,572-character case-insensitive
/// keyword regex takes ~50 us a search), and every SQL page has one, so with one SQL grammar the other worker queued
/// behind it whenever it met an SQL page, more so when the machine was busy. A SQL grammar allocates 0.5 MB to load;
/// the shell grammar 51 MB and 0.1 s (it embeds Markdown for heredocs, which embeds dozens of languages), and about as
/// much again to compile its rules on the first line.
/// </remarks>
internal sealed class LanguageGrammar(string scope)
{
    /// <summary>A grammar that allocates more than this to load and compile is not copied.</summary>
    private const long CheapBytes = 8 * 1024 * 1024;

    private static readonly Lazy<ParsedGrammars> Files = new(() => new ParsedGrammars(CodeLanguages.Options));

    /// <summary>Guards the fields below; threads wait on it (Monitor.Wait) for a copy to come back.</summary>
    private readonly object _gate = new();
    private readonly Stack<IGrammar> _idle = new();

    /// <summary>Copies made (or being made).</summary>
    private int _made;

    /// <summary>How many copies may be made: one until the first has loaded and shown its cost.</summary>
    private int _limit = 1;

    /// <summary>The grammar does not load (TextMateSharp returned none).</summary>
    private bool _missing;

    /// <summary>Runs <paramref name="use"/> with a copy of the grammar no other thread uses meanwhile, or returns null
    /// when the grammar does not load. <paramref name="waitTicks"/> gets the time spent waiting for a copy.</summary>
    public string? With(Func<IGrammar, string?> use, out long waitTicks)
    {
        var waiting = Stopwatch.GetTimestamp();
        var grammar = Take(out var make);
        waitTicks = Stopwatch.GetTimestamp() - waiting;
        if (grammar is null && !make)
        {
            return null;
        }
        grammar ??= Make();
        if (grammar is null)
        {
            return null;
        }
        try
        {
            return use(grammar);
        }
        finally
        {
            lock (_gate)
            {
                _idle.Push(grammar);
                Monitor.Pulse(_gate);
            }
        }
    }

    /// <summary>An idle copy; or none, with <paramref name="make"/> set when this thread is to make one. Waits while
    /// every copy is busy and no more may be made.</summary>
    private IGrammar? Take(out bool make)
    {
        make = false;
        lock (_gate)
        {
            while (true)
            {
                if (_missing)
                {
                    return null;
                }
                if (_idle.TryPop(out var idle))
                {
                    return idle;
                }
                if (_made < _limit)
                {
                    _made++;
                    make = true;
                    return null;
                }
                Monitor.Wait(_gate);
            }
        }
    }

    /// <summary>Loads a copy and compiles its rules (on an empty line), and after the first decides how many may be made.</summary>
    private IGrammar? Make()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        IGrammar? grammar;
        try
        {
            grammar = new Registry(Files.Value).LoadGrammar(scope);
            grammar?.TokenizeLine("", null, TimeSpan.MaxValue);
        }
        catch
        {
            lock (_gate)
            {
                _made--;
                Monitor.PulseAll(_gate);
            }
            throw;
        }
        var cost = GC.GetAllocatedBytesForCurrentThread() - before;
        lock (_gate)
        {
            if (grammar is null)
            {
                _missing = true;
            }
            else if (_made == 1 && cost <= CheapBytes)
            {
                _limit = Environment.ProcessorCount;
            }
            // Threads waiting for the first copy may now make their own, or learn that there is none.
            Monitor.PulseAll(_gate);
        }
        return grammar;
    }
}
