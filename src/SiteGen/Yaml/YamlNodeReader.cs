using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Yaml;

/// <summary>A YAML value with the position it came from (1-based line and column in the file).</summary>
public abstract record YamlValue(int Line, int Column);

public sealed record YamlScalarValue(int Line, int Column, string Text, bool IsPlain) : YamlValue(Line, Column)
{
    public bool IsNull => IsPlain && (Text.Length == 0 || Text is "~" or "null" or "Null" or "NULL");
}

public sealed record YamlListValue(int Line, int Column, IReadOnlyList<YamlValue> Items) : YamlValue(Line, Column);

public sealed record YamlMapEntry(YamlScalarValue Key, YamlValue Value);

public sealed record YamlMapValue(int Line, int Column, IReadOnlyList<YamlMapEntry> Entries) : YamlValue(Line, Column)
{
    public YamlValue? Get(string key) => Entries.FirstOrDefault(e => e.Key.Text == key)?.Value;
}

/// <summary>
/// Reads one YAML document into <see cref="YamlValue"/> nodes that remember their positions.
/// Syntax errors and duplicate keys become diagnostics; nothing is thrown.
/// </summary>
public static class YamlNodeReader
{
    /// <summary>
    /// How deep lists and mappings may nest. Real data nests a handful of levels; the limit stops a hostile file (12,000
    /// `[`) before the reader's recursion runs out of stack, which would kill the process. YamlDotNet's own parser is
    /// not recursive (its event stream is read here, one level per call).
    /// </summary>
    public const int MaxDepth = 100;

    /// <param name="lineOffset">lines before the YAML text in the file (front matter starts after `---`).</param>
    public static YamlValue? Read(string text, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }
            parser.Consume<DocumentStart>();
            var value = ReadValue(parser, file, lineOffset, diagnostics, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var mark = parser.Current!.Start;
                diagnostics.Error(file, (int)mark.Line + lineOffset, (int)mark.Column,
                    "a second YAML document starts here; a file holds one document (remove the extra `---`)");
            }
            return value;
        }
        catch (TooDeepException ex)
        {
            diagnostics.Error(file, ex.Line + lineOffset, ex.Column,
                $"nesting too deep: lists and mappings nest more than {MaxDepth} levels here; flatten the data (at most {MaxDepth} levels)");
            return null;
        }
        catch (YamlException ex)
        {
            var message = CleanMessage(ex.InnerException?.Message ?? ex.Message);
            var line = (int)ex.Start.Line;
            var column = (int)ex.Start.Column;
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(text, line) is { } tabLine)
            {
                (line, column) = (tabLine, 1);
                message += " (this line is indented with a tab; YAML allows only spaces)";
            }
            diagnostics.Error(file, line + lineOffset, column, "invalid YAML: " + message);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) on some broken input: a `...` line before the first key or
            // an unclosed `{` followed by more lines (found by the property tests), a tag like `!![a]` (found by AFL).
            var mark = parser.Current?.Start;
            diagnostics.Error(file, (int)(mark?.Line ?? 1) + lineOffset, (int)(mark?.Column ?? 1),
                $"invalid YAML: the reader stopped after this point ({CleanMessage(ex.Message)}); check for an unclosed bracket or quote, or a stray `...` line");
            return null;
        }
    }

    /// <summary>YamlDotNet reports a tab at the start of the enclosing mapping; find the tab-indented line itself.</summary>
    private static int? FirstTabIndentedLine(string text, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart(' ', '\t').Length)];
            if (indent.Contains('\t') && lines[i].Trim().Length > 0)
            {
                return i + 1;
            }
        }
        return null;
    }

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): ".
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        var text = index >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(index + 3)..] : message;
        return text.TrimEnd('.');
    }

    /// <summary>Stops reading at the first list or mapping nested deeper than <see cref="MaxDepth"/>.</summary>
    private sealed class TooDeepException(int line, int column) : Exception
    {
        public int Line => line;

        public int Column => column;
    }

    private static YamlValue ReadValue(IParser parser, string file, int lineOffset, DiagnosticBag diagnostics, int depth)
    {
        var start = parser.Current!.Start;
        var line = (int)start.Line + lineOffset;
        var column = (int)start.Column;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            return new YamlScalarValue(line, column, scalar.Value, scalar.Style == ScalarStyle.Plain);
        }
        if (depth == MaxDepth && parser.Current is SequenceStart or MappingStart)
        {
            throw new TooDeepException((int)start.Line, column);
        }
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var items = new List<YamlValue>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadValue(parser, file, lineOffset, diagnostics, depth + 1));
            }
            return new YamlListValue(line, column, items);
        }
        if (parser.TryConsume<MappingStart>(out _))
        {
            var entries = new List<YamlMapEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = ReadValue(parser, file, lineOffset, diagnostics, depth + 1);
                var value = ReadValue(parser, file, lineOffset, diagnostics, depth + 1);
                if (key is not YamlScalarValue keyScalar)
                {
                    diagnostics.Error(file, key.Line, key.Column, "a mapping key must be a plain text value");
                    continue;
                }
                if (!seen.Add(keyScalar.Text))
                {
                    diagnostics.Error(file, keyScalar.Line, keyScalar.Column,
                        $"duplicate key '{keyScalar.Text}'; each key may appear once in a mapping (remove or rename one)");
                    continue;
                }
                entries.Add(new YamlMapEntry(keyScalar, value));
            }
            return new YamlMapValue(line, column, entries);
        }
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            diagnostics.Error(file, line, column, $"YAML aliases (*{alias.Value}) are not supported; repeat the value instead");
            return new YamlScalarValue(line, column, "", true);
        }
        throw new YamlException(start, parser.Current.End, "unexpected YAML content");
    }
}
