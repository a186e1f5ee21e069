using System.Text;

namespace SiteGen.Tests.Properties;

/// <summary>YAML text: scalars of every style, flow and block collections, and the mistakes people make (bad quotes,
/// tabs, duplicate keys, aliases, a second document, wrong types).</summary>
public static class YamlText
{
    private static readonly System.Buffers.SearchValues<char> FlowIndicators = System.Buffers.SearchValues.Create(",[]{}#");

    /// <summary>A scalar as it would appear after `key: ` (already quoted when quoting is needed).</summary>
    public static string Scalar(Draw draw, int indent = 0) => draw.Weighted(
        (8, "plain"), (4, "double"), (2, "single"), (3, "number"), (2, "bool"), (1, "null"), (2, "date"), (1, "block"),
        (draw.Messy ? 1 : 0, "broken"), (draw.Messy ? 1 : 0, "odd")) switch
    {
        "plain" => draw.Messy ? Plain(draw) : Quote(OddText.Phrase(draw, 3)),
        "double" => Quote(OddText.Phrase(draw)),
        "single" => draw.Messy ? "'" + OddText.Phrase(draw).Replace("'", "''", StringComparison.Ordinal) + "'" : Quote(OddText.Phrase(draw)),
        "number" => draw.Pick("0", "1", "-1", "42", "3.14", "1e9", "99999999999999999999", "0x1F", "0o17", ".inf", "-.nan", "1_000", "+5"),
        "bool" => draw.Pick("true", "false", "yes", "no", "True", "FALSE", "on", "off", "y", "n"),
        "null" => draw.Pick("", "~", "null", "Null", "NULL"),
        "date" => draw.Pick("2024-01-31", "2024-02-30", "2024-13-01", "1999-12-31T23:59:59Z", "2024-1-1", "0000-00-00", "9999-12-31", "2024-06-01 10:00", "today"),
        "block" => draw.Pick("|", ">", "|-", ">+") + "\n" + new string(' ', indent + 4) + Printable(OddText.Phrase(draw)) + "\n" + new string(' ', indent + 4) + Printable(OddText.Phrase(draw)),
        "broken" => draw.Pick("\"unclosed", "'unclosed", "[a, b", "{a: 1", "a: b: c", "- x", "@at", "`tick", "*alias", "&anchor x", "!!binary x", "!tag x", "!![a]", "%", "? complex", "|\n bad"),
        _ => "\"" + draw.Pick("\\u0000", "\\x00", "\\uD800", "\\U0001F600", "\\N\\_\\L\\P", "\\e\\a", "\\z", "\\") + "\"",
    };

    private static string Plain(Draw draw)
    {
        var text = OddText.Phrase(draw, 3);
        // A plain scalar that YAML would read as something else is still worth trying now and then.
        return draw.Chance(0.8) ? text.Replace(": ", " ", StringComparison.Ordinal).Replace(" #", " ", StringComparison.Ordinal).Trim() : text;
    }

    /// <summary>The text as a double-quoted YAML scalar, with every character YAML would refuse escaped.</summary>
    public static string Quote(string text) => "\"" + Escape(text) + "\"";

    /// <summary>Text for a block scalar: no control characters (YAML refuses them unescaped), no leading space.</summary>
    private static string Printable(string text) => new string([.. text.Where(c => !char.IsControl(c) && c is not ('\uFEFF' or '\u2028' or '\u2029' or '\uFFFE'))]).TrimStart() is { Length: > 0 } s ? s : "x";

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' or '\u007F' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>A flow collection like [a, {b: 1}].</summary>
    public static string Flow(Draw draw, int depth)
    {
        var count = draw.Count(4);
        var items = Enumerable.Range(0, count).Select(_ => depth > 0 && draw.Chance(0.3) ? Flow(draw, depth - 1) : FlowScalar(draw));
        return draw.Chance(0.7)
            ? "[" + string.Join(", ", items) + "]"
            : "{" + string.Join(", ", items.Select((v, i) => (draw.Messy ? Key(draw) : "k" + i) + ": " + v)) + "}";
    }

    private static string FlowScalar(Draw draw)
    {
        var scalar = Scalar(draw) is { Length: > 0 } s ? s : "~";
        return scalar.Contains('\n') || scalar.AsSpan().IndexOfAny(FlowIndicators) >= 0 ? "\"" + Escape(scalar) + "\"" : scalar;
    }

    public static string Key(Draw draw) => draw.Weighted(
        (10, draw.Pick("name", "title", "items", "a", "b", "list", "value", "n", "nested", "url", "slug", "tags")),
        (draw.Messy ? 2 : 0, OddText.Word(draw).Replace(":", "", StringComparison.Ordinal).Replace("#", "", StringComparison.Ordinal).Trim() is { Length: > 0 } w ? w : "k"),
        (1, Quote(OddText.Phrase(draw, 2))),
        (draw.Messy ? 1 : 0, draw.Pick("? a", "1", "true", "null", "<<", "-", "[a]", "'q'")));

    /// <summary>A value after `key:`: " scalar", " [flow]", or a block (list or map) on the following lines.</summary>
    public static string Value(Draw draw, int indent, int depth)
    {
        var kind = depth <= 0 ? "scalar" : draw.Weighted((6, "scalar"), (2, "flow"), (2, "list"), (2, "map"));
        return kind switch
        {
            "flow" => " " + Flow(draw, Math.Min(depth, 2)),
            "list" => BlockList(draw, indent + 2, depth - 1),
            "map" => "\n" + Mapping(draw, indent + 2, depth - 1, draw.Between(1, 4)),
            _ => Scalar(draw, indent) is { Length: > 0 } s ? " " + s : "",
        };
    }

    private static string BlockList(Draw draw, int indent, int depth)
    {
        var builder = new StringBuilder();
        var count = draw.Between(1, 4);
        for (var i = 0; i < count; i++)
        {
            builder.Append('\n').Append(' ', indent).Append('-');
            if (depth > 0 && draw.Chance(0.3))
            {
                // A mapping inside a list item: "- a: 1\n  b: 2".
                builder.Append(' ').Append(Key(draw)).Append(':').Append(Value(draw, indent + 2, depth - 1));
            }
            else
            {
                builder.Append(Scalar(draw, indent) is { Length: > 0 } s ? " " + s : "");
            }
        }
        return builder.ToString();
    }

    /// <summary>Block mapping lines at this indent, with the occasional mistake.</summary>
    public static string Mapping(Draw draw, int indent, int depth, int count)
    {
        var lines = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var key = Key(draw);
            if (!keys.Add(key) && !draw.Messy)
            {
                continue;
            }
            lines.Add(new string(' ', indent) + key + ":" + Value(draw, indent, depth));
        }
        AddMistake(draw, lines, indent);
        return string.Join('\n', lines);
    }

    /// <summary>Now and then: a duplicate key, a tab, an alias, a stray line, a comment.</summary>
    public static void AddMistake(Draw draw, List<string> lines, int indent)
    {
        if (lines.Count == 0 || !draw.Mistake(0.25))
        {
            return;
        }
        var at = draw.Int(lines.Count + 1);
        var pad = new string(' ', indent);
        var mistake = draw.Pick(
            lines[draw.Int(lines.Count)],
            "\t" + "tabbed: x",
            pad + "anchored: &a value\n" + pad + "aliased: *a",
            pad + "stray line without colon",
            pad + "# a comment",
            pad + " misindented: 1",
            "---",
            "...",
            pad + "<<: {merged: 1}",
            pad + "key: value # comment",
            pad + "? explicit\n" + pad + ": value");
        lines.Insert(at, mistake);
    }
}
