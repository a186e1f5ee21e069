using System.Buffers;
using System.Text;

namespace SiteGen.Templates;

/// <summary>
/// HTML that templates print as it is (rendered Markdown, a layout's output, or a value passed through <c>raw</c>).
/// Rendered Markdown is held as UTF-8, half the memory of a string for every page of a large site until its templates
/// run, and decoded straight into the template output when printed.
/// </summary>
public sealed class HtmlString
{
    private readonly string? _text;
    private readonly byte[]? _utf8;

    public HtmlString(string value) => _text = value;

    private HtmlString(byte[] utf8) => _utf8 = utf8;

    public static HtmlString FromUtf8(byte[] utf8) => new(utf8);

    /// <summary>The HTML as a string (decoded afresh when it is held as UTF-8).</summary>
    public string Value => _text ?? Encoding.UTF8.GetString(_utf8!);

    public void AppendTo(StringBuilder builder)
    {
        if (_text is not null)
        {
            builder.Append(_text);
            return;
        }
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(_utf8!.Length));
        try
        {
            var count = Encoding.UTF8.GetChars(_utf8, chars);
            builder.Append(chars, 0, count);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public override string ToString() => Value;
}
