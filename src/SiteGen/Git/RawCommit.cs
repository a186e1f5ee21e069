using System.Globalization;
using System.Text;

namespace SiteGen.Git;

/// <summary>What the history walk reads of a commit object: its tree, parents (first parent first), author name and
/// committer date (with the committer's UTC offset).</summary>
public sealed record RawCommit(GitId Id, GitId Tree, GitId[] Parents, string Author, DateTimeOffset Committed)
{
    /// <summary>Parses the header of a commit object ("tree X", "parent Y"..., "author ...", "committer Name &lt;mail&gt; 1700000000 +0100").</summary>
    public static RawCommit Parse(GitId id, ReadOnlySpan<byte> bytes)
    {
        GitId? tree = null;
        var parents = new List<GitId>(1);
        string author = "";
        var committed = DateTimeOffset.UnixEpoch;
        var text = bytes;
        while (text.Length > 0)
        {
            var end = text.IndexOf((byte)'\n');
            var line = end < 0 ? text : text[..end];
            if (line.Length == 0)
            {
                break;
            }
            if (line.StartsWith("tree "u8))
            {
                tree = GitId.FromHex(line[5..]);
            }
            else if (line.StartsWith("parent "u8))
            {
                parents.Add(GitId.FromHex(line[7..]));
            }
            else if (line.StartsWith("author "u8))
            {
                var mail = line.IndexOf(" <"u8);
                author = Encoding.UTF8.GetString(mail < 0 ? line[7..] : line[7..mail]);
            }
            else if (line.StartsWith("committer "u8))
            {
                committed = When(line);
            }
            text = end < 0 ? default : text[(end + 1)..];
        }
        return new RawCommit(id, tree ?? throw new InvalidDataException($"commit {id} names no tree"), [.. parents], author, committed);
    }

    /// <summary>The time at the end of an author or committer line: unix seconds and the offset (+0100).</summary>
    private static DateTimeOffset When(ReadOnlySpan<byte> line)
    {
        var zoneStart = line.LastIndexOf((byte)' ');
        var secondsStart = zoneStart > 0 ? line[..zoneStart].LastIndexOf((byte)' ') : -1;
        if (secondsStart < 0 || !long.TryParse(line[(secondsStart + 1)..zoneStart], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return DateTimeOffset.UnixEpoch;
        }
        var utc = DateTimeOffset.FromUnixTimeSeconds(seconds);
        var zone = line[(zoneStart + 1)..];
        if (zone.Length == 5 && zone[0] is (byte)'+' or (byte)'-'
            && int.TryParse(zone[1..3], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(zone[3..5], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && minutes < 60 && (hours < 14 || hours == 14 && minutes == 0))
        {
            var offset = new TimeSpan(hours, minutes, 0);
            return utc.ToOffset(zone[0] == (byte)'-' ? -offset : offset);
        }
        return utc;
    }
}
