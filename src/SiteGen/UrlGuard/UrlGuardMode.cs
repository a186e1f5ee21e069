using SiteGen.Yaml;

namespace SiteGen.UrlGuard;

/// <summary><c>url_guard:</c> in site.yml: what a build does with a published URL it would drop.</summary>
public enum UrlGuardMode
{
    /// <summary>A warning that names the alias to add (the default).</summary>
    Warn,

    /// <summary>An error: the build fails and the previous output stays.</summary>
    Error,

    /// <summary>No comparison.</summary>
    Off,
}

public static class UrlGuardModes
{
    public static UrlGuardMode Read(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        var text = value is YamlScalarValue { IsPlain: true, Text: "false" } ? "off" : YamlConvert.ToText(value, file, "url_guard", diagnostics);
        switch (text)
        {
            case "warn": return UrlGuardMode.Warn;
            case "error": return UrlGuardMode.Error;
            case "off": return UrlGuardMode.Off;
            case null: return UrlGuardMode.Warn;
            default:
                diagnostics.Error(file, value.Line, value.Column, $"'url_guard' must be warn, error or off, not '{text}'");
                return UrlGuardMode.Warn;
        }
    }
}
