using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;

namespace SiteGen.Git;

/// <summary>
/// One pack (<c>.pack</c>, version 2 or 3), mapped read-only: "PACK", version, count, then objects, each a header
/// (type in bits 4-6 of the first byte, size in base-128 continuation bytes), for a delta its base (OFS_DELTA: a
/// distance back in this pack; REF_DELTA: the base's id), then zlib data.
/// </summary>
public sealed unsafe class PackFile : IDisposable
{
    public const int OfsDelta = 6;
    public const int RefDelta = 7;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _start;
    private readonly long _length;

    /// <summary>An object's header: its type (1-4 whole, 6-7 delta), its size (of the delta for a delta), where its
    /// zlib data starts, and its base (an offset in this pack for OFS_DELTA, an id for REF_DELTA).</summary>
    public readonly record struct Header(int Type, long Size, long Data, long BaseOffset, GitId BaseId);

    private PackFile(MemoryMappedFile file, MemoryMappedViewAccessor view, long length)
    {
        (_file, _view, _length) = (file, view, length);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        _start = start + view.PointerOffset;
    }

    public PackIndex Index { get; private init; } = null!;

    /// <summary>The pass's inflater (null: each object through a ZLibStream of its own).</summary>
    public ZlibInflater? Inflater { get; private init; }

    /// <returns>The pack, or null when it is not a version 2 or 3 pack.</returns>
    public static PackFile? Open(string path, PackIndex index, ZlibInflater? inflater)
    {
        var length = new FileInfo(path).Length;
        if (length < 12 + GitId.Size)
        {
            return null;
        }
        var file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        var pack = new PackFile(file, file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), length) { Index = index, Inflater = inflater };
        var head = new ReadOnlySpan<byte>(pack._start, 12);
        if (!head[..4].SequenceEqual("PACK"u8) || BinaryPrimitives.ReadUInt32BigEndian(head[4..]) is not (2 or 3))
        {
            pack.Dispose();
            return null;
        }
        return pack;
    }

    /// <returns>The header at <paramref name="offset"/>, or null when it runs past the pack or is malformed.</returns>
    public Header? ReadHeader(long offset)
    {
        var end = _length - GitId.Size;
        if (offset < 12 || offset >= end)
        {
            return null;
        }
        var at = offset;
        int b = _start[at++];
        var type = (b >> 4) & 7;
        long size = b & 15;
        for (var shift = 4; (b & 0x80) != 0; shift += 7)
        {
            if (at >= end || shift > 56)
            {
                return null;
            }
            b = _start[at++];
            size |= (long)(b & 0x7f) << shift;
        }
        long baseOffset = 0;
        GitId baseId = default;
        if (type == OfsDelta)
        {
            if (at >= end)
            {
                return null;
            }
            b = _start[at++];
            long distance = b & 0x7f;
            while ((b & 0x80) != 0)
            {
                if (at >= end || distance > long.MaxValue >> 8)
                {
                    return null;
                }
                b = _start[at++];
                distance = ((distance + 1) << 7) | (long)(b & 0x7f);
            }
            baseOffset = offset - distance;
            if (distance <= 0 || baseOffset < 12)
            {
                return null;
            }
        }
        else if (type == RefDelta)
        {
            if (at + GitId.Size > end)
            {
                return null;
            }
            baseId = GitId.FromBytes(new ReadOnlySpan<byte>(_start + at, GitId.Size));
            at += GitId.Size;
        }
        else if (type is < 1 or > 4)
        {
            return null;
        }
        return new Header(type, size, at, baseOffset, baseId);
    }

    /// <returns>The whole object (type 1-4) whose header this is, held for the caller; null when its zlib data is damaged.</returns>
    public ObjectData? InflateObject(Header header)
    {
        if (header.Size > Array.MaxLength)
        {
            return null;
        }
        var data = ObjectData.Allocate(header.Type, (int)header.Size);
        if (Inflate(header.Data, data.Writable))
        {
            return data;
        }
        data.Release();
        return null;
    }

    /// <returns>The object made by applying the delta whose header this is to <paramref name="source"/>, of the
    /// source's type, held for the caller; null when the delta is damaged or does not fit the source.</returns>
    public ObjectData? ApplyDelta(ObjectData source, Header delta)
    {
        if (delta.Size > Array.MaxLength)
        {
            return null;
        }
        // Deltas are small (a changed entry of a tree is a few dozen bytes): inflated on the stack when they fit.
        var size = (int)delta.Size;
        var rented = size > StackDelta ? System.Buffers.ArrayPool<byte>.Shared.Rent(size) : null;
        Span<byte> bytes = rented is null ? stackalloc byte[StackDelta] : rented;
        bytes = bytes[..size];
        try
        {
            return Inflate(delta.Data, bytes) ? DeltaApply.Apply(source, bytes) : null;
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private const int StackDelta = 4096;

    /// <returns>Whether the zlib stream at <paramref name="data"/> holds exactly <paramref name="target"/>'s length of
    /// bytes, now in it; false when it is damaged (zlib error, checksum, another length).</returns>
    private bool Inflate(long data, Span<byte> target)
    {
        var end = _length - GitId.Size;
        return data < end && ZlibInflater.InflateExactly(Inflater, _start + data, end - data, target);
    }

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _file.Dispose();
    }
}
