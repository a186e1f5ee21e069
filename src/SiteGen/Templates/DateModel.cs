using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>
/// What templates see of a page's date: printed as it is, the ISO text (2024-05-01, or 2017-02-16T09:29:00+01:00);
/// its parts (year, month, day, hour, minute, second, offset, has_time), unix seconds for comparing, and
/// <c>format</c> for display: <c>page.date.format "%d %B %Y"</c>, month and day names in the site's language.
/// </summary>
public sealed class DateModel : ScriptObject
{
    private const string Codes = "%Y %y %m %d %e %H %I %M %S %p %b %B %a %A %j %z %Z %F %T %%";

    private readonly PageDate _date;

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TemplateFunctions.DelegateImport)]
    private DateModel(PageDate date, CultureInfo culture)
        : base(11, autoImportStaticsFromThisType: false)
    {
        _date = date;
        var clock = date.Value;
        this["year"] = clock.Year;
        this["month"] = clock.Month;
        this["day"] = clock.Day;
        this["hour"] = clock.Hour;
        this["minute"] = clock.Minute;
        this["second"] = clock.Second;
        this["has_time"] = date.HasTime;
        this["offset"] = date.Offset;
        this["iso"] = date.Iso;
        this["unix"] = date.Value.ToUnixTimeSeconds();
        this.Import("format", new Func<TemplateContext, SourceSpan, string, string>((_, span, pattern) => Format(date.Value, pattern, culture, span)));
    }

    /// <returns>The model of <paramref name="date"/>, or null for a page without one.</returns>
    public static DateModel? For(PageDate? date, string language) => date is null ? null : new DateModel(date, CultureOf(language));

    public string Iso => _date.Iso;

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return string.IsNullOrEmpty(language) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>strftime-style codes: "%d %B %Y" gives "16 February 2017".</summary>
    public static string Format(DateTimeOffset value, string pattern, CultureInfo culture, SourceSpan span)
    {
        var names = culture.DateTimeFormat;
        var builder = new StringBuilder(pattern.Length + 16);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '%')
            {
                builder.Append(pattern[i]);
                continue;
            }
            if (++i >= pattern.Length)
            {
                throw new ScriptRuntimeException(span, $"format: the pattern '{pattern}' ends with a lone '%'; write %% for a percent sign");
            }
            var offset = value.Offset.Duration();
            var sign = value.Offset < TimeSpan.Zero ? "-" : "+";
            builder.Append(pattern[i] switch
            {
                'Y' => value.Year.ToString("0000", CultureInfo.InvariantCulture),
                'y' => (value.Year % 100).ToString("00", CultureInfo.InvariantCulture),
                'm' => value.Month.ToString("00", CultureInfo.InvariantCulture),
                'd' => value.Day.ToString("00", CultureInfo.InvariantCulture),
                'e' => value.Day.ToString(CultureInfo.InvariantCulture),
                'H' => value.Hour.ToString("00", CultureInfo.InvariantCulture),
                'I' => ((value.Hour + 11) % 12 + 1).ToString("00", CultureInfo.InvariantCulture),
                'M' => value.Minute.ToString("00", CultureInfo.InvariantCulture),
                'S' => value.Second.ToString("00", CultureInfo.InvariantCulture),
                'p' => value.Hour < 12 ? "AM" : "PM",
                'b' => names.GetAbbreviatedMonthName(value.Month),
                'B' => names.GetMonthName(value.Month),
                'a' => names.GetAbbreviatedDayName(value.DayOfWeek),
                'A' => names.GetDayName(value.DayOfWeek),
                'j' => value.DayOfYear.ToString("000", CultureInfo.InvariantCulture),
                'z' => sign + offset.ToString("hhmm", CultureInfo.InvariantCulture),
                'Z' => offset == TimeSpan.Zero ? "Z" : sign + offset.ToString("hh\\:mm", CultureInfo.InvariantCulture),
                'F' => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                'T' => value.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                '%' => "%",
                _ => throw new ScriptRuntimeException(span, $"format: unknown code '%{pattern[i]}' in '{pattern}'; the codes are {Codes}"),
            });
        }
        return builder.ToString();
    }
}
