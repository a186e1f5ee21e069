using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using TextMateSharp.Grammars;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Turns the lines of one code block into HTML with <c>&lt;span class="hl-k"&gt;</c> runs. One instance per worker
/// thread (<see cref="ForThisThread"/>) for its output buffer; the grammars (<see cref="LanguageGrammar"/>, one per
/// language, each with its own lock) and the memo of tokenised lines are one per process. A line one thread has
/// tokenised is a lookup for every other, without a lock; two threads wait for each other only when both tokenise new
/// lines of the same language at once.
/// </summary>
/// <remarks>
/// Measured (plan-12 spike, 10,000 blocks shaped like the benchmark corpus, one thread): tokenising every line costs about
/// 1 ms per 8-line block; remembering each line's classed result, keyed by grammar, the state before the line and its
/// text, brings that to 0.07 ms. The memo is valid because TextMate's state stacks compare by value: the same line in
/// the same state always tokenises the same, so the output does not depend on which pages a thread saw before.
/// No time limit is given to the tokeniser (a limit would make the output depend on the machine's speed); pathological
/// input is refused by size before it gets here (<see cref="CodeHighlighting"/>).
/// </remarks>
public sealed class CodeHighlighter
{
    /// <summary>Past this many remembered lines the memo starts again, so memory stays bounded on any site.</summary>
    private const int MemoLimit = 50_000;

    [ThreadStatic]
    private static CodeHighlighter? t_current;

    private static readonly ConcurrentDictionary<string, LanguageGrammar> Languages = new(StringComparer.Ordinal);

    /// <summary>Every tokenised line, read without a lock, written under the lock of the line's language.</summary>
    private static readonly ConcurrentDictionary<MemoKey, ClassedLine> Memo = new();

    /// <summary>How many lines <see cref="Memo"/> holds, about (it is cleared when this passes <see cref="MemoLimit"/>).</summary>
    private static int s_memoCount;

    private readonly StringBuilder _html = new();

    private CodeHighlighter()
    {
    }

    /// <summary>Time this thread has waited for another thread's use of a grammar (Stopwatch ticks), so the build can
    /// tell work from waiting.</summary>
    public long WaitTicks { get; private set; }

    /// <summary>This thread's highlighter.</summary>
    public static CodeHighlighter ForThisThread() => t_current ??= new CodeHighlighter();

    /// <summary>The HTML of these lines in the grammar of <paramref name="scope"/>, each line followed by '\n' (as Markdig
    /// writes a plain block), or null when the grammar does not load.</summary>
    public string? Highlight(string scope, IReadOnlyList<string> lines)
    {
        var language = Languages.GetOrAdd(scope, static name => new LanguageGrammar(name));
        var grammar = Locked(language, () => language.Grammar);
        if (grammar is null)
        {
            return null;
        }
        _html.Clear();
        IStateStack? state = null;
        foreach (var line in lines)
        {
            var classed = Tokenize(language, grammar, state, line);
            state = classed.EndState;
            var at = 0;
            foreach (var (length, value) in classed.Runs)
            {
                if (value == ScopeClasses.Plain)
                {
                    AppendEscaped(_html, line.AsSpan(at, length));
                }
                else
                {
                    _html.Append("<span class=\"").Append(ScopeClasses.Names[value]).Append("\">");
                    AppendEscaped(_html, line.AsSpan(at, length));
                    _html.Append("</span>");
                }
                at += length;
            }
            _html.Append('\n');
        }
        return _html.ToString();
    }

    /// <summary>Runs <paramref name="work"/> under the language's lock, counting the time spent waiting for it.</summary>
    private T Locked<T>(LanguageGrammar language, Func<T> work)
    {
        var waiting = Stopwatch.GetTimestamp();
        lock (language.Gate)
        {
            WaitTicks += Stopwatch.GetTimestamp() - waiting;
            return work();
        }
    }

    private ClassedLine Tokenize(LanguageGrammar language, IGrammar grammar, IStateStack? state, string line)
    {
        var key = new MemoKey(grammar, state, line);
        if (Memo.TryGetValue(key, out var known))
        {
            return known;
        }
        // Another thread may tokenise the same line while this one waits: the memo is checked again under the lock.
        return Locked(language, () => Memo.TryGetValue(key, out var again) ? again : Remember(key, Classify(grammar.TokenizeLine(line, state, TimeSpan.MaxValue), line)));
    }

    private static ClassedLine Remember(MemoKey key, ClassedLine classed)
    {
        if (Interlocked.Increment(ref s_memoCount) > MemoLimit)
        {
            // Only speed depends on what the memo holds, never the output: clearing it while another thread reads is safe.
            Memo.Clear();
            Interlocked.Exchange(ref s_memoCount, 1);
        }
        Memo[key] = classed;
        return classed;
    }

    private static ClassedLine Classify(ITokenizeLineResult result, string line)
    {
        var runs = new List<(int Length, byte Class)>();
        var covered = 0;
        foreach (var token in result.Tokens)
        {
            // Tokens may run past the end of the line (the tokeniser sees a line break after it).
            var start = Math.Max(token.StartIndex, covered);
            var end = Math.Min(token.EndIndex, line.Length);
            if (start >= end)
            {
                continue;
            }
            if (start > covered)
            {
                Add(runs, start - covered, ScopeClasses.Plain);
            }
            Add(runs, end - start, ScopeClasses.For(token.Scopes));
            covered = end;
        }
        if (covered < line.Length)
        {
            Add(runs, line.Length - covered, ScopeClasses.Plain);
        }
        return new ClassedLine([.. runs], result.RuleStack);
    }

    /// <summary>Adds a run, merged into the previous one when it has the same class (a string's quotes and text are one span).</summary>
    private static void Add(List<(int Length, byte Class)> runs, int length, byte value)
    {
        if (runs.Count > 0 && runs[^1].Class == value)
        {
            runs[^1] = (runs[^1].Length + length, value);
        }
        else
        {
            runs.Add((length, value));
        }
    }

    /// <summary>Escapes as Markdig does for code: &amp;, &lt;, &gt; and &quot;.</summary>
    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        while (text.IndexOfAny("&<>\"") is var index && index >= 0)
        {
            html.Append(text[..index]);
            html.Append(text[index] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => "&quot;" });
            text = text[(index + 1)..];
        }
        html.Append(text);
    }

    private readonly record struct MemoKey(IGrammar Grammar, IStateStack? State, string Line);

    private sealed record ClassedLine((int Length, byte Class)[] Runs, IStateStack EndState);
}
