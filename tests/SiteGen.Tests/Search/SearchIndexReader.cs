using System.Text.Json;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>A search result as the box shows it: the page, the section to link to, and the link.</summary>
public sealed record SearchHit(int Page, string Url, string Title, string Anchor, string Heading, double Score)
{
    public string Link => Anchor.Length == 0 ? Url : Url + "#" + Anchor;
}

/// <summary>
/// Queries a built index as search.js does (README "Search"), reading files through <paramref name="read"/> (a path
/// from the output root, such as <c>search-index/meta.json</c> or <c>docs/a/index.html</c> -> its bytes, or null when
/// absent), so it works on a built output folder and on serve's files in memory. It is the executable definition of
/// format v3: each file must parse, every chunk range must hold its words in order, a query reads only the chunks its
/// tokens need, the URL files list every page (32 a file) with a URL under <paramref name="basePath"/> whose HTML
/// exists, and a hit's anchor and heading come from the sections of that HTML (<see cref="PageSections"/>).
/// </summary>
public sealed class SearchIndexReader(Func<string, byte[]?> read, string basePath = "/")
{
    private readonly Dictionary<int, Dictionary<string, int[]>> _chunks = [];
    private (int Pages, int Results, int Per, (string First, string Last)[] Chunks)? _meta;
    private List<(string Url, string Title)>? _pages;

    /// <summary>The chunk files the queries so far downloaded.</summary>
    public IReadOnlyCollection<int> ChunksRead => _chunks.Keys;

    public static SearchIndexReader ForFolder(string output, string basePath = "/") => new(path =>
    {
        var file = Path.Combine(output, path);
        return File.Exists(file) ? File.ReadAllBytes(file) : null;
    }, basePath);

    public (int Pages, int Results, int Per, (string First, string Last)[] Chunks) Meta => _meta ??= ReadMeta();

