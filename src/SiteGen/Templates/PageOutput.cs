using Scriban.Runtime;
using SiteGen.Config;

namespace SiteGen.Templates;

/// <summary>
/// The output a page is rendered into: Scriban's string builder output with a ceiling, checked on every write, so a
/// template loop that prints without end stops at the limit instead of filling memory.
/// </summary>
/// <remarks>
/// Scriban writes through <see cref="IScriptOutput"/>; naming the interface again here makes its calls land on this
/// <see cref="Write"/>. Staying a <see cref="StringBuilderOutput"/> keeps Scriban's Template.Render clearing it.
/// </remarks>
public sealed class PageOutput(int maxChars) : StringBuilderOutput, IScriptOutput
{
    /// <summary>How many times <c>max_page_mb</c> (the largest source page) a page's rendered HTML may be.</summary>
    public const int SourceMultiple = 8;

    /// <summary>Without a site configuration (tools, benchmarks): the limit for the default <c>max_page_mb</c> of 4.</summary>
    public const int DefaultMaxChars = 4 * SourceMultiple * 1024 * 1024;

    public int MaxChars => maxChars;

    public static int MaxCharsFor(SiteConfig config) =>
        (int)Math.Min(int.MaxValue / 2, (long)config.MaxPageMegabytes * SourceMultiple * 1024 * 1024);

    public new void Write(string text, int offset, int count)
    {
        if (Builder.Length + count > maxChars)
        {
            throw new PageTooLargeException(maxChars);
        }
        Builder.Append(text, offset, count);
    }

    /// <summary>After HTML was appended to <see cref="StringBuilderOutput.Builder"/> directly.</summary>
    public void CheckLimit()
    {
        if (Builder.Length > maxChars)
        {
            throw new PageTooLargeException(maxChars);
        }
    }
}

/// <summary>
/// Thrown when a page's HTML passes its limit; Scriban turns it into a runtime error at the template line that was
/// printing, which the renderer reports for the page.
/// </summary>
public sealed class PageTooLargeException(int maxChars) : Exception(
    $"the page's HTML passed the limit of {maxChars / (1024 * 1024)} MB while rendering (a loop that prints without end?); " +
    $"fix the template, or raise `max_page_mb` in site.yml (a page's HTML may be {PageOutput.SourceMultiple} times it)");
