using SiteGen.Content;

namespace SiteGen.Markdown;

/// <summary>
/// Turns an exception thrown while one page's Markdown was rendered into an error for that page, so one bad page
/// never stops the build (or serve) and is named with a position.
/// </summary>
public static class MarkdownFailure
{
    /// <summary>Markdig's limit on nested blocks and on nesting while rendering (<c>MarkdownPipeline.MaximumNestingDepth</c>).</summary>
    public const int MarkdigDepthLimit = 128;

    /// <summary>Below this estimated depth a line is not taken as the culprit; the body's first line is named instead.</summary>
    private const int HintThreshold = 32;

    public static Diagnostic For(Page page, Exception exception)
    {
        var file = page.SourceFile ?? page.Path;
        if (IsTooDeep(exception))
        {
            var line = DeepestLine(page.Body) is { } index ? page.BodyLine + index : page.BodyLine;
            return Diagnostic.Error(file, line, 1,
                $"nesting too deep: this page's Markdown nests block quotes, lists, links or emphasis more than {MarkdigDepthLimit} levels (the deepest nesting is around this line); simplify the nesting");
        }
        return Diagnostic.Error(file, page.BodyLine, 1,
            $"could not render this page's Markdown ({exception.GetType().Name}: {exception.Message}); simplify the Markdown, and report it as a SiteGen bug if the page is valid Markdown");
    }

    private static bool IsTooDeep(Exception exception) =>
        exception is InsufficientExecutionStackException or PageWalkTooDeepException ||
        (exception is ArgumentException && exception.Message.Contains("too deeply nested", StringComparison.Ordinal));

    /// <summary>
    /// The 0-based line of <paramref name="body"/> that looks most deeply nested (block quote markers, list bullets and
    /// indentation at its start, unclosed brackets or emphasis markers within it), or null when no line looks deep. A
    /// hint, not a parse: it runs only after a failure.
    /// </summary>
    internal static int? DeepestLine(string body)
    {
        var lines = body.Split('\n');
        var (best, bestScore) = (-1, HintThreshold - 1);
        for (var i = 0; i < lines.Length; i++)
        {
            var score = Math.Max(LeadingDepth(lines[i]), Math.Max(BracketDepth(lines[i]), EmphasisDepth(lines[i])));
            if (score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }
        return best >= 0 ? best : null;
    }

    /// <summary>Block quote markers and list bullets at the start of the line, plus half its indentation.</summary>
    private static int LeadingDepth(string line)
    {
        var (levels, indent, i) = (0, 0, 0);
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 4;
            }
            else if (c == '>')
            {
                levels++;
            }
            else if (c is '-' or '+' or '*' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                levels++;
            }
            else if (char.IsAsciiDigit(c) && OrderedMarkerEnd(line, i) is { } end)
            {
                levels++;
                i = end;
            }
            else
            {
                break;
            }
            i++;
        }
        return levels + (indent / 2);
    }

    /// <summary>The index of the '.' or ')' ending an ordered list marker starting at <paramref name="start"/>, if it is one.</summary>
    private static int? OrderedMarkerEnd(string line, int start)
    {
        var i = start;
        while (i < line.Length && char.IsAsciiDigit(line[i]))
        {
            i++;
        }
        return i + 1 < line.Length && line[i] is '.' or ')' && line[i + 1] == ' ' ? i : null;
    }

    /// <summary>Emphasis markers in the line, two to a level.</summary>
    private static int EmphasisDepth(string line)
    {
        var count = 0;
        foreach (var c in line)
        {
            if (c is '*' or '_')
            {
                count++;
            }
        }
        return count / 2;
    }

    private static int BracketDepth(string line)
    {
        var (depth, deepest) = (0, 0);
        foreach (var c in line)
        {
            if (c is '[' or '(')
            {
                deepest = Math.Max(deepest, ++depth);
            }
            else if (c is ']' or ')' && depth > 0)
            {
                depth--;
            }
        }
        return deepest;
    }
}

/// <summary>Thrown by the page walk when inlines nest deeper than Markdig will render them (it would throw next).</summary>
internal sealed class PageWalkTooDeepException() : Exception("Markdown inlines are nested too deeply");
