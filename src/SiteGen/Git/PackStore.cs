namespace SiteGen.Git;

/// <summary>
/// Reads objects from a repository's packs and loose objects itself, with a cache of decoded objects by pack offset
/// (<see cref="ObjectCache"/>), so resolving a delta chain stops at the first version already decoded. libgit2 caches
/// only the object at the bottom of a chain: every read of a folder tree at depth d re-inflated and re-applied d deltas
/// (on the benchmark's history, depth up to 50). Opened for one pass, so packs written since (serve) are seen.
/// Anything it does not handle is left to libgit2: <see cref="TryOpen"/> answers null for a repository with
/// alternates, a non-SHA-1 object format or an index other than version 2, and <see cref="TryRead"/> answers null
/// for an object it cannot find or decode.
/// </summary>
public sealed class PackStore : IDisposable
{
    /// <summary>Chains in git's packs are at most 50 deep by default (4,095 at most with --depth); deeper is damage.</summary>
    private const int MaxChain = 10_000;

    private readonly List<PackFile> _packs;
    private readonly string _objects;
    private readonly ObjectCache _cache = new(64L << 20);
    private readonly Stack<(long Offset, PackFile.Header Header)> _deltas = new();
    private readonly ZlibInflater? _inflater = ZlibInflater.TryCreate();

    private PackStore(List<PackFile> packs, string objects) => (_packs, _objects) = (packs, objects);

    /// <param name="gitFolder">the repository's .git folder (or a worktree's, whose commondir holds the objects).</param>
    public static PackStore? TryOpen(string gitFolder)
    {
        try
        {
            return Open(gitFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static PackStore? Open(string gitFolder)
    {
        var common = GitFolders.Common(gitFolder);
        var objects = Path.Combine(common, "objects");
        var config = Path.Combine(common, "config");
        if (!Directory.Exists(objects) || File.Exists(Path.Combine(objects, "info", "alternates"))
            || (File.Exists(config) && File.ReadLines(config).Any(line => line.Contains("objectformat", StringComparison.OrdinalIgnoreCase)
                && !line.Trim().EndsWith("sha1", StringComparison.OrdinalIgnoreCase))))
        {
            return null;
        }
        var packs = new List<PackFile>();
        var store = new PackStore(packs, objects);
        var packFolder = Path.Combine(objects, "pack");
        foreach (var idx in Directory.Exists(packFolder) ? Directory.GetFiles(packFolder, "pack-*.idx").Order(StringComparer.Ordinal).ToArray() : [])
        {
            var packPath = Path.ChangeExtension(idx, ".pack");
            if (!File.Exists(packPath))
            {
                continue;
            }
            if (PackIndex.Load(idx) is not { } index || PackFile.Open(packPath, index, store._inflater) is not { } pack)
            {
                store.Dispose();
                return null;
            }
            packs.Add(pack);
        }
        return store;
    }

    /// <returns>The object (its type: 1 commit, 2 tree, 3 blob, 4 tag), held for the caller, who releases it; null
    /// when it is not found or cannot be decoded.</returns>
    public ObjectData? TryRead(GitId id) => TryRead(id, 0);

    private ObjectData? TryRead(GitId id, int depth)
    {
        for (var i = 0; i < _packs.Count; i++)
        {
            var offset = _packs[i].Index.Find(id);
            if (offset >= 0)
            {
                return Resolve(i, offset, depth);
            }
        }
        return LooseObjects.Read(_objects, id) is var (type, data) ? ObjectData.Copy(type, data) : null;
    }

    /// <summary>Down the chain to a cached version or a whole object, then the deltas back up, each tree kept in the
    /// cache. <c>data</c> is always held by this method, which releases it or hands it on.</summary>
    private ObjectData? Resolve(int packNumber, long offset, int depth)
    {
        var pack = _packs[packNumber];
        // The outermost read reuses one stack; a base found through another pack (depth > 0) gets its own.
        var deltas = depth == 0 ? _deltas : new Stack<(long Offset, PackFile.Header Header)>();
        deltas.Clear();
        ObjectData data;
        while (true)
        {
            if (_cache.Get(packNumber, offset) is { } cached)
            {
                data = cached;
                break;
            }
            if (deltas.Count + depth > MaxChain || pack.ReadHeader(offset) is not { } header)
            {
                return null;
            }
            if (header.Type is PackFile.OfsDelta or PackFile.RefDelta)
            {
                deltas.Push((offset, header));
                offset = header.Type == PackFile.OfsDelta ? header.BaseOffset : pack.Index.Find(header.BaseId);
                if (offset >= 0)
                {
                    continue;
                }
                // A base in another pack or loose (a thin pack completed elsewhere).
                if (TryRead(header.BaseId, depth + deltas.Count) is not { } found)
                {
                    return null;
                }
                data = found;
                break;
            }
            if (pack.InflateObject(header) is not { } whole)
            {
                return null;
            }
            data = whole;
            Keep(packNumber, offset, data);
            break;
        }
        while (deltas.TryPop(out var step))
        {
            var result = pack.ApplyDelta(data, step.Header);
            data.Release();
            if (result is null)
            {
                return null;
            }
            data = result;
            Keep(packNumber, step.Offset, data);
        }
        return data;
    }

    /// <summary>Trees go into the cache: the bases of the next versions. Commits are read once each, blobs never.</summary>
    private void Keep(int packNumber, long offset, ObjectData data)
    {
        if (data.Type == ObjectData.TreeType)
        {
            _cache.Add(packNumber, offset, data);
        }
    }

    public void Dispose()
    {
        _cache.Clear();
        foreach (var pack in _packs)
        {
            pack.Dispose();
        }
        _packs.Clear();
        _inflater?.Dispose();
    }
}
