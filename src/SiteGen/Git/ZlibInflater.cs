using System.IO.Compression;
using System.Runtime.InteropServices;

namespace SiteGen.Git;

/// <summary>
/// Inflates the zlib streams of a pack's objects, tens of thousands of small ones per history pass, with one zlib state
/// reset between objects, through the system's zlib (libz.so.1, on every Linux distribution): a ZLibStream per object
/// cost its setup and teardown (a sixth of the pass on the benchmark's history) and a few hundred bytes of garbage
/// each. Where libz.so.1 cannot be loaded, or for a stream it does not end as expected, ZLibStream does the work, so
/// the answer never depends on which one ran. Used by the one thread of a pass.
/// </summary>
public sealed unsafe partial class ZlibInflater : IDisposable
{
    private const int ZFinish = 4;
    private const int ZStreamEnd = 1;

    /// <summary>zlib's z_stream on LP64 Linux (uLong is 64 bits), 112 bytes; zlib checks the size it is given.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ZStream
    {
        public byte* NextIn;
        public uint AvailIn;
        public nuint TotalIn;
        public byte* NextOut;
        public uint AvailOut;
        public nuint TotalOut;
        public nint Message;
        public nint State;
        public nint Allocate;
        public nint Free;
        public nint Opaque;
        public int DataType;
        public nuint Adler;
        public nuint Reserved;
    }

    // zlib keeps a pointer back to its z_stream, so the stream lives in native memory, where it never moves.
    private ZStream* _stream;

    private ZlibInflater(ZStream* stream) => _stream = stream;

    /// <returns>An inflater on the system's zlib, or null where there is none (then <see cref="Inflate"/> of a null
    /// inflater is not called: use <see cref="InflateExactly"/>).</returns>
    public static ZlibInflater? TryCreate()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        var stream = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
        try
        {
            if (inflateInit_(stream, "1.2.13"u8, sizeof(ZStream)) == 0)
            {
                return new ZlibInflater(stream);
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
        NativeMemory.Free(stream);
        return null;
    }

    /// <returns>Whether the zlib stream at <paramref name="source"/> (at most <paramref name="available"/> bytes) holds
    /// exactly <paramref name="target"/>'s length of bytes, now in it.</returns>
    public static bool InflateExactly(ZlibInflater? inflater, byte* source, long available, Span<byte> target) =>
        inflater?.Inflate(source, available, target) == true || InflateWithStream(source, available, target);

    private bool Inflate(byte* source, long available, Span<byte> target)
    {
        if (_stream == null || inflateReset(_stream) != 0)
        {
            return false;
        }
        byte spare = 0;
        fixed (byte* output = target)
        {
            _stream->NextIn = source;
            _stream->AvailIn = (uint)Math.Min(available, uint.MaxValue);
            // zlib refuses a null output pointer, which an empty span gives.
            _stream->NextOut = output != null ? output : &spare;
            _stream->AvailOut = (uint)target.Length;
            var result = inflate(_stream, ZFinish);
            return result == ZStreamEnd && _stream->AvailOut == 0;
        }
    }

    private static bool InflateWithStream(byte* source, long available, Span<byte> target)
    {
        try
        {
            using var compressed = new UnmanagedMemoryStream(source, available);
            using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
            zlib.ReadExactly(target);
            Span<byte> more = stackalloc byte[1];
            return zlib.Read(more) == 0;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_stream != null)
        {
            _ = inflateEnd(_stream);
            NativeMemory.Free(_stream);
            _stream = null;
        }
    }

    [LibraryImport("libz.so.1")]
    private static partial int inflateInit_(ZStream* stream, ReadOnlySpan<byte> version, int streamSize);

    [LibraryImport("libz.so.1")]
    private static partial int inflateReset(ZStream* stream);

    [LibraryImport("libz.so.1")]
    private static partial int inflate(ZStream* stream, int flush);

    [LibraryImport("libz.so.1")]
    private static partial int inflateEnd(ZStream* stream);
}
