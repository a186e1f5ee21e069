namespace SiteGen.Git;

/// <summary>
/// Decoded trees of the packs by (pack, offset), least recently used out beyond a byte budget: git's delta-base cache
/// (core.deltaBaseCacheLimit). Walking history newest first, the previous version of a tree is usually here, so each
/// version costs one delta instead of its whole chain. The cache holds each object it keeps (<see cref="ObjectData.Hold"/>)
/// and releases it when it is evicted; a reader still holding it keeps it alive.
/// </summary>
public sealed class ObjectCache(long budget)
{
    private readonly Dictionary<(int Pack, long Offset), LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _order = new();
    private long _bytes;

    private sealed record Entry(int Pack, long Offset, ObjectData Data);

    /// <returns>The object, held once more for the caller (release it), or null.</returns>
    public ObjectData? Get(int pack, long offset)
    {
        if (!_entries.TryGetValue((pack, offset), out var node))
        {
            return null;
        }
        _order.Remove(node);
        _order.AddFirst(node);
        return node.Value.Data.Hold();
    }

    /// <summary>Keeps <paramref name="data"/> (holding it itself) unless it is over a quarter of the budget or already kept.</summary>
    public void Add(int pack, long offset, ObjectData data)
    {
        if (data.Length > budget / 4 || _entries.ContainsKey((pack, offset)))
        {
            return;
        }
        _entries[(pack, offset)] = _order.AddFirst(new Entry(pack, offset, data.Hold()));
        _bytes += data.Length;
        while (_bytes > budget && _order.Last is { } oldest)
        {
            _order.RemoveLast();
            _entries.Remove((oldest.Value.Pack, oldest.Value.Offset));
            _bytes -= oldest.Value.Data.Length;
            oldest.Value.Data.Release();
        }
    }

    public void Clear()
    {
        foreach (var entry in _order)
        {
            entry.Data.Release();
        }
        _order.Clear();
        _entries.Clear();
        _bytes = 0;
    }
}
