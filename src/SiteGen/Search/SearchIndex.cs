using SiteGen.Content;
using SiteGen.Output;

namespace SiteGen.Search;

/// <summary>
/// The search index being merged: pages are numbered up front in URL order, and each page's <see cref="PageSearchEntry"/>
/// is added as soon as it exists, from any rendering worker (a build keeps no page's entry after that) or from serve's
/// cache. <see cref="Files"/> then sorts each word's postings, scores them and cuts the words into chunk files
/// (format: README "Search"). A posting is one long (page, section, weighted count) in a growing array per word.
/// </summary>
public sealed class SearchIndex
{
    public const string Folder = "search-index/";
    public const int ChunkBytes = 16 * 1024;
    public const int MaxChunkBytes = 24 * 1024;
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly int[][] _sectionLengths;
    private readonly Dictionary<string, Postings> _words = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private sealed class Postings
    {
        public long[] Items = new long[4];
        public int Count;
    }

    /// <param name="pages">the pages the index holds, in URL order: page i is <c>p/i.json</c>.</param>
    public SearchIndex(IEnumerable<Page> pages)
    {
        foreach (var page in pages)
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
                if (postings!.Count == postings.Items.Length)
                {
                    Array.Resize(ref postings.Items, postings.Count * 2);
                }
                postings.Items[postings.Count++] = ((long)number << 32) | ((long)entries[e + 1] << 16) | (uint)Math.Min(entries[e + 2], 0xFFFF);
            }
        }
    }

    /// <summary>meta.json and the word chunks, once every page was added.</summary>
    public List<OutputFile> Files(int results)
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
        // Each word on its own: sort its postings by page and section, then put the score (BM25 over sections, times
        // 100; at most about 2,500, so 16 bits hold it) where the weighted count was.
        Parallel.For(0, words.Length, w =>
        {
            var postings = _words[words[w]];
            var items = postings.Items.AsSpan(0, postings.Count);
            items.Sort();
            var idf = Math.Log(1 + ((sections - items.Length + 0.5) / (items.Length + 0.5)));
            for (var i = 0; i < items.Length; i++)
            {
                var (page, section, weight) = ((int)(items[i] >> 32), (int)((items[i] >> 16) & 0xFFFF), (double)(items[i] & 0xFFFF));
                var length = _sectionLengths[page] is { } lengths && section < lengths.Length ? lengths[section] : 0;
                var score = idf * weight * (K1 + 1) / (weight + (K1 * (1 - B + (B * length / averageLength))));
                var scaled = Math.Clamp((int)Math.Round(score * 100, MidpointRounding.AwayFromZero), 1, 0xFFFF);
                items[i] = (items[i] & ~0xFFFFL) | (uint)scaled;
            }
        });
        var files = new List<OutputFile>();
        var ranges = WriteChunks(words, _words, files);
        var meta = new SearchJson();
        meta.Raw("{\"v\":1,\"pages\":").Number(PageCount).Raw(",\"results\":").Number(results).Raw(",\"chunks\":[");
        for (var i = 0; i < ranges.Count; i++)
        {
            meta.Raw(i == 0 ? "[" : ",[").String(ranges[i].First).Raw(',').String(ranges[i].Last).Raw(']');
        }
        files.Add(new OutputFile(Folder + "meta.json", meta.Raw("]}").ToArray(), null));
        return files;
    }

    /// <summary>Words in order into <c>w/i.json</c> files of about 16–24 KB; a word is never split.</summary>
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
            var estimate = (words[w].Length * 3) + (postings.Count * 15);
            if (chunk.Length > 0 && (chunk.Length >= ChunkBytes || chunk.Length + estimate > MaxChunkBytes))
            {
                Close(w);
                first = w;
            }
            chunk.Raw(chunk.Length == 0 ? '{' : ',').String(words[w]).Raw(":[");
            for (var i = 0; i < postings.Count; i++)
            {
                var item = postings.Items[i];
                chunk.Raw(i == 0 ? "" : ",").Number((int)(item >> 32)).Raw(',').Number((int)((item >> 16) & 0xFFFF)).Raw(',').Number((int)(item & 0xFFFF));
            }
            chunk.Raw(']');
            postings.Items = [];
        }
        if (chunk.Length > 0)
        {
            Close(words.Length);
        }
        return ranges;
    }
}
