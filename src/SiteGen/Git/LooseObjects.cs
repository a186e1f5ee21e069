using System.Text;

namespace SiteGen.Git;

/// <summary>Objects stored one per file, <c>objects/ab/cdef…</c>: zlib data of "TYPE SIZE\0" and the content.</summary>
public static class LooseObjects
{
    private static readonly string[] Types = ["", "commit", "tree", "blob", "tag"];

    /// <returns>The object's type (1-4) and bytes, or null when there is no such file or it is damaged.</returns>
    public static (int Type, byte[] Data)? Read(string objectsFolder, GitId id)
    {
        var hex = id.ToString();
        var path = Path.Combine(objectsFolder, hex[..2], hex[2..]);
        byte[] file;
        try
        {
            file = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        // The header is short: inflate all (loose objects are what was committed since the last repack).
        using var output = new MemoryStream();
        try
        {
            using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(file), System.IO.Compression.CompressionMode.Decompress);
            zlib.CopyTo(output);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            return null;
        }
        var all = output.GetBuffer().AsSpan(0, (int)output.Length);
        var space = all.IndexOf((byte)' ');
        var zero = all.IndexOf((byte)0);
        if (space <= 0 || zero <= space + 1 || zero > 32)
        {
            return null;
        }
        var type = Array.IndexOf(Types, Encoding.ASCII.GetString(all[..space]));
        var digits = all[(space + 1)..zero];
        if (type < 1 || digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0 || (digits.Length > 1 && digits[0] == '0')
            || !long.TryParse(digits, out var size) || size != all.Length - zero - 1)
        {
            return null;
        }
        return (type, all[(zero + 1)..].ToArray());
    }
}
