namespace SiteGen.Search;

public sealed partial class SearchIndex
{
    /// <summary>
    /// One word's postings from one thread, in blocks that are never copied to grow (8 postings, then twice the last,
    /// at most 4,096) and live on the pinned heap, so a collection never moves them: the index makes little garbage
    /// and no GC work while pages are added (a build with search runs as many collections as one without). A rendering thread takes pages in
    /// increasing order, so its lists are usually sorted already (<see cref="Sorted"/>) and joining the threads' lists is
    /// a merge, not a sort. A posting is 5 bytes: a key (page, section) and a weighted count.
    /// </summary>
    internal sealed class Postings
    {
        private const int FirstBlock = 8;
        private const int LastBlock = 4096;
        private readonly List<(uint[] Keys, byte[] Weights)> _blocks = [];
        private uint[] _keys = [];
        private byte[] _weights = [];
        private int _used;

        public int Count { get; private set; }

        public bool Sorted { get; private set; } = true;

        /// <summary>The same word's list from another thread (joined when the word is written), or null.</summary>
        public Postings? Next { get; set; }

        public void Add(uint key, int weight)
        {
            if (_used == _keys.Length)
            {
                var size = Math.Clamp(_keys.Length * 2, FirstBlock, LastBlock);
                (_keys, _weights, _used) = (GC.AllocateUninitializedArray<uint>(size, pinned: true), GC.AllocateUninitializedArray<byte>(size, pinned: true), 0);
                _blocks.Add((_keys, _weights));
            }
            if (_used > 0 ? key < _keys[_used - 1] : Count > 0 && key < _blocks[^2].Keys[^1])
            {
                Sorted = false;
            }
            _keys[_used] = key;
            _weights[_used++] = (byte)Math.Min(weight, byte.MaxValue);
            Count++;
        }

        /// <summary>Adds to the weighted count of the latest posting (a repeat of the word in the same section).</summary>
        public void AddToLast(int weight)
        {
            ref var last = ref _weights[_used - 1];
            last = (byte)Math.Min(last + weight, byte.MaxValue);
        }

        public void CopyTo(Span<uint> keys, Span<byte> weights)
        {
            var at = 0;
            foreach (var (blockKeys, blockWeights) in _blocks)
            {
                var length = Math.Min(blockKeys.Length, Count - at);
                blockKeys.AsSpan(0, length).CopyTo(keys[at..]);
                blockWeights.AsSpan(0, length).CopyTo(weights[at..]);
                at += length;
            }
        }

        /// <summary>All postings in this chain.</summary>
        public int Total
        {
            get
            {
                var total = 0;
                for (var p = this; p is not null; p = p.Next)
                {
                    total += p.Count;
                }
                return total;
            }
        }
    }
}
