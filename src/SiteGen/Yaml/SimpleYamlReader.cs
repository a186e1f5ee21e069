using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace SiteGen.Yaml;

/// <summary>
/// Reads the shapes front matter and data files almost always have (a block mapping of scalars, flow or block lists of
/// scalars and nested block mappings) straight from YamlDotNet's scanner tokens, into the same nodes with the same
/// positions as <see cref="YamlNodeReader"/>'s parser path. Anything else (empty values, anchors, tags, flow mappings,
/// several documents, duplicate keys, a syntax error) gives null, and the parser path reads the text instead.
/// </summary>
/// <remarks>
/// Measured: YamlDotNet's parser looks up every mapping key in the runtime's string intern table
/// (<see cref="string.IsInterned"/>), which took almost half of reading a page's front matter.
/// </remarks>
internal sealed class SimpleYamlReader
{
    private readonly Scanner _scanner;
    private readonly int _lineOffset;
    private Token? _putBack;

    private SimpleYamlReader(string text, int lineOffset)
    {
        _scanner = new Scanner(new StringReader(text), skipComments: true);
        _lineOffset = lineOffset;
    }

    /// <summary>The document's root mapping, or null when the text is not of the simple shapes.</summary>
    public static YamlMapValue? TryRead(string text, int lineOffset)
    {
        try
        {
            var reader = new SimpleYamlReader(text, lineOffset);
            return reader.Next() is StreamStart && reader.Next() is BlockMappingStart start && reader.ReadMapping(start) is { } root &&
                reader.Next() is StreamEnd
                ? root
                : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>The next token: the one put back, if any, else the scanner's next.</summary>
    private Token? Next()
    {
        if (_putBack is { } token)
        {
            _putBack = null;
            return token;
        }
        return _scanner.MoveNext() ? _scanner.Current : null;
    }

    /// <summary>After BLOCK-MAPPING-START: (KEY scalar VALUE value)* BLOCK-END.</summary>
    private YamlMapValue? ReadMapping(BlockMappingStart start)
    {
        var entries = new List<YamlMapEntry>();
        while (true)
        {
            var token = Next();
            if (token is BlockEnd)
            {
                return new YamlMapValue(Line(start), Column(start), entries);
            }
            if (token is not Key || Next() is not Scalar key || Next() is not Value)
            {
                return null;
            }
            var keyValue = ScalarOf(key);
            if (entries.Exists(e => e.Key.Text == keyValue.Text) || ReadValue(Next()) is not { } value)
            {
                return null;
            }
            entries.Add(new YamlMapEntry(keyValue, value));
        }
    }

    private YamlValue? ReadValue(Token? token) => token switch
    {
        Scalar scalar => ScalarOf(scalar),
        FlowSequenceStart start => ReadFlowList(start),
        BlockSequenceStart start => ReadBlockList(start),
        BlockMappingStart start => ReadMapping(start),
        BlockEntry entry => ReadIndentlessList(entry),
        _ => null,
    };

    /// <summary>After FLOW-SEQUENCE-START: (scalar (FLOW-ENTRY scalar)*)? FLOW-SEQUENCE-END.</summary>
    private YamlListValue? ReadFlowList(FlowSequenceStart start)
    {
        var items = new List<YamlValue>();
        var token = Next();
        if (token is FlowSequenceEnd)
        {
            return new YamlListValue(Line(start), Column(start), items);
        }
        while (token is Scalar item)
        {
            items.Add(ScalarOf(item));
            token = Next();
            if (token is FlowSequenceEnd)
            {
                return new YamlListValue(Line(start), Column(start), items);
            }
            token = token is FlowEntry ? Next() : null;
        }
        return null;
    }

    /// <summary>After BLOCK-SEQUENCE-START: (BLOCK-ENTRY scalar)+ BLOCK-END.</summary>
    private YamlListValue? ReadBlockList(BlockSequenceStart start)
    {
        var items = new List<YamlValue>();
        while (true)
        {
            var token = Next();
            if (token is BlockEnd && items.Count > 0)
            {
                return new YamlListValue(Line(start), Column(start), items);
            }
            if (token is not BlockEntry || Next() is not Scalar item)
            {
                return null;
            }
            items.Add(ScalarOf(item));
        }
    }

    /// <summary>A list at its key's indentation, from its first BLOCK-ENTRY: (BLOCK-ENTRY scalar)+. It has no end
    /// token: the token after it belongs to the enclosing mapping and is put back.</summary>
    private YamlListValue? ReadIndentlessList(BlockEntry first)
    {
        var items = new List<YamlValue>();
        Token? token = first;
        while (token is BlockEntry)
        {
            if (Next() is not Scalar item)
            {
                return null;
            }
            items.Add(ScalarOf(item));
            token = Next();
        }
        _putBack = token;
        return new YamlListValue(Line(first), Column(first), items);
    }

    private YamlScalarValue ScalarOf(Scalar scalar) =>
        new(Line(scalar), Column(scalar), scalar.Value, scalar.Style == ScalarStyle.Plain);

    private int Line(Token token) => (int)token.Start.Line + _lineOffset;

    private static int Column(Token token) => (int)token.Start.Column;
}
