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
        var keys = postings.Keys.AsSpan(0, postings.Count);
        keys.Sort(postings.Weights.AsSpan(0, postings.Count));
        var idf = scorer.Idf(postings.Count);
        var scores = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            scores[i] = scorer.Score(idf, (int)(keys[i] >> SectionBits), (int)(keys[i] & SectionMask), postings.Weights[i]);
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
    private static int[] Capped(ReadOnlySpan<uint> keys, int[] scores)
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
            // Page order is index order, so "lower index" is "lower page" on a tie.
            best.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
            best.RemoveRange(MaxPostings, best.Count - MaxPostings);
            best.Sort();
        }
        return [.. best];
    }
}
