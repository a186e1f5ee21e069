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
        this["format"] = new FormatFunction(date.Value, culture);
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

    /// <summary>
    /// <c>date.format "PATTERN"</c>, made for every date of every page (10,000 pages with a date, an update and a git
    /// date are 30,000): a plain function object, where importing a delegate made Scriban inspect its method by
    /// reflection each time (a fifth of the template stage's model building).
    /// </summary>
    private sealed class FormatFunction(DateTimeOffset value, CultureInfo culture) : IScriptCustomFunction
    {
        private static readonly ScriptParameterInfo Pattern = new(typeof(string), "pattern");

        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(string);

        public ScriptParameterInfo GetParameterInfo(int index) => Pattern;

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? default;
            if (arguments.Count != 1)
            {
                throw new ScriptRuntimeException(span, $"format takes one pattern, like date.format \"%d %B %Y\" (given {arguments.Count} arguments)");
            }
            return Format(value, context.ObjectToString(arguments[0]) ?? "", culture, span);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
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
