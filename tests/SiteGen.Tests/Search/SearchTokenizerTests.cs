using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The C# tokenizer against tokenizer-vectors.json, the file search.js is tested against too: both sides must split
/// text into the same words or a query misses words the index holds.
/// </summary>
public sealed class SearchTokenizerTests
{
    public static string VectorsPath => Path.Combine(RepoPaths.Root, "tests", "SiteGen.Tests", "Search", "tokenizer-vectors.json");

    public static TheoryData<string, string[]> Vectors()
    {
        var data = new TheoryData<string, string[]>();
        using var json = JsonDocument.Parse(File.ReadAllBytes(VectorsPath));
        foreach (var vector in json.RootElement.EnumerateArray())
        {
            data.Add(vector.GetProperty("text").GetString()!, [.. vector.GetProperty("tokens").EnumerateArray().Select(t => t.GetString()!)]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Splits_text_as_the_shared_vectors_say(string text, string[] tokens) =>
        Assert.Equal(tokens, SearchTokenizer.Tokens(text));

    [Fact]
    public void The_vectors_cover_every_case_the_spec_names()
    {
        var texts = string.Join(" ", Vectors().Select(row => row.Data.Item1));
        foreach (var needle in new[] { "café", "Ärger", "İstanbul", "ß", "C++", "c#", "node.js", "백엔드", "مطور", "后端开发", "カタカナ", "🚀", "\u0301", "\0" })
        {
            Assert.Contains(needle, texts, StringComparison.Ordinal);
        }
        Assert.Contains(Vectors(), row => row.Data.Item1.Length > SearchTokenizer.MaxWordLength);
    }
}
