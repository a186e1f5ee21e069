using System.Globalization;
using SiteGen.Yaml;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace SiteGen.Toml;

/// <summary>
/// Reads TOML front matter (between <c>+++</c> lines, Hugo's default) into the same positioned values as YAML front
/// matter, so one reader of front matter serves both: tables become mappings, arrays lists, strings quoted text and
/// numbers, booleans and date-times plain text as written (<c>date = 2017-02-16T09:29:00Z</c> reads like the YAML
/// timestamp). Tomlyn checks the syntax and the rules (a key defined twice, a table redefined); each of its errors becomes
/// a diagnostic at its file position, and nothing is thrown.
/// </summary>
public static class TomlNodeReader
{
    /// <param name="lineOffset">lines before the TOML text in the file (front matter starts after <c>+++</c>).</param>
    /// <returns>The top-level table as a mapping (null after an error).</returns>
    public static YamlMapValue? Read(string text, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        var options = new Tomlyn.TomlSerializerOptions { MaxDepth = YamlNodeReader.MaxDepth };
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, options, file, validate: true);
        }
        catch (Tomlyn.TomlException ex) when (ex.Message.Contains("maximum depth", StringComparison.Ordinal))
        {
            // Tomlyn stops a hostile file (20,000 `[`) before its recursion runs out of stack, without a position.
            diagnostics.Error(file, lineOffset + 1 + Math.Max(ex.Line ?? 0, 0), Math.Max(ex.Column ?? 0, 0) + 1,
                $"nesting too deep: arrays and tables nest more than {YamlNodeReader.MaxDepth} levels in this front matter; flatten the data (at most {YamlNodeReader.MaxDepth} levels)");
            return null;
        }
        catch (Exception ex) when (ex is Tomlyn.TomlException or InvalidOperationException or ArgumentException)
        {
            diagnostics.Error(file, lineOffset + 1, 1, "invalid TOML: " + ex.Message.TrimEnd('.'));
            return null;
        }
        if (document.HasErrors)
        {
            // One error per place: Tomlyn may report one mistake twice (an unclosed string is also a newline in a string).
            foreach (var message in document.Diagnostics.Where(d => d.Kind == DiagnosticMessageKind.Error).DistinctBy(d => (d.Span.Start.Line, d.Span.Start.Column)))
            {
                diagnostics.Error(file, message.Span.Start.Line + 1 + lineOffset, message.Span.Start.Column + 1,
                    "invalid TOML: " + message.Message.TrimEnd('.'));
            }
            return null;
        }
        var root = new Table(lineOffset + 1, 1);
        foreach (var keyValue in document.KeyValues)
        {
            Add(root, keyValue, lineOffset);
        }
        foreach (var table in document.Tables)
        {
            if (table.Name is not { } name)
            {
                continue;
            }
            var path = KeyPath(name, lineOffset);
            var parent = root;
            foreach (var key in path[..^1])
            {
                parent = parent.Child(key);
            }
            var at = Position(table, lineOffset);
            Table target;
            if (table is TableArraySyntax)
            {
                target = new Table(at.Line, at.Column);
                parent.Append(path[^1], target);
            }
            else
            {
                target = parent.Child(path[^1], at);
            }
            foreach (var keyValue in table.Items)
            {
                Add(target, keyValue, lineOffset);
            }
        }
        return root.ToValue();
    }

    private static void Add(Table table, KeyValueSyntax keyValue, int lineOffset)
    {
        if (keyValue.Key is not { } key || keyValue.Value is not { } value)
        {
            return;
        }
        var path = KeyPath(key, lineOffset);
        foreach (var part in path[..^1])
        {
            table = table.Child(part);
        }
        table.Set(path[^1], ValueOf(value, lineOffset));
    }

    private static object ValueOf(ValueSyntax value, int lineOffset)
    {
        var (line, column) = Position(value, lineOffset);
        switch (value)
        {
            case StringValueSyntax text:
                return new YamlScalarValue(line, column, text.Value ?? "", IsPlain: false);
            case BooleanValueSyntax flag:
                return new YamlScalarValue(line, column, flag.Value ? "true" : "false", IsPlain: true);
            case IntegerValueSyntax whole:
                return new YamlScalarValue(line, column, whole.Value.ToString(CultureInfo.InvariantCulture), IsPlain: true);
            case FloatValueSyntax real:
                return new YamlScalarValue(line, column, real.Value.ToString("R", CultureInfo.InvariantCulture), IsPlain: true);
            case DateTimeValueSyntax date:
                // As written (2017-02-16T09:29:00Z, 1979-05-27 07:32:00, 2024-05-01): PageDate reads these forms.
                return new YamlScalarValue(line, column, date.Token?.Text ?? date.Value.ToString() ?? "", IsPlain: true);
            case ArraySyntax array:
                return new YamlListValue(line, column, [.. array.Items.Where(i => i.Value is not null).Select(i => Freeze(ValueOf(i.Value!, lineOffset)))]);
            case InlineTableSyntax inline:
                var table = new Table(line, column);
                foreach (var item in inline.Items)
                {
                    if (item.KeyValue is { } keyValue)
                    {
                        Add(table, keyValue, lineOffset);
                    }
                }
                return table;
            default:
                return new YamlScalarValue(line, column, value.ToString() ?? "", IsPlain: false);
        }
    }

    private static List<YamlScalarValue> KeyPath(KeySyntax key, int lineOffset)
    {
        var path = new List<YamlScalarValue> { KeyText(key.Key!, lineOffset) };
        path.AddRange(key.DotKeys.Where(d => d.Key is not null).Select(d => KeyText(d.Key!, lineOffset)));
        return path;
    }

    private static YamlScalarValue KeyText(BareKeyOrStringValueSyntax key, int lineOffset)
    {
        var (line, column) = Position(key, lineOffset);
        var text = key switch
        {
            BareKeySyntax bare => bare.Key?.Text ?? "",
            StringValueSyntax quoted => quoted.Value ?? "",
            _ => key.ToString() ?? "",
        };
        return new YamlScalarValue(line, column, text, IsPlain: true);
    }

    private static (int Line, int Column) Position(SyntaxNode node, int lineOffset) =>
        (node.Span.Start.Line + 1 + lineOffset, node.Span.Start.Column + 1);

    private static YamlValue Freeze(object value) => value switch
    {
        Table table => table.ToValue(),
        List<Table> tables => new YamlListValue(tables[0].Line, tables[0].Column, [.. tables.Select(t => t.ToValue())]),
        _ => (YamlValue)value,
    };

    /// <summary>A table being filled: TOML may add to a table from several places (dotted keys, [a.b] headers).</summary>
    private sealed class Table(int line, int column)
    {
        private readonly List<(YamlScalarValue Key, object Value)> _entries = [];

        public int Line => line;

        public int Column => column;

        public void Set(YamlScalarValue key, object value)
        {
            var index = _entries.FindIndex(e => e.Key.Text == key.Text);
            if (index < 0)
            {
                _entries.Add((key, value));
            }
            else
            {
                _entries[index] = (_entries[index].Key, value);
            }
        }

        /// <summary>The table under <paramref name="key"/>, made when there is none yet (or the last of an array of tables).</summary>
        public Table Child(YamlScalarValue key, (int Line, int Column)? at = null)
        {
            var existing = _entries.FirstOrDefault(e => e.Key.Text == key.Text).Value;
            switch (existing)
            {
                case Table table:
                    return table;
                case List<Table> tables:
                    return tables[^1];
            }
            var made = new Table(at?.Line ?? key.Line, at?.Column ?? key.Column);
            Set(key, made);
            return made;
        }

        public void Append(YamlScalarValue key, Table table)
        {
            if (_entries.FirstOrDefault(e => e.Key.Text == key.Text).Value is List<Table> tables)
            {
                tables.Add(table);
                return;
            }
            Set(key, new List<Table> { table });
        }

        public YamlMapValue ToValue() =>
            new(line, column, [.. _entries.Select(e => new YamlMapEntry(e.Key, Freeze(e.Value)))]);
    }
}
