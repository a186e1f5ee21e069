namespace SiteGen.Search;

public sealed partial class SearchIndex
{
    /// <summary>
    /// One thread's share of the index while pages are added: its words (each string made once) with their postings
    /// lists, and for each word the key of its latest posting, so the repeats of a word in one section add to one
    /// posting as the page is tokenised, with no per-page table in between. No lock: <see cref="JoinParts"/> joins the
    /// threads' parts once every page is in.
    /// </summary>
    private sealed class Part
    {
        private readonly WordTable _ids = new();
        private readonly SearchTokenizer.WordHandler _onWord;
        private string[] _words = new string[1024];
        private Postings[] _postings = new Postings[1024];
        private uint[] _lastKey = new uint[1024];
        private uint _key;
        private int _weight;
        private int _length;

        public Part()
        {
            _onWord = OnWord;
        }

        public int Count => _ids.Count;

        public string Word(int id) => _words[id];

        public Postings PostingsOf(int id) => _postings[id];

        /// <summary>Tokenises the page's title (weight 3, in section 0), each section's heading (2) and text (1).</summary>
        /// <returns>The words in each section.</returns>
        public int[] AddPage(int number, string title, PageText text)
        {
            var lengths = new int[text.Sections];
            for (var section = 0; section < text.Sections; section++)
            {
                (_key, _length) = (((uint)number << SectionBits) | (uint)section, 0);
                if (section == 0)
                {
                    _weight = PageSearchEntry.TitleWeight;
                    SearchTokenizer.Tokenize(title, _onWord);
                }
                else
                {
                    _weight = PageSearchEntry.HeadingWeight;
                    SearchTokenizer.Tokenize(text.Heading(section), _onWord);
                }
                _weight = PageSearchEntry.BodyWeight;
                SearchTokenizer.Tokenize(text.Text(section), _onWord);
                lengths[section] = _length;
            }
            return lengths;
        }

        private void OnWord(ReadOnlySpan<char> word)
        {
            _length++;
            var id = _ids.IdOf(word, out var added);
            if (added)
            {
                New(id, word);
            }
            Add(id, _key, _weight);
        }

        /// <summary>Adds a page's entry as serve made it (its words and weighted counts per section).</summary>
        public void AddEntry(int number, PageSearchEntry entry)
        {
            var entries = entry.Entries;
            for (var e = 0; e < entries.Length; e += 3)
            {
                var id = _ids.IdOf(entry.Words[entries[e]], out var added);
                if (added)
                {
                    New(id, entry.Words[entries[e]]);
                }
                Add(id, ((uint)number << SectionBits) | (uint)entries[e + 1], entries[e + 2]);
            }
        }

        private void Add(int id, uint key, int weight)
        {
            if (_lastKey[id] == key + 1)
            {
                _postings[id].AddToLast(weight);
                return;
            }
            _lastKey[id] = key + 1;
            _postings[id].Add(key, weight);
        }

        /// <summary>Makes the postings list of a word the table just numbered.</summary>
        private void New(int id, ReadOnlySpan<char> word)
        {
            if (id == _words.Length)
            {
                Array.Resize(ref _words, id * 2);
                Array.Resize(ref _postings, id * 2);
                Array.Resize(ref _lastKey, id * 2);
            }
            _words[id] = word.ToString();
            _postings[id] = new Postings();
            _lastKey[id] = 0;
        }
    }
}
