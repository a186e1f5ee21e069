namespace SiteGen.Search;

/// <summary>One word's entry of a chunk file: its postings scored, capped at <see cref="MaxPostings"/> and written with
/// delta-encoded pages (format v2, README "Search").</summary>
public sealed partial class SearchIndex
{
    /// <summary><c>"word":[page,section,score,...]</c>, postings sorted by page and section, each page written as the
    /// difference from the previous posting's page (the first as it is). A word in more than <see cref="MaxPostings"/>
    /// sections keeps one posting a page (its best section) and of those the best <see cref="MaxPostings"/>.</summary>
    private static byte[] Format(string word, Postings postings, Scorer scorer)
    {
        var json = t_json ??= new SearchJson(64 * 1024);
        var buffers = t_buffers ??= new FormatBuffers();
        var keys = buffers.Joined(postings, out var weights);
        var idf = scorer.Idf(keys.Length);
        var scores = buffers.Scores(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            scores[i] = scorer.Score(idf, (int)(keys[i] >> SectionBits), (int)(keys[i] & SectionMask), weights[i]);
        }
        var kept = keys.Length > MaxPostings ? Capped(keys, scores) : null;
        json.Clear();
        json.String(word).Raw(":[");
        var previous = 0;
        for (var k = 0; k < (kept?.Length ?? keys.Length); k++)
        {
            var i = kept?[k] ?? k;
            var (page, section) = ((int)(keys[i] >> SectionBits), (int)(keys[i] & SectionMask));
            json.Raw(k == 0 ? "" : ",").Number(page - previous).Raw(',').Number(section).Raw(',').Number(scores[i]);
            previous = page;
        }
        return json.Raw(']').ToArray();
    }

    /// <summary>The postings a common word keeps (indexes into <paramref name="keys"/>, in page order): per page the
    /// best-scoring section (the first on a tie), then the <see cref="MaxPostings"/> best of those (the lower page on a
    /// tie).</summary>
    private static int[] Capped(ReadOnlySpan<uint> keys, Span<int> scores)
    {
        var best = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (best.Count > 0 && keys[best[^1]] >> SectionBits == keys[i] >> SectionBits)
            {
                if (scores[i] > scores[best[^1]])
                {
                    best[^1] = i;
                }
                continue;
            }
            best.Add(i);
        }
        if (best.Count > MaxPostings)
        {
            // The MaxPostings-th best score is the threshold: every page above it stays, and of the pages at it the
            // lowest (in page order) fill the rest. No sort by score, and the result stays in page order.
            // Scores are at most a few thousand (BM25 x 100): a histogram finds the threshold without sorting.
            var max = 0;
            foreach (var i in best)
            {
                max = Math.Max(max, scores[i]);
            }
            var histogram = new int[max + 1];
            foreach (var i in best)
            {
                histogram[scores[i]]++;
            }
            var (threshold, above) = (histogram.Length - 1, 0);
            while (above + histogram[threshold] < MaxPostings)
            {
                above += histogram[threshold--];
            }
            var atThreshold = MaxPostings - above;
            var kept = 0;
            for (var b = 0; b < best.Count; b++)
            {
                var i = best[b];
                if (scores[i] > threshold || (scores[i] == threshold && atThreshold-- > 0))
                {
                    best[kept++] = i;
                }
            }
            best.RemoveRange(kept, best.Count - kept);
        }
        return [.. best];
    }

    [ThreadStatic]
    private static FormatBuffers? t_buffers;

    /// <summary>One formatting thread's buffers, reused from word to word: a word's postings joined from the threads
    /// that made them, and their scores.</summary>
    private sealed class FormatBuffers
    {
        private uint[] _keys = new uint[1024];
        private byte[] _weights = new byte[1024];
        private uint[] _mergedKeys = new uint[1024];
        private byte[] _mergedWeights = new byte[1024];
        private int[] _scores = new int[1024];

        public Span<int> Scores(int count)
        {
            if (_scores.Length < count)
            {
                _scores = new int[Math.Max(count, _scores.Length * 2)];
            }
            return _scores.AsSpan(0, count);
        }

        /// <summary>The chain's postings sorted by key: one sorted list as it is, two sorted lists merged (each thread
        /// takes pages in increasing order, so that is the usual case), anything else sorted.</summary>
        public ReadOnlySpan<uint> Joined(Postings postings, out ReadOnlySpan<byte> joinedWeights)
        {
            var total = postings.Total;
            if (_keys.Length < total)
            {
                var size = Math.Max(total, _keys.Length * 2);
                (_keys, _weights, _mergedKeys, _mergedWeights) = (new uint[size], new byte[size], new uint[size], new byte[size]);
            }
            var keys = _keys.AsSpan(0, total);
            var weights = _weights.AsSpan(0, total);
            joinedWeights = weights;
            var at = 0;
            var sorted = true;
            for (var p = postings; p is not null; p = p.Next)
            {
                p.CopyTo(keys[at..], weights[at..]);
                at += p.Count;
                sorted &= p.Sorted;
            }
            if (postings.Next is null && sorted)
            {
                return keys;
            }
            if (postings.Next is { Next: null } && sorted)
            {
                // Two sorted runs, [0, first) and [first, total): merged.
                var first = postings.Count;
                var merged = _mergedKeys.AsSpan(0, total);
                var mergedWeights = _mergedWeights.AsSpan(0, total);
                for (int i = 0, a = 0, b = first; i < total; i++)
                {
                    var fromSecond = a == first || (b < total && keys[b] < keys[a]);
                    var from = fromSecond ? b++ : a++;
                    (merged[i], mergedWeights[i]) = (keys[from], weights[from]);
                }
                joinedWeights = mergedWeights;
                return merged;
            }
            keys.Sort(weights);
            return keys;
        }
    }
}
