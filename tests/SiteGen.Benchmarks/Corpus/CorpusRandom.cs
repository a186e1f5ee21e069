namespace SiteGen.Benchmarks.Corpus;

/// <summary>
/// SplitMix64: a small, fast generator whose sequence is fixed by its seed on every runtime and platform
/// (System.Random's seeded sequence is an implementation detail), so a corpus is byte-identical run after run.
/// </summary>
public sealed class CorpusRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one item (page, section) of a corpus, independent of the order items are made in.</summary>
    public static CorpusRandom For(ulong seed, string purpose, int index)
    {
        var h = 14695981039346656037UL; // FNV-1a of the purpose, mixed with the seed and the index
        foreach (var c in purpose)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return new CorpusRandom(seed ^ h ^ ((ulong)(uint)index * 0x9E3779B97F4A7C15UL));
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 &lt;= result &lt; max.</summary>
    public int Next(int max) => (int)(NextUInt64() % (ulong)max);

    /// <summary>min &lt;= result &lt; max.</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>True with probability 1 in <paramref name="n"/>.</summary>
    public bool OneIn(int n) => Next(n) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> distinct items, in the order drawn.</summary>
    public List<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = new List<T>(count);
        var used = new HashSet<int>();
        while (chosen.Count < count)
        {
            var i = Next(items.Count);
            if (used.Add(i))
            {
                chosen.Add(items[i]);
            }
        }
        return chosen;
    }
}
