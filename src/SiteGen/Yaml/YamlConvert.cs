using System.Globalization;
using Scriban.Runtime;

namespace SiteGen.Yaml;

/// <summary>Turns positioned YAML values into typed values, reporting a diagnostic when a value has the wrong type.</summary>
public static class YamlConvert
{
    public static string? ToText(YamlValue value, string file, string key, DiagnosticBag diagnostics)
    {
        if (value is YamlScalarValue scalar)
        {
            return scalar.IsNull ? null : scalar.Text;
        }
        diagnostics.Error(file, value.Line, value.Column, $"'{key}' must be a text value, not a {Describe(value)}");
        return null;
    }

    public static int? ToInt(YamlValue value, string file, string key, DiagnosticBag diagnostics)
    {
        if (value is YamlScalarValue { IsPlain: true } scalar && int.TryParse(scalar.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        diagnostics.Error(file, value.Line, value.Column, $"'{key}' must be a whole number, not '{Show(value)}'");
        return null;
    }

    public static bool? ToBool(YamlValue value, string file, string key, DiagnosticBag diagnostics)
    {
        if (value is YamlScalarValue { IsPlain: true } scalar && TryBool(scalar.Text, out var flag))
        {
            return flag;
        }
        diagnostics.Error(file, value.Line, value.Column, $"'{key}' must be true or false, not '{Show(value)}'");
        return null;
    }

    public static Content.PageDate? ToDate(YamlValue value, string file, string key, DiagnosticBag diagnostics)
    {
        if (value is not YamlScalarValue { IsNull: false } scalar)
        {
            diagnostics.Error(file, value.Line, value.Column, $"'{key}' must be a date like 2024-05-01 or a date and time like 2024-05-01T09:30:00Z, " +
                (value is YamlScalarValue ? "not empty (or remove the key)" : $"not a {Describe(value)}"));
            return null;
        }
        if (Content.PageDate.Parse(scalar.Text, out var problem) is { } date)
        {
            return date;
        }
        diagnostics.Error(file, value.Line, value.Column, $"'{key}' {problem}, not '{scalar.Text}'");
        return null;
    }

    public static IReadOnlyList<string>? ToTextList(YamlValue value, string file, string key, DiagnosticBag diagnostics)
    {
        if (value is YamlScalarValue { IsNull: false } single)
        {
            return [single.Text];
        }
        if (value is not YamlListValue list)
        {
            diagnostics.Error(file, value.Line, value.Column, $"'{key}' must be a list of text values, like [a, b]");
            return null;
        }
        var items = new List<string>();
        foreach (var item in list.Items)
        {
            if (item is YamlScalarValue { IsNull: false } scalar)
            {
                items.Add(scalar.Text);
            }
            else
            {
                diagnostics.Error(file, item.Line, item.Column, $"each item of '{key}' must be a text value");
            }
        }
        return items;
    }

    /// <summary>A `params:` mapping of the author's own keys, for templates.</summary>
    public static ScriptObject? ToParams(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        if (value is YamlMapValue)
        {
            return (ScriptObject)ToScriptValue(value)!;
        }
        diagnostics.Error(file, value.Line, value.Column, "'params' must be a mapping of your own keys");
        return null;
    }

    /// <summary>Plain data for templates: mappings become read-only ScriptObjects, lists ScriptArrays, scalars typed by the YAML core schema.</summary>
    public static object? ToScriptValue(YamlValue value)
    {
        switch (value)
        {
            case YamlScalarValue scalar:
                return ScalarToObject(scalar);
            case YamlListValue list:
                var array = new ScriptArray(list.Items.Count);
                foreach (var item in list.Items)
                {
                    array.Add(ToScriptValue(item));
                }
                return array;
            case YamlMapValue map:
                var obj = new ScriptObject(map.Entries.Count);
                foreach (var entry in map.Entries)
                {
                    obj.SetValue(entry.Key.Text, ToScriptValue(entry.Value), true);
                }
                return obj;
            default:
                return null;
        }
    }

    private static object? ScalarToObject(YamlScalarValue scalar)
    {
        if (!scalar.IsPlain)
        {
            return scalar.Text;
        }
        if (scalar.IsNull)
        {
            return null;
        }
        if (TryBool(scalar.Text, out var flag))
        {
            return flag;
        }
        if (long.TryParse(scalar.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole is >= int.MinValue and <= int.MaxValue ? (int)whole : whole;
        }
        if (double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && scalar.Text.Any(char.IsDigit))
        {
            return real;
        }
        return scalar.Text;
    }

    private static bool TryBool(string text, out bool value)
    {
        switch (text)
        {
            case "true" or "True" or "TRUE":
                value = true;
                return true;
            case "false" or "False" or "FALSE":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static string Show(YamlValue value) => value is YamlScalarValue s ? s.Text : Describe(value);

    public static string Describe(YamlValue value) => value switch
    {
        YamlListValue => "list",
        YamlMapValue => "mapping",
        _ => "text value",
    };
}
