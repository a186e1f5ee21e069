using System.Buffers.Binary;

namespace SiteGen.Git;

/// <summary>
/// A pack's index (<c>.idx</c>, version 2): 256 fan-out counts, the sorted object ids, their CRCs, 4-byte offsets
/// into the pack, and 8-byte offsets for packs over 2 GB (a 4-byte offset with its top bit set is an index into them).
/// </summary>
public sealed class PackIndex
{
    private const int Header = 8;
    private const int FanOut = 256 * 4;

    private readonly byte[] _bytes;
    private readonly int _count;

    private PackIndex(byte[] bytes, int count) => (_bytes, _count) = (bytes, count);

    /// <returns>The index, or null when it is not version 2 or is cut short (the caller then leaves this repository to libgit2).</returns>
    public static PackIndex? Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < Header + FanOut || BinaryPrimitives.ReadUInt32BigEndian(bytes) != 0xff744f63
            || BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(4)) != 2)
        {
            return null;
        }
        var count = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(Header + FanOut - 4));
        // ids, CRCs and 4-byte offsets, then the two 20-byte checksums; 8-byte offsets may come between.
        var least = Header + FanOut + (long)count * (GitId.Size + 4 + 4) + 2 * GitId.Size;
        return count > int.MaxValue / 28 || bytes.Length < least ? null : new PackIndex(bytes, (int)count);
    }

    /// <returns>The object's offset in the pack, or -1 when the pack does not hold it (or the index is damaged).</returns>
    public long Find(in GitId id)
    {
        var key = System.Runtime.InteropServices.MemoryMarshal.AsBytes(new ReadOnlySpan<GitId>(in id));
        var first = key[0];
        var low = first == 0 ? 0 : (int)BinaryPrimitives.ReadUInt32BigEndian(_bytes.AsSpan(Header + (first - 1) * 4));
        var high = (int)BinaryPrimitives.ReadUInt32BigEndian(_bytes.AsSpan(Header + first * 4));
        var ids = _bytes.AsSpan(Header + FanOut, _count * GitId.Size);
        if (high > _count || low > high)
        {
            return -1;
        }
        // Ids compare as their first 8 bytes read big-endian, then the rest: one integer comparison settles nearly every step.
        var keyStart = BinaryPrimitives.ReadUInt64BigEndian(key);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var candidate = ids.Slice(middle * GitId.Size, GitId.Size);
            var start = BinaryPrimitives.ReadUInt64BigEndian(candidate);
            var order = start != keyStart ? start.CompareTo(keyStart) : candidate[8..].SequenceCompareTo(key[8..]);
            if (order == 0)
            {
                return Offset(middle);
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return -1;
    }

    private long Offset(int position)
    {
        var offsets = Header + FanOut + _count * (GitId.Size + 4);
        var small = BinaryPrimitives.ReadUInt32BigEndian(_bytes.AsSpan(offsets + position * 4));
        if ((small & 0x80000000) == 0)
        {
            return small;
        }
        var large = offsets + _count * 4L + (small & 0x7fffffff) * 8L;
        return large + 8 > _bytes.Length - 2 * GitId.Size ? -1 : (long)BinaryPrimitives.ReadUInt64BigEndian(_bytes.AsSpan((int)large));
    }
}
