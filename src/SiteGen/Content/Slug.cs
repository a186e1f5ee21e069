using System.Globalization;
using System.Text;

namespace SiteGen.Content;

/// <summary>URL slugs: lowercase letters and digits joined by dashes; accents are dropped, other scripts kept.</summary>
public static class Slug
{
    public static string Make(string text)
    {
        var decomposed = Decompose(text);
        var builder = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }
                pendingDash = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c != '\'' && c != '\u2019')
            {
                pendingDash = true;
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The text in compatibility decomposition. string.Normalize throws on some text that YAML lets through (the
    /// noncharacter U+FFFE, unpaired surrogates); then only what a slug keeps (letters, digits, marks) is normalized.
    /// Found by the property tests: a term like "\uFFFE" crashed the build.
    /// </summary>
    private static string Decompose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            var kept = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    kept.Append(text, i++, 2);
                }
                else
                {
                    kept.Append(char.IsLetterOrDigit(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark ? text[i] : ' ');
                }
            }
            return kept.ToString().Normalize(NormalizationForm.FormKD);
        }
    }
}
