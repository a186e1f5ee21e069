using SiteGen.Markdown;

namespace SiteGen.Tests.Markdown;

public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \n\t ", 0)]
    [InlineData("one", 1)]
    [InlineData("  two words  ", 2)]
    [InlineData("a\u00A0b\u2003c\u3000d\u0085e", 5)]
    [InlineData("thirty-two characters, of text; across the sixteen-character blocks", 8)]
    public void Counts_runs_of_non_white_space(string text, int words) => Assert.Equal(words, WordCount.Of(text));

    [Fact]
    public void Agrees_with_a_character_by_character_count_on_random_text()
    {
        var random = new Random(7);
        const string Spaces = " \t\n\r\v\f\u0085\u00A0\u1680\u2000\u2028\u202F\u3000\u001F\u200B";
        for (var n = 0; n < 5000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 100)).Select(_ => random.Next(4) switch
            {
                0 => ' ',
                1 => (char)random.Next(0, 0x3001),
                2 => Spaces[random.Next(Spaces.Length)],
                _ => 'a',
            })]);
            Assert.Equal(Reference(text), WordCount.Of(text));
        }
    }

    private static int Reference(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }
        return count;
    }
}
