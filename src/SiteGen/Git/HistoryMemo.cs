using System.Security.Cryptography;
using System.Text;
using SiteGen.Content;

namespace SiteGen.Git;

/// <summary>
/// What the last history pass found, kept between builds: for one commit, the last change of every file of the
/// content folder. That answer depends only on the commit (history below a commit never changes), so the next pass
/// stops walking wherever a file reaches the kept commit and takes the kept answer: after a new commit, a build walks
/// that commit only; at the same HEAD, none. A history rewritten (rebase, amend) no longer reaches the kept commit, and
/// the pass walks as if there were none. Kept in the repository's git folder (<c>.git/sitegen/</c>, one file per
/// content folder), like git's own index: never committed, gone with the clone, safe to delete. A file that cannot be
/// read (damaged, another version, another content folder) is ignored; one that cannot be written is left alone.
/// </summary>
public sealed record HistoryMemo(string Prefix, GitId Commit, IReadOnlyDictionary<string, SourceCommit> Files)
{
    private const string Magic = "sitegen-history 1";

    /// <summary>The memo's file for the content folder <paramref name="prefix"/> of the repository at <paramref name="gitFolder"/>.</summary>
    public static string PathFor(string gitFolder, string prefix) =>
        Path.Combine(GitFolders.Common(gitFolder), "sitegen", "history-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(prefix)))[..16]);

    /// <returns>The memo kept for <paramref name="prefix"/>, or null when there is none or it cannot be read.</returns>
    public static HistoryMemo? Read(string path, string prefix)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadString() != prefix)
            {
                return null;
            }
            var commit = GitId.FromHex(reader.ReadString());
            var count = reader.ReadInt32();
            if (count < 0)
            {
                return null;
            }
            var files = new Dictionary<string, SourceCommit>(Math.Min(count, 1 << 20), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                var file = reader.ReadString();
                var seconds = reader.ReadInt64();
                var offset = TimeSpan.FromMinutes(reader.ReadInt16());
                var when = DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(offset);
                files[file] = new SourceCommit(new PageDate(when, HasTime: true), reader.ReadString(), reader.ReadString());
            }
            return reader.BaseStream.Position == reader.BaseStream.Length ? new HistoryMemo(prefix, commit, files) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes the memo through a temporary file and a rename, so a reader never sees half of it; a git folder
    /// that cannot be written (read-only checkout) keeps no memo.</summary>
    public void Write(string path)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(Prefix);
                writer.Write(Commit.ToString());
                writer.Write(Files.Count);
                foreach (var (file, source) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    writer.Write(file);
                    writer.Write(source.Updated.Value.ToUnixTimeSeconds());
                    writer.Write((short)source.Updated.Value.Offset.TotalMinutes);
                    writer.Write(source.Author);
                    writer.Write(source.Commit);
                }
            }
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
            }
        }
    }
}
