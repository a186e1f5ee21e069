namespace SiteGen.Yaml;

/// <summary>Builds the "unknown key" message with the closest known key as a suggestion.</summary>
public static class KeySuggestion
{
    public static string UnknownKey(string what, string key, IReadOnlyCollection<string> known)
    {
        var closest = Closest(key, known);
        var hint = closest is null ? "" : $"did you mean '{closest}'? ";
        return $"unknown {what} key '{key}'; {hint}known keys: {string.Join(", ", known)}";
    }

    /// <summary>The known name nearest to a misspelt one (at most a third of its letters off), or null.</summary>
    public static string? Closest(string key, IEnumerable<string> known) =>
        known
            .Select(k => (Key: k, Distance: Distance(k, key)))
            .Where(x => x.Distance <= Math.Max(2, key.Length / 3))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => x.Key)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
