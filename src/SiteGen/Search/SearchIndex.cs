using System.Runtime.InteropServices;
using SiteGen.Content;

namespace SiteGen.Search;

/// <summary>
/// The search index being merged: pages are numbered up front in URL order; a build adds each page's words as soon as
/// its text is extracted, in the rendering worker (<see cref="Add(int, string, PageText)"/>, into that thread's
/// <see cref="Part"/>), serve adds the entries it keeps with its pages. <see cref="WriteFiles"/> then joins each word's
/// postings, scores them, cuts the words into chunk files and writes the URL files and meta.json (format: README
/// "Search"). A posting is 5 bytes (<see cref="Postings"/>): the 10,000-page benchmark corpus makes 4.8 million, 24 MB.
/// </summary>
public sealed partial class SearchIndex
{
    /// <summary>Takes one index file; the bytes are only valid during the call. Called from several threads at once.</summary>
    public delegate void FileWriter(string path, ReadOnlySpan<byte> bytes);

    public const string Folder = "search-index/";
    public const int ChunkBytes = 16 * 1024;
    public const int MaxChunkBytes = 24 * 1024;

    /// <summary>A word whose postings take this much has a chunk of its own: a query for it downloads no other word's.</summary>
    public const int OwnChunkBytes = 8 * 1024;

    /// <summary>Sections are numbered in 12 bits of a posting, pages in the other 20.</summary>
    public const int MaxSections = 1 << SectionBits;

    public const int MaxPages = 1 << (32 - SectionBits);

    /// <summary>The most postings one word keeps (README "Search", Limits): bounds what a query for a common word
    /// downloads.</summary>
    public const int MaxPostings = 3000;

    private const int SectionBits = 12;
    private const int SectionMask = MaxSections - 1;
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Pages a URL file <c>u/&lt;k&gt;.json</c> lists: page i is entry i % 32 of file i / 32.</summary>
    public const int PagesPerUrlFile = 32;

    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<(string Url, string Title)> _pages = [];
    private readonly int[][] _sectionLengths;
    private readonly List<Part> _parts = [];
    private Dictionary<string, Postings> _words = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    [ThreadStatic]
    private static SearchJson? t_json;

    /// <summary>The words this thread added to which index: each worker adds to its own part, without a lock;
    /// <see cref="WriteFiles"/> joins the parts.</summary>
    [ThreadStatic]
    private static (SearchIndex Index, Part Part)? t_part;

    /// <param name="pages">the pages the index holds, in URL order (page i is entry i of the URL files); beyond
    /// <see cref="MaxPages"/> the rest are left out.</param>
    /// <param name="basePath">the site's base path, put before each page's URL in the URL files.</param>
    public SearchIndex(IEnumerable<Page> pages, string basePath)
    {
        foreach (var page in pages.Take(MaxPages))
        {
            _numbers[page.Path] = _numbers.Count;
            _pages.Add((basePath + page.Path, page.Title));
        }
        _sectionLengths = new int[_numbers.Count][];
    }

    public int PageCount => _numbers.Count;

    public int? NumberOf(Page page) => _numbers.TryGetValue(page.Path, out var number) ? number : null;

    /// <summary>Adds a page's words as its text was just extracted (a build); safe to call from several threads.</summary>
    public void Add(int number, string title, PageText text) => _sectionLengths[number] = ThisThreadsPart().AddPage(number, title, text);

    /// <summary>Adds one page's entry (serve); safe to call from several threads.</summary>
    public void Add(int number, PageSearchEntry entry)
    {
        _sectionLengths[number] = entry.SectionLengths;
        ThisThreadsPart().AddEntry(number, entry);
    }

    private Part ThisThreadsPart()
    {
        if (t_part is { } part && part.Index == this)
        {
            return part.Part;
        }
        var made = new Part();
        t_part = (this, made);
        lock (_lock)
        {
            _parts.Add(made);
        }
        return made;
    }

    /// <summary>Joins the threads' parts into one word list: a word in several parts chains their postings lists, which
    /// are merged when the word is written.</summary>
    private void JoinParts()
    {
        foreach (var part in _parts)
        {
            for (var id = 0; id < part.Count; id++)
            {
                var (word, postings) = (part.Word(id), part.PostingsOf(id));
                ref var found = ref CollectionsMarshal.GetValueRefOrAddDefault(_words, word, out var known);
                if (!known)
                {
                    found = postings;
                    continue;
                }
                postings.Next = found;
                found = postings;
            }
        }
        _parts.Clear();
        t_part = null;
    }

