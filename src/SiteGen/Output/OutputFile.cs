namespace SiteGen.Output;

/// <summary>A file of the built site: its path inside the output folder and either its bytes or the file to copy.</summary>
public sealed record OutputFile(string Path, byte[]? Bytes, string? CopyFrom);
