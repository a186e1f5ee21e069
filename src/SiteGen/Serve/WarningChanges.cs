namespace SiteGen.Serve;

/// <summary>
/// What serve prints after a rebuild: the warnings that are new since the previous build and those that are gone,
/// not every warning again. A warning counts as the same when its kind, file and message are: one that only moved
/// because lines were added above it is neither new nor gone.
/// </summary>
public sealed class WarningChanges
{
    private Dictionary<(string Kind, string File, string Message), List<Diagnostic>> _previous = [];

    /// <summary>Remembers <paramref name="diagnostics"/>' warnings and returns how they differ from the last ones.</summary>
    public (IReadOnlyList<Diagnostic> New, IReadOnlyList<Diagnostic> Gone) Update(IReadOnlyList<Diagnostic> diagnostics)
    {
        var current = diagnostics.Where(d => d.Severity == Severity.Warning).GroupBy(d => (d.Kind, d.File, d.Message)).ToDictionary(g => g.Key, g => g.ToList());
        var added = new List<Diagnostic>();
        var gone = new List<Diagnostic>();
        foreach (var (key, now) in current)
        {
            var before = _previous.GetValueOrDefault(key) ?? [];
            added.AddRange(Extra(now, before));
        }
        foreach (var (key, before) in _previous)
        {
            gone.AddRange(Extra(before, current.GetValueOrDefault(key) ?? []));
        }
        _previous = current;
        return (Sorted(added), Sorted(gone));
    }

    /// <summary>The ones of <paramref name="these"/> beyond the count of <paramref name="others"/>: those at a position
    /// the others do not have first.</summary>
    private static IEnumerable<Diagnostic> Extra(List<Diagnostic> these, List<Diagnostic> others)
    {
        var extra = these.Count - others.Count;
        if (extra <= 0)
        {
            return [];
        }
        var positions = others.Select(d => (d.Line, d.Column)).ToHashSet();
        return these.OrderBy(d => positions.Contains((d.Line, d.Column))).Take(extra);
    }

    private static List<Diagnostic> Sorted(List<Diagnostic> items) =>
        [.. items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
}