    /// <summary>Writes the word chunks, the URL files and meta.json through <paramref name="write"/>, once every page was added (it
    /// empties the index as it goes, so each chunk's postings are freed once written).</summary>
    public void WriteFiles(int results, FileWriter write)
    {
        JoinParts();
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
        WriteUrlFiles(write);
        var meta = new SearchJson();
        meta.Raw("{\"v\":3,\"pages\":").Number(PageCount).Raw(",\"results\":").Number(results)
            .Raw(",\"per\":").Number(PagesPerUrlFile).Raw(",\"chunks\":[");
        for (var i = 0; i < ranges.Count; i++)
        {
            meta.Raw(i == 0 ? "[" : ",[").String(ranges[i].First).Raw(',').String(ranges[i].Last).Raw(']');
        }
        write(Folder + "meta.json", meta.Raw("]}").Written);
    }

    /// <summary><c>u/&lt;k&gt;.json</c>: <c>[["/base/url/","Title"],...]</c> for pages k * 32 to k * 32 + 31. A
    /// result's excerpt comes from the page itself, which the box fetches (it is the page the reader opens next).</summary>
    private void WriteUrlFiles(FileWriter write)
    {
        Parallel.For(0, (_pages.Count + PagesPerUrlFile - 1) / PagesPerUrlFile, file =>
        {
            var json = t_json ??= new SearchJson(64 * 1024);
            json.Clear();
            json.Raw('[');
            var end = Math.Min(_pages.Count, (file + 1) * PagesPerUrlFile);
            for (var p = file * PagesPerUrlFile; p < end; p++)
            {
                json.Raw(p == file * PagesPerUrlFile ? "[" : ",[").String(_pages[p].Url).Raw(',').String(_pages[p].Title).Raw(']');
            }
            write($"{Folder}u/{file}.json", json.Raw(']').Written);
        });
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

    /// <summary>Words in order into <c>w/i.json</c> files of about 16–24 KB; a word is never split, and a word too long
    /// for the current chunk starts a new one only when the current one holds 4 KB (no file of a few bytes before it).
    /// Every word's postings are joined, scored and formatted on all cores (each list freed once formatted), the chunks
    /// are cut in word order from the formatted sizes, then written on all cores.</summary>
    private List<(string First, string Last)> WriteChunks(string[] words, Scorer scorer, FileWriter write)
    {
        var postings = new Postings?[words.Length];
        for (var w = 0; w < words.Length; w++)
        {
            postings[w] = _words[words[w]];
        }
        _words.Clear();
        var formatted = new byte[words.Length][];
        Parallel.For(0, words.Length, w =>
        {
            formatted[w] = Format(words[w], postings[w]!, scorer);
            postings[w] = null;
        });
        var chunks = new List<(int Start, int End)>();
        var first = 0;
        var length = 0;
        for (var w = 0; w < words.Length; w++)
        {
            var entry = formatted[w].Length;
            var own = entry >= OwnChunkBytes;
            if (length >= ChunkBytes || (length > 0 && own) || (length >= ChunkBytes / 4 && length + entry + 1 > MaxChunkBytes))
            {
                chunks.Add((first, w));
                (first, length) = (w, 0);
            }
            length += entry + 1; // with the '{' or ',' before it
            if (own)
            {
                chunks.Add((first, w + 1));
                (first, length) = (w + 1, 0);
            }
        }
        if (length > 0)
        {
            chunks.Add((first, words.Length));
        }
        Parallel.For(0, chunks.Count, c =>
        {
            var json = t_json ??= new SearchJson(64 * 1024);
            json.Clear();
            for (var w = chunks[c].Start; w < chunks[c].End; w++)
            {
                json.Raw(w == chunks[c].Start ? '{' : ',').Bytes(formatted[w]);
            }
            write($"{Folder}w/{c}.json", json.Raw('}').Written);
        });
        return [.. chunks.Select(c => (words[c.Start], words[c.End - 1]))];
    }
}
