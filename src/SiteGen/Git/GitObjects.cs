using System.Runtime.InteropServices;

namespace SiteGen.Git;

/// <summary>A SHA-1 object id, 20 bytes, as git stores it in trees (usable as a dictionary key).</summary>
[StructLayout(LayoutKind.Sequential, Pack = 1)]
public readonly struct GitId : IEquatable<GitId>
{
    private readonly ulong _a;
    private readonly ulong _b;
    private readonly uint _c;

    public const int Size = 20;

    public static GitId FromBytes(ReadOnlySpan<byte> bytes) => MemoryMarshal.Read<GitId>(bytes[..Size]);

    /// <summary>From 40 hexadecimal digits (ASCII), as commits name their tree and parents.</summary>
    public static GitId FromHex(ReadOnlySpan<byte> hex)
    {
        Span<byte> bytes = stackalloc byte[Size];
        Convert.FromHexString(System.Text.Encoding.ASCII.GetString(hex[..(2 * Size)]), bytes, out _, out _);
        return FromBytes(bytes);
    }

    public static GitId FromHex(string hex) => FromHex(System.Text.Encoding.ASCII.GetBytes(hex));

    public override string ToString() => Convert.ToHexStringLower(MemoryMarshal.AsBytes(new ReadOnlySpan<GitId>(in this)));

    public bool Equals(GitId other) => _a == other._a && _b == other._b && _c == other._c;

    public override bool Equals(object? obj) => obj is GitId other && Equals(other);

    public override int GetHashCode() => (int)_a ^ (int)(_a >> 32) ^ (int)_b;

    public static bool operator ==(GitId left, GitId right) => left.Equals(right);

    public static bool operator !=(GitId left, GitId right) => !left.Equals(right);
}

/// <summary>
/// Raw reads from a repository's object database, through the libgit2 that LibGit2Sharp loads (its NativeBinaries'
/// library, whose file name carries the libgit2 commit it was built from). LibGit2Sharp's own tree diff took 22 ms a
/// commit on a folder of 1,250 files (its tree iterators and a managed object per entry); the bytes of two trees
/// compared here cost microseconds (<see cref="TreeComparison"/>). Commits and trees come from <see cref="PackStore"/>
/// when it can read them (it caches the versions inside delta chains, which libgit2 does not), else from libgit2.
/// LibGit2Sharp must have initialised libgit2 first.
/// </summary>
public sealed partial class GitObjects : IDisposable
{
    /// <summary>The native library of LibGit2Sharp.NativeBinaries 2.0.324 (libgit2-5853918.so beside the executable).</summary>
    private const string Library = "git2-5853918";

    private nint _repository;
    private nint _database;
    private readonly PackStore? _packs;

    private GitObjects(nint repository, nint database, PackStore? packs) => (_repository, _database, _packs) = (repository, database, packs);

    /// <param name="gitFolder">the repository's .git folder (or a worktree's).</param>
    public static GitObjects Open(string gitFolder)
    {
        Check(git_repository_open(out var repository, gitFolder), "open the repository");
        if (git_repository_odb(out var database, repository) < 0)
        {
            git_repository_free(repository);
            throw new InvalidDataException("cannot open the repository's object database");
        }
        return new GitObjects(repository, database, PackStore.TryOpen(gitFolder));
    }

    public RawCommit ReadCommit(GitId id)
    {
        var data = Read(id, ObjectData.CommitType);
        try
        {
            return RawCommit.Parse(id, data.Span);
        }
        finally
        {
            data.Release();
        }
    }

    /// <returns>The tree's bytes, held for the caller, who releases them.</returns>
    public ObjectData ReadTree(GitId id) => Read(id, ObjectData.TreeType);

    private ObjectData Read(GitId id, int expectedType)
    {
        if (_packs?.TryRead(id) is { } packed)
        {
            if (packed.Type == expectedType)
            {
                return packed;
            }
            packed.Release();
        }
        Check(git_odb_read(out var handle, _database, in id), $"read object {id}");
        try
        {
            if (git_odb_object_type(handle) != expectedType)
            {
                throw new InvalidDataException($"object {id} is not a {(expectedType == ObjectData.CommitType ? "commit" : "tree")}");
            }
            var length = (int)git_odb_object_size(handle);
            unsafe
            {
                return ObjectData.Copy(expectedType, new ReadOnlySpan<byte>((void*)git_odb_object_data(handle), length));
            }
        }
        finally
        {
            git_odb_object_free(handle);
        }
    }

    private static void Check(int result, string what)
    {
        if (result < 0)
        {
            throw new InvalidDataException($"libgit2 could not {what} (error {result})");
        }
    }

    public void Dispose()
    {
        _packs?.Dispose();
        if (_database != 0)
        {
            git_odb_free(_database);
            _database = 0;
        }
        if (_repository != 0)
        {
            git_repository_free(_repository);
            _repository = 0;
        }
    }

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int git_repository_open(out nint repository, string path);

    [LibraryImport(Library)]
    private static partial void git_repository_free(nint repository);

    [LibraryImport(Library)]
    private static partial int git_repository_odb(out nint database, nint repository);

    [LibraryImport(Library)]
    private static partial void git_odb_free(nint database);

    [LibraryImport(Library)]
    private static partial int git_odb_read(out nint handle, nint database, in GitId id);

    [LibraryImport(Library)]
    private static partial nint git_odb_object_data(nint handle);

    [LibraryImport(Library)]
    private static partial nuint git_odb_object_size(nint handle);

    [LibraryImport(Library)]
    private static partial int git_odb_object_type(nint handle);

    [LibraryImport(Library)]
    private static partial void git_odb_object_free(nint handle);
}
