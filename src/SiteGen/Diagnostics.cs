namespace SiteGen;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found by the build, with the position it was found at (1-based; 0 when unknown).</summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, int Column, string Message)
{
    public static Diagnostic Error(string file, int line, int column, string message) =>
        new(Severity.Error, file, line, column, message);

    public static Diagnostic Warning(string file, int line, int column, string message) =>
        new(Severity.Warning, file, line, column, message);

    /// <param name="kind">one of <see cref="WarningKinds"/>: what groups and silences this warning.</param>
    public static Diagnostic Warning(string kind, string file, int line, int column, string message) =>
        new(Severity.Warning, file, line, column, message) { Kind = kind };

    /// <summary>The warning's kind (<see cref="WarningKinds"/>), printed after its message; errors are never grouped.</summary>
    public string Kind { get; init; } = WarningKinds.General;

    public string Location => Line > 0 ? $"{File}:{Line}:{Math.Max(Column, 1)}" : File;

    public override string ToString() =>
        Severity == Severity.Error ? $"{Location}: error: {Message}" : $"{Location}: warning: {Message} [{Kind}]";
}

/// <summary>
/// Collects diagnostics of one stage or one page. Not thread-safe on purpose: every parallel
/// worker fills its own bag and the orchestrator merges them in a fixed order.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(string file, int line, int column, string message) =>
        _items.Add(Diagnostic.Error(file, line, column, message));

    public void Warning(string file, int line, int column, string message) =>
        _items.Add(Diagnostic.Warning(file, line, column, message));

    public void Warning(string kind, string file, int line, int column, string message) =>
        _items.Add(Diagnostic.Warning(kind, file, line, column, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
}