    private (int, int, int, (string, string)[]) ReadMeta()
    {
        using var json = Parse(SearchIndex.Folder + "meta.json");
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("v").GetInt32());
        Assert.Equal(SearchIndex.PagesPerUrlFile, root.GetProperty("per").GetInt32());
        var chunks = root.GetProperty("chunks").EnumerateArray().Select(c => (c[0].GetString()!, c[1].GetString()!)).ToArray();
        for (var i = 0; i < chunks.Length; i++)
        {
            Assert.True(string.CompareOrdinal(chunks[i].Item1, chunks[i].Item2) <= 0, $"chunk {i} range is reversed");
            Assert.True(i == 0 || string.CompareOrdinal(chunks[i - 1].Item2, chunks[i].Item1) < 0, $"chunk {i} overlaps chunk {i - 1}");
        }
        return (root.GetProperty("pages").GetInt32(), root.GetProperty("results").GetInt32(), root.GetProperty("per").GetInt32(), chunks);
    }

    /// <summary>Every page's URL (with the base path) and title, page i at i, read from all URL files and checked: each
    /// file but the last lists exactly <c>per</c> pages, in URL order, and each page's HTML exists.</summary>
    public IReadOnlyList<(string Url, string Title)> Pages => _pages ??= ReadPages();

    private List<(string Url, string Title)> ReadPages()
    {
        var pages = new List<(string Url, string Title)>();
        var files = (Meta.Pages + Meta.Per - 1) / Meta.Per;
        for (var k = 0; k < files; k++)
        {
            using var json = Parse($"{SearchIndex.Folder}u/{k}.json");
            var root = json.RootElement;
            Assert.True(root.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Array && e.GetArrayLength() == 2), $"u/{k}.json: an entry is not [url, title]");
            var entries = root.EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetString()!)).ToList();
            Assert.Equal(Math.Min(Meta.Per, Meta.Pages - k * Meta.Per), entries.Count);
            pages.AddRange(entries);
        }
        Assert.Null(read($"{SearchIndex.Folder}u/{files}.json"));
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.StartsWith(basePath, pages[i].Url, StringComparison.Ordinal);
            Assert.True(i == 0 || string.CompareOrdinal(pages[i - 1].Url, pages[i].Url) < 0, $"page {i} ({pages[i].Url}) is out of URL order");
            Assert.True(read(FileOf(pages[i].Url)) is not null, $"page {i}: {pages[i].Url} has no HTML file {FileOf(pages[i].Url)}");
        }
        return pages;
    }

    /// <summary>The output file of a page URL: <c>/base/docs/a/</c> -> <c>docs/a/index.html</c>.</summary>
    public string FileOf(string url)
    {
        var path = Uri.UnescapeDataString(url[basePath.Length..]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>A page as a result shows it: URL, title and the sections of its HTML.</summary>
    public (string Url, string Title, IReadOnlyList<PageSection> Sections) Page(int page)
    {
        var (url, title) = Pages[page];
        var html = read(FileOf(url)) ?? throw new Xunit.Sdk.XunitException($"{FileOf(url)} is missing");
        return (url, title, PageSections.Of(System.Text.Encoding.UTF8.GetString(html), title));
    }

    /// <summary>The number of the page at <paramref name="url"/> (with the base path).</summary>
    public int NumberOf(string url)
    {
        var number = Pages.Select(p => p.Url).ToList().IndexOf(url);
        Assert.True(number >= 0, $"{url} is not in the index");
        return number;
    }

    /// <summary>The results for <paramref name="query"/>, best first, at most meta's <c>results</c>.</summary>
    public List<SearchHit> Search(string query, int? limit = null)
    {
        var tokens = SearchTokenizer.Tokens(query).Distinct(StringComparer.Ordinal).ToList();
        if (tokens.Count == 0)
        {
            return [];
        }
        // Per token: page -> section -> best score of the token there.
        var perToken = new List<Dictionary<int, Dictionary<int, double>>>();
        foreach (var token in tokens)
        {
            var found = new Dictionary<int, Dictionary<int, double>>();
            for (var c = 0; c < Meta.Chunks.Length; c++)
            {
                var (first, last) = Meta.Chunks[c];
                if (string.CompareOrdinal(first, token + '\uffff') > 0 || string.CompareOrdinal(last, token) < 0)
                {
                    continue;
                }
                foreach (var (word, postings) in Chunk(c))
                {
                    if (!word.StartsWith(token, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    var factor = word.Length == token.Length ? 1.0 : 0.7;
                    for (var i = 0; i < postings.Length; i += 3)
                    {
                        var sections = found.TryGetValue(postings[i], out var known) ? known : found[postings[i]] = [];
                        var score = postings[i + 2] * factor;
                        sections[postings[i + 1]] = Math.Max(score, sections.GetValueOrDefault(postings[i + 1]));
                    }
                }
            }
            perToken.Add(found);
        }
        var pages = perToken[0].Keys.Where(p => perToken.All(t => t.ContainsKey(p)));
        var ranked = pages.Select(page =>
        {
            var score = perToken.Sum(t => t[page].Values.Max());
            var sectionScores = new Dictionary<int, double>();
            foreach (var token in perToken)
            {
                foreach (var (section, value) in token[page])
                {
                    sectionScores[section] = sectionScores.GetValueOrDefault(section) + value;
                }
            }
            var best = sectionScores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).First().Key;
            return (Page: page, Score: score, Section: best);
        }).OrderByDescending(r => r.Score).ThenBy(r => r.Page).Take(limit ?? Meta.Results);
        return [.. ranked.Select(r => Hit(r.Page, r.Section, r.Score))];
    }

    private SearchHit Hit(int page, int section, double score)
    {
        var (url, title, sections) = Page(page);
        Assert.True(section < sections.Count, $"page {page} ({url}) has no section {section}");
        var s = sections[section];
        return new SearchHit(page, url, title, s.Anchor, s.Heading, score);
    }

    /// <summary>The postings of exactly <paramref name="word"/> as (page, section, score) triples, pages decoded.</summary>
    public int[] PostingsOf(string word)
    {
        for (var c = 0; c < Meta.Chunks.Length; c++)
        {
            if (Chunk(c).TryGetValue(word, out var postings))
            {
                return postings;
            }
        }
        return [];
    }

    /// <summary>Every word of every chunk (for checks over the whole index).</summary>
    public IEnumerable<string> AllWords() => Enumerable.Range(0, Meta.Chunks.Length).SelectMany(c => Chunk(c).Keys);

    private Dictionary<string, int[]> Chunk(int c)
    {
        if (_chunks.TryGetValue(c, out var known))
        {
            return known;
        }
        using var json = Parse($"{SearchIndex.Folder}w/{c}.json");
        var words = new Dictionary<string, int[]>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var property in json.RootElement.EnumerateObject())
        {
            Assert.True(previous is null || string.CompareOrdinal(previous, property.Name) < 0, $"w/{c}.json: words out of order at '{property.Name}'");
            Assert.InRange(string.CompareOrdinal(property.Name, Meta.Chunks[c].First), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(property.Name, Meta.Chunks[c].Last), int.MinValue, 0);
            var postings = property.Value.EnumerateArray().Select(v => v.GetInt32()).ToArray();
            Assert.True(postings.Length > 0 && postings.Length % 3 == 0, $"w/{c}.json: '{property.Name}' postings are not triples");
            Assert.InRange(postings.Length / 3, 1, SearchIndex.MaxPostings);
            for (var i = 0; i < postings.Length; i += 3)
            {
                // Each page is written as the difference from the previous triple's page: undo that.
                Assert.True(postings[i] >= 0, $"'{property.Name}': negative page difference");
                postings[i] += i == 0 ? 0 : postings[i - 3];
                Assert.InRange(postings[i], 0, Meta.Pages - 1);
                Assert.True(postings[i + 2] > 0, "scores are positive");
                Assert.True(i == 0 || (postings[i - 3], postings[i - 2]).CompareTo((postings[i], postings[i + 1])) < 0, $"'{property.Name}' postings not sorted by page, section");
            }
            words[property.Name] = postings;
            previous = property.Name;
        }
        return _chunks[c] = words;
    }

    private JsonDocument Parse(string path)
    {
        var bytes = read(path) ?? throw new Xunit.Sdk.XunitException($"{path} is missing");
        Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), $"{path} starts with a BOM");
        return JsonDocument.Parse(bytes);
    }
}
