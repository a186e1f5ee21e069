using System.Buffers;

namespace SiteGen.Search;

/// <summary>
/// A page's text for search as <see cref="SearchText"/> collected it: the sections' headings and texts one after the
/// other in one buffer (whitespace as it came, a space where a block element separates words), reused for the next
/// page the same thread extracts.
/// </summary>
public sealed class PageText
{
    /// <summary>The characters <see cref="char.IsWhiteSpace(char)"/> accepts.</summary>
    private const string WhitespaceChars =
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    private static readonly SearchValues<char> Whitespace = SearchValues.Create(WhitespaceChars);

    private readonly List<(string Anchor, int HeadingStart, int HeadingLength, int TextStart, int TextLength)> _sections = [];
    private char[] _buffer = new char[16 * 1024];
    private int _length;
    private int _regionStart;
    private string _anchor = "";
    private int _headingStart;
    private int _headingLength;
    private int _h1Start;

    public string Title { get; private set; } = "";

    /// <summary>How many sections are complete.</summary>
    public int Sections => _sections.Count;

    public string Anchor(int section) => _sections[section].Anchor;

    /// <summary>The section's heading; section 0's is the page's title.</summary>
    public ReadOnlySpan<char> Heading(int section) =>
        section == 0 ? Title : _buffer.AsSpan(_sections[section].HeadingStart, _sections[section].HeadingLength);

    public ReadOnlySpan<char> Text(int section) => _buffer.AsSpan(_sections[section].TextStart, _sections[section].TextLength);

    /// <summary>The sections as records (tests; the build reads the spans).</summary>
    public IReadOnlyList<SearchSection> ToSections() =>
        [.. Enumerable.Range(0, Sections).Select(i => new SearchSection(Anchor(i), Collapsed(Heading(i)), Collapsed(Text(i))))];

    internal void Start(string title)
    {
        Title = title;
        _sections.Clear();
        (_length, _regionStart, _anchor, _headingStart, _headingLength) = (0, 0, "", 0, 0);
    }

    /// <summary>Block elements separate words; inline ones do not.</summary>
    internal void Separate()
    {
        if (_length > _regionStart && _buffer[_length - 1] != ' ')
        {
            Append(" ");
        }
    }

    /// <summary>Copies the text as it is: whitespace is a separator for the tokenizer and is collapsed only when a
    /// section is asked for as a record (<see cref="ToSections"/>).</summary>
    internal void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + text.Length));
        }
        text.CopyTo(_buffer.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Ends the current section's text and starts collecting the heading of the next one.</summary>
    internal void StartHeading(string anchor)
    {
        EndSection();
        _anchor = anchor;
        _headingStart = _length;
        _regionStart = _length;
    }

    internal void EndHeading()
    {
        _headingLength = _length - _headingStart;
        _regionStart = _length;
    }

    internal void EndSection() =>
        _sections.Add((_anchor, _headingStart, _headingLength, _regionStart, _length - _regionStart));

    /// <summary>Starts collecting an h1, after the text so far.</summary>
    internal void StartH1()
    {
        Separate();
        _h1Start = _length;
    }

    /// <summary>Keeps the h1's text as section text unless it repeats the title (the title field has it).</summary>
    internal void EndH1()
    {
        if (SameWords(_buffer.AsSpan(_h1Start, _length - _h1Start), Title))
        {
            _length = _h1Start;
            return;
        }
        Separate();
    }

    /// <summary>Whether the two texts hold the same words with any whitespace between them.</summary>
    private static bool SameWords(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = TrimStart(a);
        b = TrimStart(b);
        while (true)
        {
            var endA = a.IndexOfAny(Whitespace);
            var endB = b.IndexOfAny(Whitespace);
            var wordA = endA < 0 ? a : a[..endA];
            var wordB = endB < 0 ? b : b[..endB];
            if (!wordA.SequenceEqual(wordB))
            {
                return false;
            }
            a = endA < 0 ? [] : TrimStart(a[endA..]);
            b = endB < 0 ? [] : TrimStart(b[endB..]);
            if (a.IsEmpty || b.IsEmpty)
            {
                return a.IsEmpty && b.IsEmpty;
            }
        }
    }

    private static ReadOnlySpan<char> TrimStart(ReadOnlySpan<char> text) =>
        text.IndexOfAnyExcept(Whitespace) is var start and >= 0 ? text[start..] : [];

    /// <summary>Whitespace runs as one space, none at the ends.</summary>
    private static string Collapsed(ReadOnlySpan<char> text) =>
        string.Join(' ', text.ToString().Split(WhitespaceChars.ToCharArray(), StringSplitOptions.RemoveEmptyEntries));
}
