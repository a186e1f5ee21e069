using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Scriban;
using Scriban.Runtime;

namespace SiteGen.Content;

/// <summary>
/// A page skeleton from templates/archetypes/&lt;kind&gt;.md, filled with the new page's title, slug and date.
/// Archetypes are Scriban text: {{ title }}, {{ title_yaml }} (quoted for front matter), {{ slug }}, {{ date }}.
/// </summary>
public static class Archetype
{
    public const string Fallback = "---\ntitle: {{ title_yaml }}\ndescription: \"\"\ndraft: true\n---\n## {{ title }}\n\nWrite here.\n";

    /// <returns>The page text, or null with the problem.</returns>
    public static (string? Text, string? Problem) Render(string? archetypeFile, string title, string slug, DateOnly today)
    {
        var source = archetypeFile is null ? Fallback : File.ReadAllText(archetypeFile);
        var template = Template.Parse(source, archetypeFile);
        if (template.HasErrors)
        {
            return (null, $"{archetypeFile}: {string.Join("; ", template.Messages)}");
        }
        var globals = new ScriptObject
        {
            ["title"] = title,
            ["title_yaml"] = Quoted(title),
            ["slug"] = slug,
            ["date"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var context = new TemplateContext { StrictVariables = true };
        context.PushGlobal(globals);
        try
        {
            return (template.Render(context), null);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            return (null, ex.Message);
        }
    }

    /// <summary>The text as a double-quoted string, which YAML reads back unchanged (JSON strings are YAML strings).</summary>
    private static string Quoted(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStringValue(text);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
