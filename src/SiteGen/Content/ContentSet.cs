using Scriban.Runtime;

namespace SiteGen.Content;

/// <summary>Everything the load stage read: pages, data, static files. Nothing here touches disk again.</summary>
public sealed record ContentSet(
    IReadOnlyList<Page> Pages,
    ScriptObject Data,
    IReadOnlyList<StaticFile> StaticFiles);

/// <summary>A file copied as it is: where it comes from and its path inside the output ("css/site.css").</summary>
public sealed record StaticFile(string SourcePath, string OutputPath);
