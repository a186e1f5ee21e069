using System.Globalization;
using System.Text;

namespace SiteGen.Content;

/// <summary>URL slugs: lowercase letters and digits joined by dashes; accents are dropped, other scripts kept.</summary>
public static class Slug
{
    public static string Make(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
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
}
