using System.Runtime.InteropServices;
using SiteGen.Content;

namespace SiteGen.Search;

/// <summary>
/// One page's share of the search index, made in the rendering worker right after the page is rendered (and kept with
/// the rendered page in serve's cache, so an edit re-tokenises only the pages it re-rendered): the page's words with a
/// weighted count per section and each section's length in words.
/// </summary>
/// <param name="Words">the page's distinct words.</param>
/// <param name="Entries">triples (index into <paramref name="Words"/>, section, weighted count), grouped by word and in
/// section order within a word: title words count 3 (in section 0), a section's heading words 2, body words 1.</param>
/// <param name="SectionLengths">words in each section (its heading and text; the title counts in section 0).</param>
public sealed record PageSearchEntry(string Path, string[] Words, int[] Entries, int[] SectionLengths)
{
    public const int TitleWeight = 3;
    public const int HeadingWeight = 2;
    public const int BodyWeight = 1;

    public static PageSearchEntry Make(Page page, PageText text)
    {
        var (scratch, lengths) = Tokenize(page, text);
        var (words, entries) = scratch.Take();
        return new PageSearchEntry(page.Path, words, entries, lengths);
    }

    private static (Scratch Scratch, int[] Lengths) Tokenize(Page page, PageText text)
    {
        var scratch = t_scratch ??= new Scratch();
        scratch.StartPage();
        var lengths = new int[text.Sections];
        var section = 0;
        var weight = 0;
        void Add(ReadOnlySpan<char> word)
        {
            lengths[section]++;
            scratch.Add(word, section, weight);
        }
        weight = TitleWeight;
        SearchTokenizer.Tokenize(page.Title, Add);
        for (section = 0; section < text.Sections; section++)
        {
            if (section > 0)
            {
                weight = HeadingWeight;
                SearchTokenizer.Tokenize(text.Heading(section), Add);
            }
            weight = BodyWeight;
            SearchTokenizer.Tokenize(text.Text(section), Add);
        }
        return (scratch, lengths);
    }

    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>
    /// One worker's reusable tables: every word it has seen (so a word's string is made once per thread, not once per
    /// page) with, for the page at hand, its place in the page's word list and its latest (section, entry), so repeats
    /// in a section add to one entry.
    /// </summary>
    private sealed class Scratch
    {
        private const int MaxVocabulary = 1 << 20;
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private string[] _strings = new string[1024];
        private int[] _page = new int[1024];
        private int[] _local = new int[1024];
        private int[] _lastSection = new int[1024];
        private int[] _lastEntry = new int[1024];
        private readonly List<int> _pageWords = [];
        private readonly List<(int Word, int Section, int Weight)> _entries = [];
        private int _pageNumber;

        public Scratch() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

        public void StartPage()
        {
            if (_ids.Count > MaxVocabulary)
            {
                _ids.Clear();
            }
            _pageNumber++;
            _pageWords.Clear();
            _entries.Clear();
        }

        public void Add(ReadOnlySpan<char> word, int section, int weight)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_lookup, word, out var known);
            if (!known)
            {
                id = _ids.Count - 1;
                if (id == _strings.Length)
                {
                    Array.Resize(ref _strings, id * 2);
                    Array.Resize(ref _page, id * 2);
                    Array.Resize(ref _local, id * 2);
                    Array.Resize(ref _lastSection, id * 2);
                    Array.Resize(ref _lastEntry, id * 2);
                }
                _strings[id] = _lookup.TryGetValue(word, out var actual, out _) ? actual : word.ToString();
                _page[id] = 0;
            }
            var w = id;
            if (_page[w] != _pageNumber)
            {
                (_page[w], _local[w], _lastSection[w]) = (_pageNumber, _pageWords.Count, -1);
                _pageWords.Add(w);
            }
            if (_lastSection[w] == section)
            {
                var entry = _entries[_lastEntry[w]];
                _entries[_lastEntry[w]] = entry with { Weight = entry.Weight + weight };
                return;
            }
            (_lastSection[w], _lastEntry[w]) = (section, _entries.Count);
            _entries.Add((_local[w], section, weight));
        }

        /// <summary>The page's words and its entries grouped by word (triples), in section order within a word.</summary>
        public (string[] Words, int[] Entries) Take()
        {
            var words = new string[_pageWords.Count];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = _strings[_pageWords[i]];
            }
            // A counting sort on the word, stable, so each word keeps its entries in section order.
            var order = new int[words.Length + 1];
            foreach (var entry in _entries)
            {
                order[entry.Word + 1]++;
            }
            for (var w = 1; w < order.Length; w++)
            {
                order[w] += order[w - 1];
            }
            var entries = new int[_entries.Count * 3];
            foreach (var (word, section, weight) in _entries)
            {
                var at = 3 * order[word]++;
                (entries[at], entries[at + 1], entries[at + 2]) = (word, section, weight);
            }
            return (words, entries);
        }
    }
}
