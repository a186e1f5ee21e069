namespace SiteGen.Search;

/// <summary>
/// Numbers words (0, 1, 2, ... in the order first seen), looked up by their characters: the index's hot path, one
/// lookup per word of every page. Open addressing over one array of slots, the words' characters in one buffer, and no
/// comparer behind an interface (a Dictionary's span lookup was 12% of the index's profile, this table 3%).
/// </summary>
public sealed class WordTable
{
    private int[] _slots = new int[4096];
    private uint[] _hashes = new uint[1024];
    private int[] _starts = new int[1025];
    private char[] _chars = new char[16 * 1024];

    public int Count { get; private set; }

    /// <summary>The word's number; <paramref name="added"/> when it is new.</summary>
    public int IdOf(ReadOnlySpan<char> word, out bool added)
    {
        var hash = Hash(word);
        var mask = _slots.Length - 1;
        for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var id = _slots[slot] - 1;
            if (id < 0)
            {
                added = true;
                return Add(word, hash, slot);
            }
            if (_hashes[id] == hash && word.SequenceEqual(_chars.AsSpan(_starts[id], _starts[id + 1] - _starts[id])))
            {
                added = false;
                return id;
            }
        }
    }

    private int Add(ReadOnlySpan<char> word, uint hash, int slot)
    {
        var id = Count++;
        if (Count == _hashes.Length)
        {
            Array.Resize(ref _hashes, _hashes.Length * 2);
            Array.Resize(ref _starts, _hashes.Length + 1);
        }
        var start = _starts[id];
        if (start + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, start + word.Length));
        }
        word.CopyTo(_chars.AsSpan(start));
        (_hashes[id], _starts[id + 1]) = (hash, start + word.Length);
        _slots[slot] = id + 1;
        if (Count * 2 > _slots.Length)
        {
            Rehash();
        }
        return id;
    }

    /// <summary>Doubles the slots (kept at most half full).</summary>
    private void Rehash()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = (int)_hashes[id] & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            _slots[slot] = id + 1;
        }
    }

    /// <summary>FNV-1a over the UTF-16 units, then mixed so the low bits (the slot) depend on every unit.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash ^ (hash >> 15);
    }
}
