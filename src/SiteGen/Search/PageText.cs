using System.Buffers;

namespace SiteGen.Search;

/// <summary>
/// A page's text for search as <see cref="SearchText"/> collected it: the sections' headings and texts one after the
/// other in one buffer, whitespace collapsed, reused for the next page the same thread extracts.
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
    private bool _space;
    private int _regionStart;
    private string _anchor = "";
    private int _headingStart;
    private int _headingLength;
    private int _h1Start;
    private int _h1RegionStart;
    private bool _h1Space;
    private string? _collapsedFor;
    private string _collapsed = "";

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
        [.. Enumerable.Range(0, Sections).Select(i => new SearchSection(Anchor(i), Heading(i).ToString(), Text(i).ToString()))];

    internal void Start(string title)
    {
        Title = title;
        _sections.Clear();
        (_length, _space, _regionStart, _anchor, _headingStart, _headingLength) = (0, false, 0, "", 0, 0);
    }

    internal void Separate() => _space = _length > _regionStart;

    internal void Append(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var space = text.IndexOfAny(Whitespace);
            if (space < 0)
            {
                Flush(text);
                return;
            }
            Flush(text[..space]);
            _space = _length > _regionStart;
            text = text[(space + 1)..];
        }
    }

    private void Flush(ReadOnlySpan<char> run)
    {
        if (run.IsEmpty)
        {
            return;
        }
        if (_length + run.Length + 1 > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + run.Length + 1));
        }
        if (_space)
        {
            _buffer[_length++] = ' ';
            _space = false;
        }
        run.CopyTo(_buffer.AsSpan(_length));
        _length += run.Length;
    }

    /// <summary>Ends the current section's text and starts collecting the heading of the next one.</summary>
    internal void StartHeading(string anchor)
    {
        EndSection();
        _anchor = anchor;
        (_headingStart, _space) = (_length, false);
        _regionStart = _length;
    }

    internal void EndHeading()
    {
        _headingLength = _length - _headingStart;
        (_regionStart, _space) = (_length, false);
    }

    internal void EndSection()
    {
        _sections.Add((_anchor, _headingStart, _headingLength, _regionStart, _length - _regionStart));
    }

    /// <summary>Starts collecting an h1, after the text so far.</summary>
    internal void StartH1()
    {
        (_h1Space, _space) = (_length > _regionStart, false);
        (_h1Start, _h1RegionStart, _regionStart) = (_length, _regionStart, _length);
    }

    /// <summary>Keeps the h1's text as section text unless it repeats the title (the title field has it).</summary>
    internal void EndH1()
    {
        var h1Length = _length - _h1Start;
        _regionStart = _h1RegionStart;
        if (_buffer.AsSpan(_h1Start, h1Length).SequenceEqual(Collapsed(Title)))
        {
            (_length, _space) = (_h1Start, _h1Space);
            return;
        }
        if (_h1Space && h1Length > 0)
        {
            // Put back the space that separated the h1 from the text before it.
            if (_length + 1 > _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
            _buffer.AsSpan(_h1Start, h1Length).CopyTo(_buffer.AsSpan(_h1Start + 1));
            _buffer[_h1Start] = ' ';
            _length++;
        }
        _space = _length > _regionStart;
    }

    private string Collapsed(string title)
    {
        if (!ReferenceEquals(title, _collapsedFor))
        {
            _collapsedFor = title;
            _collapsed = string.Join(' ', title.Split(WhitespaceChars.ToCharArray(), StringSplitOptions.RemoveEmptyEntries));
        }
        return _collapsed;
    }
}
