using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Content;

/// <summary>
/// A page's `date:` or `updated:`: a day (2024-05-01), or a day and a time with its UTC offset as the author wrote
/// it. Accepts RFC 3339 (2017-02-16T09:29:00Z, 2017-02-16T09:29:00.5+01:00, what Hugo, Zola and Jekyll write) and YAML
/// timestamps (2017-02-16 09:29:00 +01:00, a space before the offset, one-digit month, day or hour when a time follows,
/// an offset of hours only or +0100); a time without an offset is UTC, as YAML says. Seconds may be left out (09:29).
/// </summary>
/// <param name="Value">the day at midnight UTC, or the time with the offset it was written with.</param>
public sealed partial record PageDate(DateTimeOffset Value, bool HasTime)
{
    /// <summary>The moment, for ordering: a day counts as its midnight UTC.</summary>
    public DateTime Utc => Value.UtcDateTime;

    /// <summary>2024-05-01 for a day, 2017-02-16T09:29:00+01:00 (Z for UTC, fractions of a second when written) with a time:
    /// RFC 3339 and the W3C date format of sitemaps.</summary>
    public string Iso => HasTime
        ? Value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Fraction() + Offset
        : Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"Z" for UTC, else "+02:00"; "" for a day without a time.</summary>
    public string Offset => !HasTime ? "" : Value.Offset == TimeSpan.Zero ? "Z"
        : (Value.Offset < TimeSpan.Zero ? "-" : "+") + Value.Offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);

    public override string ToString() => Iso;

    private string Fraction()
    {
        var ticks = Value.Ticks % TimeSpan.TicksPerSecond;
        return ticks == 0 ? "" : "." + ticks.ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0');
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:[ \t]*(?:([Zz])|([+-])(\d{1,2})(?::?(\d{2}))?))?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <returns>The date, or null with <paramref name="problem"/> saying what is wrong with the text.</returns>
    public static PageDate? Parse(string text, out string? problem)
    {
        problem = null;
        var match = Pattern().Match(text.Trim());
        // A day alone is written in full (YAML's rule): 2024-3-5 is more likely a typo than a timestamp.
        if (!match.Success || !match.Groups[4].Success && (match.Groups[2].Length != 2 || match.Groups[3].Length != 2))
        {
            problem = "must be a date like 2024-05-01, or a date and time like 2024-05-01T09:30:00Z or 2024-05-01 09:30:00 +02:00";
            return null;
        }
        int Number(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var (year, month, day) = (Number(1), Number(2), Number(3));
        var hasTime = match.Groups[4].Success;
        var (hour, minute, second) = (Number(4), Number(5), Number(6));
        problem = month is < 1 or > 12 ? $"has month {month}; months are 1 to 12"
            : year < 1 ? "has year 0000; years start at 0001"
            : day < 1 || day > DateTime.DaysInMonth(year, month) ? $"has day {day}, but {year}-{month:00} has days 1 to {DateTime.DaysInMonth(year, month)}"
            : hour > 23 ? $"has hour {hour}; hours are 0 to 23"
            : minute > 59 ? $"has minute {minute}; minutes are 0 to 59"
            : second > 59 ? $"has second {second}; seconds are 0 to 59"
            : null;
        if (problem is not null)
        {
            return null;
        }
        var offset = TimeSpan.Zero;
        if (match.Groups[9].Success)
        {
            var (offsetHours, offsetMinutes) = (Number(10), Number(11));
            if (offsetHours > 14 || offsetMinutes > 59 || offsetHours == 14 && offsetMinutes > 0)
            {
                problem = $"has the UTC offset {match.Groups[9].Value}{offsetHours:00}:{offsetMinutes:00}; offsets are -14:00 to +14:00";
                return null;
            }
            offset = new TimeSpan(offsetHours, offsetMinutes, 0) * (match.Groups[9].Value == "-" ? -1 : 1);
        }
        var fraction = match.Groups[7].Success ? match.Groups[7].Value.PadRight(7, '0')[..7] : "0";
        var clock = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified)
            .AddTicks(long.Parse(fraction, CultureInfo.InvariantCulture));
        try
        {
            return new PageDate(new DateTimeOffset(clock, offset), hasTime);
        }
        catch (ArgumentOutOfRangeException)
        {
            // 0001-01-01T00:00:00+01:00 is before the first moment .NET can hold.
            problem = "is out of the range of dates SiteGen can hold";
            return null;
        }
    }
}
