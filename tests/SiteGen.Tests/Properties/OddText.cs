using System.Text;

namespace SiteGen.Tests.Properties;

/// <summary>Words and the odd text real files hold: combining marks, right-to-left runs, surrogate pairs, NUL, BOMs,
/// control characters, and the line endings of other systems.</summary>
public static class OddText
{
    private static readonly string[] Words =
        ["alpha", "beta", "Backend", "guide", "data", "page", "skills", "x", "a-b", "top", "index", "Ünïcödé", "naïve", "日本語",
         "Ελληνικά", "emoji😀", "Ω", "ﬁ", "İstanbul", "straße", "10", "-", "_", "v1.2", "C#", "node.js", "a&b", "<b>", "\"q\"", "'s"];

    private static readonly string[] Odd =
    [
        "e\u0301", "a\u0300\u0301\u0302\u0303\u0304", "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u202Eevil\u202C",
        "\u200F", "\u200D", "\u200B", "\uFEFF", "\u0000", "\u0001", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029",
        "😀", "👩‍👩‍👧", "🏳️‍🌈", "𝕏", "𐐷", "\uD83D\uDE00\uD83D\uDE00", "\uFFFD", "\uFFFE", "\u00A0", "\u3000", "\t", "\\", "\\n",
        "%20", "%", "#", "?", "+", "&amp;", "&#0;", "&#x110000;", "<!--", "-->", "<script>", "{{ x }}", "{% y %}", "`", "~~~", "$",
        "..", "../", "/", ":", "://", "javascript:", "\u0130", "\u0131", "\u00DF", "\u1E9E", "K", "\u212A",
    ];

    public static string Word(Draw draw) => draw.Chance(0.15) ? draw.Pick(Odd) is var odd && (draw.Messy || !EatsThePage.Contains(odd)) ? odd : "x" : draw.Pick(Words);

    /// <summary>Raw HTML that swallows the rest of a page (as in a browser), taking its headings' ids with it: a site
    /// without mistakes leaves these out.</summary>
    private static readonly string[] EatsThePage = ["<script>", "<!--"];

    /// <summary>A few words, now and then with odd characters in them.</summary>
    public static string Phrase(Draw draw, int max = 6)
    {
        var count = draw.Between(1, max);
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(draw.Chance(0.9) ? " " : draw.Pick("", "  ", "\t", "\u00A0"));
            }
            builder.Append(Word(draw));
        }
        return builder.ToString();
    }

    /// <summary>A very long line (up to ~200 KB), to find work that grows faster than the input.</summary>
    public static string HugeLine(Draw draw)
    {
        // Runs of emphasis or brackets pass Markdig's depth limit, nested or not (10,000 flat `*a* ` throw): issue 10 case 5.
        var unit = KnownFailures.Case5MarkdownDepth && draw.Chance(0.2)
            ? draw.Pick("*a* ", "*a ", "[", "**a ", "> ", "- ")
            : draw.Mistake(0.2) ? "[x](y) " : draw.Pick("word ", "[x](/) ", "a", "😀", "e\u0301", "| ", "<", "&", "`", "\\", "_", "(", "]");
        return string.Concat(Enumerable.Repeat(unit, draw.Pick(1_000, 10_000, 40_000)));
    }

    /// <summary>The text with its \n line endings changed to the chosen style (most files keep \n).</summary>
    public static string LineEndings(Draw draw, string text) => draw.Weighted(
        (10, "\n"), (3, "\r\n"), (1, "\r"), (1, "mixed")) switch
    {
        "\n" => text,
        "mixed" => string.Concat(text.Split('\n').Select((line, i) => i == 0 ? line : (i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r") + line)),
        var ending => text.Replace("\n", ending, StringComparison.Ordinal),
    };

    /// <summary>The file's bytes: UTF-8, now and then with a BOM, invalid bytes or a NUL byte.</summary>
    public static byte[] Encode(Draw draw, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return draw.Weighted((30, "plain"), (3, "bom"), (draw.Messy ? 1 : 0, "invalid"), (draw.Messy ? 1 : 0, "truncated")) switch
        {
            "bom" => [0xEF, 0xBB, 0xBF, .. bytes],
            "invalid" when bytes.Length > 0 => Insert(bytes, draw.Int(bytes.Length), draw.Pick<byte[]>([0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF])),
            "truncated" when bytes.Length > 1 => bytes[..draw.Int(bytes.Length)],
            _ => bytes,
        };
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] insert) => [.. bytes[..at], .. insert, .. bytes[at..]];
}
