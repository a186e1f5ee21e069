using System.Diagnostics;
using Markdig.Syntax;
using SiteGen.Content;

namespace SiteGen.Markdown.Highlighting;

/// <summary>
/// Highlighting for one build (site.yml <c>highlight:</c>, on unless false): the walk hands it every fenced block; a block
/// whose language has a grammar gets its highlighted HTML attached for <see cref="HighlightedCodeRenderer"/>; any other
/// block renders as Markdig writes it. Its time, summed over the Markdown workers, is the <c>highlight</c> figure of
/// <c>build --timings</c>.
/// </summary>
public sealed class CodeHighlighting
{
    /// <summary>Longer lines are left plain: a TextMate grammar can take quadratic time on one huge line (minified code).</summary>
    public const int MaxLineLength = 5_000;

    /// <summary>Longer blocks are left plain, so one generated dump cannot dominate a build.</summary>
    public const int MaxLines = 2_000;

    private static readonly Lazy<string?> LibraryProblem = new(ProbeLibrary);

    private long _ticks;
    private long _waitTicks;

    private CodeHighlighting()
    {
    }

    /// <summary>Time spent highlighting, summed over threads, not counting <see cref="Waiting"/>.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    /// <summary>Time threads waited for another thread's grammar work (grammars tokenise one line at a time), summed.</summary>
    public TimeSpan Waiting => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _waitTicks));

    /// <summary>
    /// This build's highlighting, or null when site.yml turns it off, or when the regex library the grammars need cannot
    /// load (an error at site.yml, never a crash).
    /// </summary>
    public static CodeHighlighting? For(bool enabled, string configFile, DiagnosticBag diagnostics)
    {
        if (!enabled)
        {
            return null;
        }
        if (LibraryProblem.Value is { } problem)
        {
            diagnostics.Error(configFile, 0, 0,
                $"highlighting code needs libonigwrap.so, which did not load ({problem}): the native executable needs it beside itself in {AppContext.BaseDirectory} (dotnet publish and the release archive put it there), the installed tool in runtimes/linux-x64/native/ of its package (reinstall the tool if it is missing); put it back, or set `highlight: false` in site.yml");
            return null;
        }
        return new CodeHighlighting();
    }

    /// <summary>Highlights one fenced block when its language has a grammar; warns when the language is unknown or the
    /// block too large.</summary>
    public void Apply(FencedCodeBlock block, Page page, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrEmpty(block.Info) || CodeLanguages.IsPlain(block.Info))
        {
            return;
        }
        var start = Stopwatch.GetTimestamp();
        var highlighter = CodeHighlighter.ForThisThread();
        var waitedBefore = highlighter.WaitTicks;
        var file = page.SourceFile ?? page.Path;
        var line = page.BodyLine + block.Line;
        if (CodeLanguages.ScopeOf(block.Info) is not { } scope)
        {
            diagnostics.Warning(WarningKinds.CodeLanguage, file, line, 1,
                $"no highlighting for language '{block.Info}'; the block is shown as plain code (use a language such as csharp, sql, json, bash, or text for none)");
        }
        else if (Lines(block) is not { } lines)
        {
            diagnostics.Warning(WarningKinds.CodeTooLarge, file, line, 1,
                $"code block too large to highlight (over {MaxLines:N0} lines, or a line over {MaxLineLength:N0} characters); it is shown as plain code");
        }
        else
        {
            try
            {
                if (highlighter.Highlight(scope, lines) is { } html)
                {
                    block.SetData(typeof(CodeHighlighting), html);
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                diagnostics.Warning(WarningKinds.CodeHighlightFailed, file, line, 1, $"could not highlight this '{block.Info}' block ({ex.Message}); it is shown as plain code");
            }
        }
        var waited = highlighter.WaitTicks - waitedBefore;
        Interlocked.Add(ref _waitTicks, waited);
        Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start - waited);
    }

    /// <summary>The highlighted HTML the walk attached to a block, if any.</summary>
    public static string? HtmlOf(CodeBlock block) => block.GetData(typeof(CodeHighlighting)) as string;

    private static string[]? Lines(FencedCodeBlock block)
    {
        var group = block.Lines;
        if (group.Count > MaxLines)
        {
            return null;
        }
        var lines = new string[group.Count];
        for (var i = 0; i < group.Count; i++)
        {
            var slice = group.Lines[i].Slice;
            if (slice.Length > MaxLineLength)
            {
                return null;
            }
            lines[i] = slice.ToString();
        }
        return lines;
    }

    /// <summary>Null when libonigwrap loads; else what went wrong.</summary>
    private static string? ProbeLibrary()
    {
        try
        {
            _ = new Onigwrap.ORegex("x", false, false).Valid;
            return null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeInitializationException)
        {
            // The loader's message goes on to list every path it tried, one per line: its first line says enough.
            return ex.Message.Split('\n')[0].Trim();
        }
    }
}
