using System.Runtime.InteropServices;
using SiteGen.Content;

namespace SiteGen.Search;

/// <summary>
/// One page's share of the search index, made in the rendering worker right after the page is rendered (and kept with
/// the rendered page in serve's cache, so an edit re-tokenises only the pages it re-rendered): the page's words with a
/// weighted count per section, each section's length in words, and its fragment file (<c>p/&lt;page&gt;.json</c>), which
/// does not depend on the page's number in the index.
/// </summary>
/// <param name="Words">the page's distinct words.</param>
/// <param name="Entries">triples (index into <paramref name="Words"/>, section, weighted count): title words count 3
/// (in section 0), a section's heading words 2, body words 1. A word's triples are in section order.</param>
/// <param name="SectionLengths">words in each section (its heading and text; the title counts in section 0).</param>
public sealed record PageSearchEntry(string Path, byte[] Fragment, string[] Words, int[] Entries, int[] SectionLengths)
{
    public const int TitleWeight = 3;
    public const int HeadingWeight = 2;
    public const int BodyWeight = 1;

    /// <summary>The excerpt text kept per section in the fragment file.</summary>
    public const int MaxExcerptChars = 1000;

    /// <param name="url">the page's URL with the site's base path, as the fragment file gives it.</param>
    public static PageSearchEntry Make(Page page, string url, IReadOnlyList<SearchSection> sections)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var lastSection = new List<int>();
        var lastEntry = new List<int>();
        var entries = new List<int>();
        var lengths = new int[sections.Count];
        var section = 0;
        var weight = 0;
        void Add(ReadOnlySpan<char> word)
        {
            lengths[section]++;
            ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(lookup, word, out var known);
            if (!known)
            {
                index = lastSection.Count;
                lastSection.Add(-1);
                lastEntry.Add(-1);
            }
            if (lastSection[index] == section)
            {
                entries[lastEntry[index] + 2] += weight;
                return;
            }
            lastSection[index] = section;
            lastEntry[index] = entries.Count;
            entries.Add(index);
            entries.Add(section);
            entries.Add(weight);
        }
        weight = TitleWeight;
        SearchTokenizer.Tokenize(page.Title, Add);
        for (section = 0; section < sections.Count; section++)
        {
            if (section > 0)
            {
                weight = HeadingWeight;
                SearchTokenizer.Tokenize(sections[section].Heading, Add);
            }
            weight = BodyWeight;
            SearchTokenizer.Tokenize(sections[section].Text, Add);
        }
        var wordList = new string[words.Count];
        foreach (var (word, index) in words)
        {
            wordList[index] = word;
        }
        return new PageSearchEntry(page.Path, FragmentJson(url, page.Title, sections), wordList, [.. entries], lengths);
    }

    /// <summary><c>{"url":"/guide/a/","title":"A","s":[["","A","text…"],["anchor","Heading","text…"]]}</c></summary>
    private static byte[] FragmentJson(string url, string title, IReadOnlyList<SearchSection> sections)
    {
        var json = new SearchJson();
        json.Raw("{\"url\":").String(url).Raw(",\"title\":").String(title).Raw(",\"s\":[");
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            json.Raw(i == 0 ? "[" : ",[").String(section.Anchor).Raw(',').String(section.Heading).Raw(',')
                .String(Excerpt(section.Text)).Raw(']');
        }
        return json.Raw("]}").ToArray();
    }

    /// <summary>The text cut at <see cref="MaxExcerptChars"/>, at the last space before it when there is one, never
    /// inside a surrogate pair.</summary>
    public static ReadOnlySpan<char> Excerpt(string text)
    {
        if (text.Length <= MaxExcerptChars)
        {
            return text;
        }
        var cut = text.AsSpan(0, MaxExcerptChars + 1).LastIndexOf(' ');
        if (cut <= 0)
        {
            cut = char.IsHighSurrogate(text[MaxExcerptChars - 1]) ? MaxExcerptChars - 1 : MaxExcerptChars;
        }
        return text.AsSpan(0, cut);
    }
}
