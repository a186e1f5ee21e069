using System.Globalization;
using SiteGen.Yaml;

namespace SiteGen.Markdown.Components;

/// <summary>The type an argument must have: what a call writes (<c>"text"</c>, <c>3</c>, <c>1.5</c>, <c>true</c>).</summary>
public enum ArgType
{
    String,
    Number,
    Integer,
    Bool,
}

/// <summary>Whether a component takes Markdown inside (the <c>{% name() %}</c> ... <c>{% end %}</c> form).</summary>
public enum ComponentBody
{
    None,
    Optional,
    Required,
}

/// <summary>One declared argument: its type, whether a call must give it, and its value when not given.</summary>
public sealed record ComponentParameter(string Name, ArgType Type, bool Required, object? Default)
{
    public string TypeName => Type switch
    {
        ArgType.String => "string",
        ArgType.Number => "number",
        ArgType.Integer => "integer",
        _ => "bool",
    };
}

/// <summary>
/// What a component template declares in its front matter (templates/components/NAME.html):
/// <code>
/// ---
/// description: What it shows
/// args:
///   location: { type: string, required: true }
///   compact: { type: bool, default: false }
/// body: none        # none | optional | required
/// ---
/// </code>
/// A template without front matter takes no arguments and an optional body.
/// </summary>
public sealed record ComponentSignature(IReadOnlyList<ComponentParameter> Args, ComponentBody Body)
{
    public static readonly ComponentSignature Empty = new([], ComponentBody.Optional);

    private static readonly string[] Keys = ["description", "args", "body"];
    private static readonly string[] ArgKeys = ["type", "required", "default"];
    private static readonly string[] Types = ["string", "number", "integer", "bool"];

    public ComponentParameter? Find(string name) => Args.FirstOrDefault(a => a.Name == name);

    /// <summary>Splits a component template into its signature and its Scriban text; the front matter's lines become
    /// empty lines, so template errors keep the file's line numbers.</summary>
    public static (ComponentSignature Signature, string Template) Read(string text, string file, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (Empty, text);
        }
        var position = 4;
        var line = 2;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text.AsSpan(position) : text.AsSpan(position, end - position);
            if (lineText.TrimEnd().SequenceEqual("---"))
            {
                var signature = Parse(text[4..position], file, diagnostics);
                var rest = end < 0 ? "" : text[(end + 1)..];
                return (signature, new string('\n', line) + rest);
            }
            if (end < 0)
            {
                break;
            }
            position = end + 1;
            line++;
        }
        diagnostics.Error(file, 1, 1, "the component's front matter starts with `---` here but has no closing `---` line; add one after `args:`");
        return (Empty, "");
    }

    private static ComponentSignature Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        if (YamlNodeReader.Read(yaml, file, 1, diagnostics) is not YamlMapValue map)
        {
            return Empty;
        }
        var args = new List<ComponentParameter>();
        var body = ComponentBody.None;
        foreach (var entry in map.Entries)
        {
            switch (entry.Key.Text)
            {
                case "description":
                    break;
                case "body":
                    var text = YamlConvert.ToText(entry.Value, file, "body", diagnostics);
                    body = text switch
                    {
                        "none" => ComponentBody.None,
                        "optional" => ComponentBody.Optional,
                        "required" => ComponentBody.Required,
                        _ => Invalid(entry.Value, "`body:` must be none, optional or required", ComponentBody.None),
                    };
                    break;
                case "args" when entry.Value is YamlMapValue declared:
                    foreach (var arg in declared.Entries)
                    {
                        if (ReadArg(arg, file, diagnostics) is { } parameter)
                        {
                            args.Add(parameter);
                        }
                    }
                    break;
                case "args":
                    diagnostics.Error(file, entry.Value.Line, entry.Value.Column, "`args:` must map each argument's name to { type: ..., required: ..., default: ... }");
                    break;
                default:
                    diagnostics.Error(file, entry.Key.Line, entry.Key.Column, KeySuggestion.UnknownKey("component", entry.Key.Text, Keys));
                    break;
            }
        }
        return new ComponentSignature(args, body);

        T Invalid<T>(YamlValue at, string message, T fallback)
        {
            diagnostics.Error(file, at.Line, at.Column, message);
            return fallback;
        }
    }

    private static ComponentParameter? ReadArg(YamlMapEntry arg, string file, DiagnosticBag diagnostics)
    {
        var name = arg.Key.Text;
        if (arg.Value is not YamlMapValue declaration)
        {
            diagnostics.Error(file, arg.Value.Line, arg.Value.Column, $"argument '{name}' must be declared as {{ type: string }} (types: {string.Join(", ", Types)})");
            return null;
        }
        ArgType? type = null;
        var required = false;
        YamlScalarValue? fallback = null;
        foreach (var entry in declaration.Entries)
        {
            switch (entry.Key.Text)
            {
                case "type":
                    var text = YamlConvert.ToText(entry.Value, file, "type", diagnostics);
                    type = Array.IndexOf(Types, text) is var index and >= 0 ? (ArgType)index : null;
                    if (type is null)
                    {
                        diagnostics.Error(file, entry.Value.Line, entry.Value.Column, $"argument '{name}' has an unknown type '{text}'; use one of {string.Join(", ", Types)}");
                        return null;
                    }
                    break;
                case "required":
                    required = YamlConvert.ToBool(entry.Value, file, "required", diagnostics) ?? false;
                    break;
                case "default" when entry.Value is YamlScalarValue scalar:
                    fallback = scalar;
                    break;
                case "default":
                    diagnostics.Error(file, entry.Value.Line, entry.Value.Column, $"the default of argument '{name}' must be a single value");
                    break;
                default:
                    diagnostics.Error(file, entry.Key.Line, entry.Key.Column, KeySuggestion.UnknownKey("argument", entry.Key.Text, ArgKeys));
                    break;
            }
        }
        if (type is not { } known)
        {
            diagnostics.Error(file, arg.Key.Line, arg.Key.Column, $"argument '{name}' needs a `type:` ({string.Join(", ", Types)})");
            return null;
        }
        object? value = null;
        if (fallback is { IsNull: false })
        {
            value = DefaultValue(known, fallback);
            if (value is null)
            {
                diagnostics.Error(file, fallback.Line, fallback.Column, $"the default of argument '{name}' is not a {Types[(int)known]}: {fallback.Text}");
            }
        }
        return new ComponentParameter(name, known, required, value);
    }

    private static object? DefaultValue(ArgType type, YamlScalarValue scalar) => type switch
    {
        ArgType.String => scalar.Text,
        ArgType.Bool => scalar.IsPlain && bool.TryParse(scalar.Text, out var flag) ? flag : null,
        ArgType.Integer => scalar.IsPlain && long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole : null,
        _ => scalar.IsPlain && decimal.TryParse(scalar.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null,
    };
}
