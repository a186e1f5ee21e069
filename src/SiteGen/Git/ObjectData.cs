using System.Runtime.InteropServices;

namespace SiteGen.Git;

/// <summary>
/// The bytes of one git object as the history pass decoded it, in native memory: the pass decodes some 20,000 versions
/// of 87 KB folder trees on the benchmark's history, which as arrays were large-object-heap churn for the garbage
/// collector (or, pooled, a third of each buffer wasted by its power-of-two size). Counted holders decide when the
/// memory is freed: whoever decoded or took it holds it once, <see cref="ObjectCache"/> holds what it keeps, and
/// <see cref="Release"/> frees it when the last lets go. Used by the one thread of a pass.
/// </summary>
public sealed unsafe class ObjectData
{
    private static long _serials;

    private byte* _bytes;
    private int _holders = 1;

    private ObjectData(int type, int length, byte* bytes)
    {
        Type = type;
        Length = length;
        _bytes = bytes;
    }

    public const int CommitType = 1;
    public const int TreeType = 2;

    /// <summary>1 commit (<see cref="CommitType"/>), 2 tree (<see cref="TreeType"/>), 3 blob, 4 tag.</summary>
    public int Type { get; }

    public int Length { get; }

    /// <summary>Tells objects apart (two decodings of the same object are two objects).</summary>
    public long Serial { get; } = Interlocked.Increment(ref _serials);

    /// <summary>For an object made by a delta, what the delta says of it against its base; null otherwise.</summary>
    public DeltaOrigin? Origin { get; set; }

    /// <summary>For a tree, offsets where entries are known to start, ascending (<see cref="TreeComparison"/> keeps
    /// them, so a large folder is not parsed from its first entry for every version); null until one is known.</summary>
    public List<int>? EntryMarks { get; set; }

    /// <summary>A new object of <paramref name="length"/> bytes to fill through <see cref="Writable"/>, held once by the caller.</summary>
    public static ObjectData Allocate(int type, int length) => new(type, length, (byte*)NativeMemory.Alloc((nuint)Math.Max(length, 1)));

    public static ObjectData Copy(int type, ReadOnlySpan<byte> bytes)
    {
        var data = Allocate(type, bytes.Length);
        bytes.CopyTo(data.Writable);
        return data;
    }

    public ReadOnlySpan<byte> Span => new(Live, Length);

    public Span<byte> Writable => new(Live, Length);

    private byte* Live => _bytes != null ? _bytes : throw new ObjectDisposedException(nameof(ObjectData), "a git object was read after its last holder released it");

    /// <summary>One more holder (the same object, for chaining).</summary>
    public ObjectData Hold()
    {
        _ = Live;
        _holders++;
        return this;
    }

    public void Release()
    {
        if (_bytes != null && --_holders == 0)
        {
            NativeMemory.Free(_bytes);
            _bytes = null;
        }
    }
}

/// <summary>What a delta says of the object it made: its base (<see cref="ObjectData.Serial"/>), and how many bytes
/// at its start and at its end were copied from the same place in the base (from the start, and from the end), so
/// they are the base's bytes there; a comparison with the base need not read them.</summary>
public readonly record struct DeltaOrigin(long BaseSerial, int SameStart, int SameEnd);
