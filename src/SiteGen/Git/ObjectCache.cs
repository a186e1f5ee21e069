namespace SiteGen.Git;

/// <summary>
/// Decoded objects of the packs by (pack, offset), least recently used out beyond a byte budget: git's delta-base
/// cache (core.deltaBaseCacheLimit). Walking history newest first, the previous version of a tree is usually here,
/// so each version costs one delta instead of its whole chain. The buffers are rented from the shared array pool (a
/// folder tree of 87 KB would otherwise be a large-object-heap allocation per version) and given back when evicted.
/// </summary>
public sealed class ObjectCache(long budget)
{
    private readonly Dictionary<(int Pack, long Offset), LinkedListNode<Entry>> _entries = [];
    private readonly LinkedList<Entry> _order = new();
    private long _bytes;

    public sealed record Entry(int Pack, long Offset, int Type, byte[] Buffer, int Length);

    public Entry? Get(int pack, long offset)
    {
        if (!_entries.TryGetValue((pack, offset), out var node))
        {
            return null;
        }
        _order.Remove(node);
        _order.AddFirst(node);
        return node.Value;
    }

    /// <returns>Whether the cache took the entry (and its buffer: the caller must not return it to the pool).</returns>
    public bool Add(Entry entry)
    {
        if (entry.Length > budget / 4 || _entries.ContainsKey((entry.Pack, entry.Offset)))
        {
            return false;
        }
        _entries[(entry.Pack, entry.Offset)] = _order.AddFirst(entry);
        _bytes += entry.Length;
        while (_bytes > budget && _order.Last is { } oldest)
        {
            _order.RemoveLast();
            _entries.Remove((oldest.Value.Pack, oldest.Value.Offset));
            _bytes -= oldest.Value.Length;
            System.Buffers.ArrayPool<byte>.Shared.Return(oldest.Value.Buffer);
        }
        return true;
    }

    public void Clear()
    {
        foreach (var entry in _order)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(entry.Buffer);
        }
        _order.Clear();
        _entries.Clear();
        _bytes = 0;
    }
}
