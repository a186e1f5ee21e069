using SiteGen.Content;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// The search index being merged: pages are numbered up front in URL order, and each page's <see cref="PageSearchEntry"/>
/// is added as soon as it exists, from any rendering worker (a build keeps no page's entry after that) or from serve's
/// cache. <see cref="WriteFiles"/> then sorts each word's postings, scores them and cuts the words into chunk files
/// (format: README "Search"). A posting is 5 bytes: an int (page, section) and a byte (weighted count), in arrays per
/// word grown in place, so the index of 10,000 pages stays a few tens of MB while it is merged.
/// </summary>
public sealed class SearchIndex
{
    public const string Folder = "search-index/";
    public const int ChunkBytes = 16 * 1024;
    public const int MaxChunkBytes = 24 * 1024;

    /// <summary>Sections are numbered in 12 bits of a posting, pages in the other 20.</summary>
    public const int MaxSections = 1 << SectionBits;

    public const int MaxPages = 1 << (32 - SectionBits);

    private const int SectionBits = 12;
    private const int SectionMask = MaxSections - 1;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly int[][] _sectionLengths;
    private readonly Dictionary<string, Postings> _words = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private sealed class Postings
    {
        public uint[] Keys = new uint[2];
        public byte[] Weights = new byte[2];
        public int Count;

        public void Add(uint key, int weight)
        {
            if (Count == Keys.Length)
            {
                // x1.5, not x2: most of the index is in the long lists of common words.
                Array.Resize(ref Keys, Count + Math.Max(2, Count / 2));
                Array.Resize(ref Weights, Keys.Length);
            }
            Keys[Count] = key;
            Weights[Count++] = (byte)Math.Min(weight, byte.MaxValue);
        }
    }

    /// <param name="pages">the pages the index holds, in URL order: page i is <c>p/i.json</c>; beyond
    /// <see cref="MaxPages"/> the rest are left out.</param>
    public SearchIndex(IEnumerable<Page> pages)
    {
        foreach (var page in pages.Take(MaxPages))
        {
            _numbers[page.Path] = _numbers.Count;
        }
        _sectionLengths = new int[_numbers.Count][];
    }

    public int PageCount => _numbers.Count;

    public static string FragmentPath(int number) => $"{Folder}p/{number}.json";

    public int? NumberOf(Page page) => _numbers.TryGetValue(page.Path, out var number) ? number : null;

    /// <summary>Merges one page's words; safe to call from several threads.</summary>
    public void Add(int number, PageSearchEntry entry)
    {
        var entries = entry.Entries;
        lock (_lock)
        {
            _sectionLengths[number] = entry.SectionLengths;
            Postings? postings = null;
            var lastWord = -1;
            for (var e = 0; e < entries.Length; e += 3)
            {
                if (entries[e] != lastWord)
                {
                    lastWord = entries[e];
                    var word = entry.Words[lastWord];
                    if (!_words.TryGetValue(word, out postings))
                    {
                        _words[word] = postings = new Postings();
                    }
                }
                postings!.Add(((uint)number << SectionBits) | (uint)entries[e + 1], entries[e + 2]);
            }
        }
    }

    /// <summary>Writes the word chunks and meta.json through <paramref name="write"/>, once every page was added (it
    /// empties the index as it goes, so each chunk's postings are freed once written).</summary>
    public void WriteFiles(int results, Action<OutputFile> write)
    {
        var sectionStart = new int[_sectionLengths.Length + 1];
        long totalLength = 0;
        for (var p = 0; p < _sectionLengths.Length; p++)
        {
            var lengths = _sectionLengths[p] ?? [];
            sectionStart[p + 1] = sectionStart[p] + lengths.Length;
            foreach (var length in lengths)
            {
                totalLength += length;
            }
        }
        var sections = Math.Max(1, sectionStart[^1]);
        var averageLength = Math.Max(1.0, (double)totalLength / sections);
        var words = _words.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        var scores = new Scorer(sections, averageLength, _sectionLengths);
        var ranges = WriteChunks(words, scores, write);
        var meta = new SearchJson();
        meta.Raw("{\"v\":1,\"pages\":").Number(PageCount).Raw(",\"results\":").Number(results).Raw(",\"chunks\":[");
        for (var i = 0; i < ranges.Count; i++)
        {
            meta.Raw(i == 0 ? "[" : ",[").String(ranges[i].First).Raw(',').String(ranges[i].Last).Raw(']');
        }
        write(new OutputFile(Folder + "meta.json", meta.Raw("]}").ToArray(), null));
    }

    /// <summary>BM25 over sections: idf from how many sections hold the word, length = words in the section.</summary>
    private sealed class Scorer(int sections, double averageLength, int[][] sectionLengths)
    {
        public double Idf(int frequency) => Math.Log(1 + ((sections - frequency + 0.5) / (frequency + 0.5)));

        /// <returns>The score times 100, rounded, at least 1.</returns>
        public int Score(double idf, int page, int section, double weight)
        {
            var length = sectionLengths[page] is { } lengths && section < lengths.Length ? lengths[section] : 0;
            var score = idf * weight * (K1 + 1) / (weight + (K1 * (1 - B + (B * length / averageLength))));
            return Math.Max(1, (int)Math.Round(score * 100, MidpointRounding.AwayFromZero));
        }
    }

    /// <summary>Words in order into <c>w/i.json</c> files of about 16–24 KB; a word is never split. Each word's
    /// postings are sorted by page and section, scored and written, then freed.</summary>
    private List<(string First, string Last)> WriteChunks(string[] words, Scorer scorer, Action<OutputFile> write)
    {
        var ranges = new List<(string First, string Last)>();
        var chunk = new SearchJson(MaxChunkBytes + 1024);
        var first = 0;
        void Close(int end)
        {
            write(new OutputFile($"{Folder}w/{ranges.Count}.json", chunk.Raw('}').ToArray(), null));
            ranges.Add((words[first], words[end - 1]));
            chunk.Clear();
        }
        for (var w = 0; w < words.Length; w++)
        {
            var postings = _words[words[w]];
            // A rough size of this word's entry: its text and about fifteen bytes per posting.
            var estimate = (words[w].Length * 3) + (postings.Count * 15);
            if (chunk.Length > 0 && (chunk.Length >= ChunkBytes || chunk.Length + estimate > MaxChunkBytes))
            {
                Close(w);
                first = w;
            }
            var keys = postings.Keys.AsSpan(0, postings.Count);
            keys.Sort(postings.Weights.AsSpan(0, postings.Count));
            var idf = scorer.Idf(postings.Count);
            chunk.Raw(chunk.Length == 0 ? '{' : ',').String(words[w]).Raw(":[");
            for (var i = 0; i < keys.Length; i++)
            {
                var (page, section) = ((int)(keys[i] >> SectionBits), (int)(keys[i] & SectionMask));
                chunk.Raw(i == 0 ? "" : ",").Number(page).Raw(',').Number(section).Raw(',')
                    .Number(scorer.Score(idf, page, section, postings.Weights[i]));
            }
            chunk.Raw(']');
            _words.Remove(words[w]);
        }
        if (chunk.Length > 0)
        {
            Close(words.Length);
        }
        return ranges;
    }
}
