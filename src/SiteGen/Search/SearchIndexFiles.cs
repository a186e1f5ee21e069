using Scriban.Runtime;
using SiteGen.Config;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>The search box's script and styles (embedded from Search/Ui/, copied byte for byte) and what templates
/// see as <c>site.search</c>.</summary>
public static class SearchIndexFiles
{
    public const string Script = "search.js";
    public const string Style = "search.css";

    private static readonly Lazy<byte[]> ScriptBytes = new(() => Resource(Script));
    private static readonly Lazy<byte[]> StyleBytes = new(() => Resource(Style));

    public static IEnumerable<OutputFile> Ui() =>
    [
        new(SearchIndex.Folder + Script, ScriptBytes.Value, null),
        new(SearchIndex.Folder + Style, StyleBytes.Value, null),
    ];

    /// <summary>The index files templates may link to (the link check runs before the index is written).</summary>
    public static IEnumerable<string> Linkable(SiteConfig config) => config.Search.Enabled
        ? [SearchIndex.Folder + Script, SearchIndex.Folder + Style, SearchIndex.Folder + "meta.json"]
        : [];

    /// <summary><c>site.search</c>: enabled, index_url, script_url, style_url (with the base path) and results.</summary>
    public static ScriptObject TemplateModel(SiteConfig config)
    {
        var indexUrl = config.BasePath + "/" + SearchIndex.Folder;
        return new ScriptObject
        {
            ["enabled"] = config.Search.Enabled,
            ["index_url"] = indexUrl,
            ["script_url"] = indexUrl + Script,
            ["style_url"] = indexUrl + Style,
            ["results"] = config.Search.Results,
        };
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(SearchIndexFiles).Assembly.GetManifestResourceStream("SiteGen.Search.Ui." + name)
            ?? throw new InvalidOperationException($"SiteGen was built without its embedded Search/Ui/{name}");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
