namespace SiteGen.Content;

/// <summary>A file copied as it is: where it comes from and its path inside the output ("css/site.css").</summary>
public sealed record StaticFile(string SourcePath, string OutputPath);
