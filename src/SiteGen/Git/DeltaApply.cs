namespace SiteGen.Git;

/// <summary>
/// git's delta format: the base's size and the result's size (little-endian base-128), then instructions: a byte
/// with the top bit set copies from the base (its low 4 bits say which offset bytes follow, the next 3 which size
/// bytes; size 0 means 65,536), a byte from 1 to 127 inserts that many bytes that follow; 0 is reserved.
/// </summary>
public static class DeltaApply
{
    /// <returns>The result, of the source's type, held for the caller; null when the delta does not fit the source or
    /// is damaged.</returns>
    public static ObjectData? Apply(ObjectData source, ReadOnlySpan<byte> delta)
    {
        var at = 0;
        if (!Size(delta, ref at, out var sourceSize) || sourceSize != source.Length
            || !Size(delta, ref at, out var targetSize) || targetSize > Array.MaxLength)
        {
            return null;
        }
        var target = ObjectData.Allocate(source.Type, (int)targetSize);
        if (Run(source.Span, delta[at..], target.Writable, out var sameStart, out var sameEnd) == targetSize)
        {
            target.Origin = new DeltaOrigin(source.Serial, sameStart, sameEnd);
            return target;
        }
        target.Release();
        return null;
    }

    /// <returns>The bytes written, or -1 when an instruction does not fit.</returns>
    /// <param name="sameStart">how many bytes at the start were copied from the same offsets of the source.</param>
    /// <param name="sameEnd">how many bytes at the end were copied from the same distance to the source's end.</param>
    private static int Run(ReadOnlySpan<byte> source, ReadOnlySpan<byte> delta, Span<byte> target, out int sameStart, out int sameEnd)
    {
        var at = 0;
        var written = 0;
        var leading = true;
        var tailStart = -1;
        var endShift = (long)source.Length - target.Length;
        sameStart = 0;
        sameEnd = 0;
        while (at < delta.Length)
        {
            var command = delta[at++];
            if ((command & 0x80) != 0)
            {
                long offset = 0, size = 0;
                for (var i = 0; i < 4; i++)
                {
                    if ((command & (1 << i)) != 0)
                    {
                        if (at >= delta.Length)
                        {
                            return -1;
                        }
                        offset |= (long)delta[at++] << (8 * i);
                    }
                }
                for (var i = 0; i < 3; i++)
                {
                    if ((command & (0x10 << i)) != 0)
                    {
                        if (at >= delta.Length)
                        {
                            return -1;
                        }
                        size |= (long)delta[at++] << (8 * i);
                    }
                }
                size = size == 0 ? 0x10000 : size;
                if (offset + size > source.Length || written + size > target.Length)
                {
                    return -1;
                }
                source.Slice((int)offset, (int)size).CopyTo(target[written..]);
                if (leading && offset == written)
                {
                    sameStart = written + (int)size;
                }
                else
                {
                    leading = false;
                }
                tailStart = offset - written == endShift ? (tailStart < 0 ? written : tailStart) : -1;
                written += (int)size;
            }
            else if (command != 0)
            {
                if (at + command > delta.Length || written + command > target.Length)
                {
                    return -1;
                }
                delta.Slice(at, command).CopyTo(target[written..]);
                at += command;
                written += command;
                leading = false;
                tailStart = -1;
            }
            else
            {
                return -1;
            }
        }
        sameEnd = tailStart < 0 ? 0 : written - tailStart;
        return written;
    }

    private static bool Size(ReadOnlySpan<byte> delta, ref int at, out long size)
    {
        size = 0;
        for (var shift = 0; shift < 63; shift += 7)
        {
            if (at >= delta.Length)
            {
                return false;
            }
            var b = delta[at++];
            size |= (long)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return true;
            }
        }
        return false;
    }
}
