using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Config;

namespace SiteGen.Templates;

/// <summary>The functions SiteGen adds to Scriban's built-ins: raw, rel_url, abs_url, money, json_ld, fail.</summary>
public static class TemplateFunctions
{
    /// <summary>Why importing a delegate into Scriban is safe in the native build, though Scriban marks it as needing
    /// reflection: it reads the delegate's own method, which this assembly compiles because it creates the delegate.</summary>
    internal const string DelegateImport = "Scriban reflects over the imported delegate's own method, which is compiled because this code creates the delegate; .ci/run compares the native build's output with the JIT build's.";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    /// <remarks>Scriban's built-in functions (string.slice, object.has_key...) are found by reflection over these classes:
    /// the attributes keep them in the trimmed native build.</remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = DelegateImport)]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(ArrayFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(DateTimeFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(HtmlFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(MathFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(ObjectFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(RegexFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(StringFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(TimeSpanFunctions))]
    public static void Import(ScriptObject globals, SiteConfig config, TemplateSet templates)
    {
        globals.Import("include", new Func<TemplateContext, SourceSpan, string, HtmlString>((context, span, name) => Include(context, span, templates, name)));
        globals.Import("raw", new Func<object?, HtmlString>(value => new HtmlString(value switch
        {
            null => "",
            HtmlString html => html.Value,
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        })));
        globals.Import("rel_url", new Func<string, string>(path => RelUrl(config, path)));
        globals.Import("abs_url", new Func<string, string>(path => config.BaseUrl.TrimEnd('/') + "/" + path.TrimStart('/')));
        globals.Import("money", new Func<object, string, string>(Money));
        globals.Import("json_ld", new Func<object?, HtmlString>(value => new HtmlString(ToJson(value))));
        // `fail "message"` stops the template with an error at that line (a component reports it at its call).
        globals.Import("fail", new Func<TemplateContext, SourceSpan, string, object>((_, span, message) => throw new ScriptRuntimeException(span, message)));
    }

    /// <summary>Renders a partial into its own output and returns it as HTML, so the caller prints it unescaped.</summary>
    private static HtmlString Include(TemplateContext context, SourceSpan span, TemplateSet templates, string name)
    {
        var key = name.TrimStart('/');
        if (!templates.Contains(key))
        {
            throw new ScriptRuntimeException(span, $"include: no template '{name}' in templates/ (or it has errors); includes are named from the templates folder, like \"partials/nav.html\"");
        }
        if (context is EscapingTemplateContext { Dependencies: { } dependencies })
        {
            dependencies.Add("template:" + key);
        }
        // A partial has its own output, as bounded as the page's.
        context.PushOutput(new PageOutput(context.Output is PageOutput page ? page.MaxChars : PageOutput.DefaultMaxChars));
        try
        {
            return new HtmlString(templates.Get(key).Render(context) ?? "");
        }
        finally
        {
            context.PopOutput();
        }
    }

    public static string RelUrl(SiteConfig config, string path) =>
        path.StartsWith('/') ? config.BasePath + path : config.BasePath + "/" + path;

    /// <summary>Formats an amount into a pattern: money 35000 "£{amount}" gives "£35,000".</summary>
    public static string Money(object amount, string pattern)
    {
        var number = Convert.ToDecimal(amount, CultureInfo.InvariantCulture);
        return pattern.Replace("{amount}", number.ToString("#,##0.##", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>JSON for a script element: '&lt;', '&gt;' and '&amp;' are escaped so the JSON cannot close the element.</summary>
    public static string ToJson(object? value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            WriteJson(writer, value);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteJson(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            case string text: writer.WriteStringValue(text); break;
            case HtmlString html: writer.WriteStringValue(html.Value); break;
            case DateModel date: writer.WriteStringValue(date.Iso); break;
            case int or long or short or byte: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case float or double or decimal: writer.WriteNumberValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture)); break;
            case ScriptObject obj:
                writer.WriteStartObject();
                foreach (var (key, item) in obj)
                {
                    if (item is IScriptCustomFunction)
                    {
                        continue;
                    }
                    writer.WritePropertyName(key);
                    WriteJson(writer, item);
                }
                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteJson(writer, item);
                }
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
