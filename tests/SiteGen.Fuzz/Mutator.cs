using System.Text;

namespace SiteGen.Fuzz;

/// <summary>Byte and line mutations of corpus inputs, with tokens that matter to YAML, Markdown and HTML.</summary>
public sealed class Mutator(Random random)
{
    private static readonly byte[][] Tokens = [.. new[]
    {
        "---\n", "...\n", "[", "]", "{", "}", ": ", "- ", "? ", "&a ", "*a", "!!str ", "|\n", ">\n", "\"", "'", "#", "\t", "\n", "\r", "\r\n",
        "\0", "\uFEFF", "\u202E", "e\u0301", "😀", "\\u0000", "\\", "*", "**", "_", "`", "```\n", "~~~\n", "> ", "1. ", "* [ ] ", "| a | b |\n|---|---|\n",
        "[x](y.md#z)", "![i](/a.png)", "<https://x>", "<!--", "-->", "<a href=\"", "\" id=\"", "<script>", "</script>", "&amp;", "&#0;", "&#x10FFFF;",
        "{#id}", "{.c}", "## h\n", "<", ">", "=\"", "%2e%2e/", "../", "//", "?q#f", "title: ", "tags: [", "params:\n  ", "url: /", "slug: ",
    }.Select(Encoding.UTF8.GetBytes)];

    public byte[] Mutate(byte[] input, IReadOnlyList<byte[]> corpus)
    {
        var data = new List<byte>(input);
        var count = 1 + random.Next(random.Next(1, 9));
        for (var i = 0; i < count; i++)
        {
            Apply(data, corpus);
        }
        return [.. data.Take(1 << 20)];
    }

    private void Apply(List<byte> data, IReadOnlyList<byte[]> corpus)
    {
        var at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (random.Next(12))
        {
            case 0 when data.Count > 0:
                data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8));
                break;
            case 1:
                data.Insert(at, (byte)random.Next(256));
                break;
            case 2 when data.Count > 0:
                var length = Math.Min(random.Next(1, 64), data.Count - Math.Min(at, data.Count - 1));
                data.RemoveRange(Math.Min(at, data.Count - 1), Math.Max(1, length));
                break;
            case 3 or 4:
                data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 5:
                // Repeat a token many times: nesting and long runs.
                var token = Tokens[random.Next(Tokens.Length)];
                var times = random.Next(4) == 0 ? random.Next(100, 5_000) : random.Next(2, 50);
                data.InsertRange(at, Enumerable.Repeat(token, times).SelectMany(t => t));
                break;
            case 6 when data.Count > 0:
                var start = random.Next(data.Count);
                var size = Math.Min(random.Next(1, 256), data.Count - start);
                data.InsertRange(at, data.GetRange(start, size));
                break;
            case 7 or 8:
                MutateLines(data);
                break;
            case 9 when corpus.Count > 0:
                // Splice: a piece of another input.
                var other = corpus[random.Next(corpus.Count)];
                if (other.Length > 0)
                {
                    var from = random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(random.Next(1, 512), other.Length - from)).ToArray());
                }
                break;
            case 10 when data.Count > 0:
                // An interesting number or character where a digit was.
                var digit = data.FindIndex(Math.Min(at, data.Count - 1), b => b is >= (byte)'0' and <= (byte)'9');
                if (digit >= 0)
                {
                    data.RemoveAt(digit);
                    data.InsertRange(digit, Encoding.UTF8.GetBytes(new[] { "-1", "0", "99999999999999999999", "1e308", "NaN", "2024-02-30", "" }[random.Next(7)]));
                }
                break;
            default:
                data.InsertRange(at, Encoding.UTF8.GetBytes(((char)random.Next(0x20, 0x2FFF)).ToString()));
                break;
        }
    }

    private void MutateLines(List<byte> data)
    {
        var lines = Encoding.UTF8.GetString([.. data]).Split('\n').ToList();
        if (lines.Count == 0)
        {
            return;
        }
        var i = random.Next(lines.Count);
        switch (random.Next(5))
        {
            case 0:
                lines.Insert(i, lines[random.Next(lines.Count)]);
                break;
            case 1:
                lines.RemoveAt(i);
                break;
            case 2:
                var j = random.Next(lines.Count);
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
            case 3:
                // Nest the line: quotes, list items, indentation, brackets.
                var prefix = new[] { "> ", "  ", "- ", "    - ", "[", "{a: ", "\t" }[random.Next(7)];
                lines[i] = string.Concat(Enumerable.Repeat(prefix, random.Next(1, random.Next(2) == 0 ? 10 : 300))) + lines[i];
                break;
            default:
                lines.InsertRange(i, Enumerable.Repeat(lines[i], random.Next(2, 200)));
                break;
        }
        data.Clear();
        data.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }
}
