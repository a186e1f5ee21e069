using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using TextMateSharp.Grammars;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Turns the lines of one code block into HTML with <c>&lt;span class="hl-k"&gt;</c> runs. One instance per worker
/// thread (<see cref="ForThisThread"/>) for its output buffer; the grammars (<see cref="LanguageGrammar"/>: per language,
/// one copy per block at a time) and the memo of tokenised lines are one per process. A line one copy of a grammar has
/// tokenised is a lookup for every thread that uses that copy later, without a lock.
/// </summary>
/// <remarks>
/// Measured (plan-12 spike, 10,000 blocks shaped like the benchmark corpus, one thread): tokenising every line costs about
/// 1 ms per 8-line block; remembering each line's classed result, keyed by grammar, the state before the line and its
/// text, brings that to 0.07 ms. The memo is valid because TextMate's state stacks compare by value: the same line in
/// the same state always tokenises the same, so the output does not depend on which pages a thread saw before, nor on
/// which copy of a grammar did the work (the memo's key holds the copy: a block's states stay within one copy).
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

    /// <summary>Every tokenised line, by the copy of the grammar that tokenised it.</summary>
    private static readonly ConcurrentDictionary<MemoKey, ClassedLine> Memo = new();

    /// <summary>How many lines <see cref="Memo"/> holds, about (it is cleared when this passes <see cref="MemoLimit"/>).</summary>
    private static int s_memoCount;

    private readonly StringBuilder _html = new();

    private CodeHighlighter()
    {
    }

    /// <summary>Time this thread has waited for a copy of a grammar that other threads were using (Stopwatch ticks), so
    /// the build can tell work from waiting.</summary>
    public long WaitTicks { get; private set; }

    /// <summary>This thread's highlighter.</summary>
    public static CodeHighlighter ForThisThread() => t_current ??= new CodeHighlighter();

    /// <summary>The HTML of these lines in the grammar of <paramref name="scope"/>, each line followed by '\n' (as Markdig
    /// writes a plain block), or null when the grammar does not load.</summary>
    public string? Highlight(string scope, IReadOnlyList<string> lines)
    {
        var language = Languages.GetOrAdd(scope, static name => new LanguageGrammar(name));
        var html = language.With(grammar => Write(grammar, lines), out var waited);
        WaitTicks += waited;
        return html;
    }

    private string Write(IGrammar grammar, IReadOnlyList<string> lines)
    {
        _html.Clear();
        IStateStack? state = null;
        foreach (var line in lines)
        {
            var classed = Tokenize(grammar, state, line);
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

    /// <summary>The line's classes, remembered or tokenised by <paramref name="grammar"/> (a copy only this thread uses now).</summary>
    private static ClassedLine Tokenize(IGrammar grammar, IStateStack? state, string line)
    {
        var key = new MemoKey(grammar, state, line);
        if (Memo.TryGetValue(key, out var known))
        {
            return known;
        }
        var classed = Classify(grammar.TokenizeLine(line, state, TimeSpan.MaxValue), line);
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
