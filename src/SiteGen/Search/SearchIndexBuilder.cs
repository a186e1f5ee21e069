using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// Merges the pages' <see cref="PageSearchEntry"/>s into the index files (format: README "Search"): the words sorted in
/// ordinal order and cut into chunks of about 16–24 KB (<c>w/&lt;i&gt;.json</c>), each word's postings a flat array of
/// (page, section, score) triples, scored BM25-style over sections; meta.json naming each chunk's first and last word;
/// and the pages' fragment files. Postings are int arrays, one per word, grown in place: no object per posting.
/// </summary>
public static class SearchIndexBuilder
{
    public const string Folder = "search-index/";
    public const int ChunkBytes = 16 * 1024;
    public const int MaxChunkBytes = 24 * 1024;
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>One word's postings while merging: triples (page, section, weighted count), then (page, section, score).</summary>
    private sealed class Postings
    {
        public int[] Items = new int[6];
        public int Count;

        public void Add(int page, int section, int weight)
        {
            if (Count + 3 > Items.Length)
            {
                Array.Resize(ref Items, Items.Length * 2);
            }
            Items[Count] = page;
            Items[Count + 1] = section;
            Items[Count + 2] = weight;
            Count += 3;
        }
    }

    /// <param name="pages">the indexed pages, in any order (they are numbered in URL order).</param>
    /// <param name="results">how many results the search box shows (meta.json).</param>
    public static List<OutputFile> Build(IReadOnlyList<PageSearchEntry> pages, int results)
    {
        var sorted = pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToArray();
        var sectionStart = new int[sorted.Length + 1];
        for (var p = 0; p < sorted.Length; p++)
        {
            sectionStart[p + 1] = sectionStart[p] + sorted[p].SectionLengths.Length;
        }
        var lengths = new int[sectionStart[^1]];
        long totalLength = 0;
        for (var p = 0; p < sorted.Length; p++)
        {
            sorted[p].SectionLengths.CopyTo(lengths, sectionStart[p]);
            foreach (var length in sorted[p].SectionLengths)
            {
                totalLength += length;
            }
        }

        var byWord = new Dictionary<string, Postings>(StringComparer.Ordinal);
        for (var p = 0; p < sorted.Length; p++)
        {
            var page = sorted[p];
            var local = new Postings[page.Words.Length];
            for (var w = 0; w < page.Words.Length; w++)
            {
                if (!byWord.TryGetValue(page.Words[w], out var postings))
                {
                    byWord[page.Words[w]] = postings = new Postings();
                }
                local[w] = postings;
            }
            var entries = page.Entries;
            for (var e = 0; e < entries.Length; e += 3)
            {
                local[entries[e]].Add(p, entries[e + 1], entries[e + 2]);
            }
        }

        var sections = Math.Max(1, lengths.Length);
        var averageLength = Math.Max(1.0, (double)totalLength / sections);
        foreach (var postings in byWord.Values)
        {
            var frequency = postings.Count / 3;
            var idf = Math.Log(1 + ((sections - frequency + 0.5) / (frequency + 0.5)));
            for (var i = 0; i < postings.Count; i += 3)
            {
                var length = lengths[sectionStart[postings.Items[i]] + postings.Items[i + 1]];
                double weight = postings.Items[i + 2];
                var score = idf * weight * (K1 + 1) / (weight + (K1 * (1 - B + (B * length / averageLength))));
                postings.Items[i + 2] = Math.Max(1, (int)Math.Round(score * 100, MidpointRounding.AwayFromZero));
            }
        }

        var words = byWord.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var files = new List<OutputFile>(sorted.Length + 8);
        var ranges = WriteChunks(words, byWord, files);
        for (var p = 0; p < sorted.Length; p++)
        {
            files.Add(new OutputFile($"{Folder}p/{p}.json", sorted[p].Fragment, null));
        }
        var meta = new SearchJson();
        meta.Raw("{\"v\":1,\"pages\":").Number(sorted.Length).Raw(",\"results\":").Number(results).Raw(",\"chunks\":[");
        for (var i = 0; i < ranges.Count; i++)
        {
            meta.Raw(i == 0 ? "[" : ",[").String(ranges[i].First).Raw(',').String(ranges[i].Last).Raw(']');
        }
        files.Add(new OutputFile(Folder + "meta.json", meta.Raw("]}").ToArray(), null));
        return files;
    }

    private static List<(string First, string Last)> WriteChunks(string[] words, Dictionary<string, Postings> byWord, List<OutputFile> files)
    {
        var ranges = new List<(string First, string Last)>();
        var chunk = new SearchJson(MaxChunkBytes + 1024);
        var first = 0;
        void Close(int end)
        {
            files.Add(new OutputFile($"{Folder}w/{ranges.Count}.json", chunk.Raw('}').ToArray(), null));
            ranges.Add((words[first], words[end - 1]));
            chunk.Clear();
        }
        for (var w = 0; w < words.Length; w++)
        {
            var postings = byWord[words[w]];
            // A rough size of this word's entry: its text and about five bytes per number with its comma.
            var estimate = (words[w].Length * 3) + (postings.Count * 5);
            if (chunk.Length > 0 && (chunk.Length >= ChunkBytes || chunk.Length + estimate > MaxChunkBytes))
            {
                Close(w);
                first = w;
            }
            chunk.Raw(chunk.Length == 0 ? '{' : ',').String(words[w]).Raw(":[");
            for (var i = 0; i < postings.Count; i++)
            {
                if (i > 0)
                {
                    chunk.Raw(',');
                }
                chunk.Number(postings.Items[i]);
            }
            chunk.Raw(']');
        }
        if (chunk.Length > 0)
        {
            Close(words.Length);
        }
        return ranges;
    }
}
