using AngleSharp.Dom;

namespace SiteGen.Tests.Guide;

/// <summary>Reads salary tables of built pages: rows by their label, figures in order.</summary>
public static class SalaryTables
{
    /// <summary>The rows of the tables in &lt;main&gt; whose first cell mentions <paramref name="label"/>.</summary>
    public static List<IElement> RowsLabelled(IDocument doc, string label) =>
        [.. BuiltSite.MainOf(doc).QuerySelectorAll("table tr")
            .Where(row => row.QuerySelector("th, td") is { } first
                && BuiltSite.NormaliseSpace(first.TextContent).Contains(label, StringComparison.Ordinal))];

    /// <summary>Null when <paramref name="text"/> holds every expected string in order, else what is wrong.</summary>
    public static string? MissingInOrder(string text, IEnumerable<string> expected)
    {
        var normalised = BuiltSite.NormaliseSpace(text);
        var at = 0;
        foreach (var item in expected)
        {
            var found = normalised.IndexOf(item, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return $"\"{item}\" not found (in order) in \"{normalised}\"";
            }
            at = found + item.Length;
        }
        return null;
    }

    /// <summary>Checks that some row labelled <paramref name="label"/> shows <paramref name="expected"/> in order.</summary>
    public static string? CheckRow(IDocument doc, string pagePath, string label, IReadOnlyList<string> expected)
    {
        var rows = RowsLabelled(doc, label);
        if (rows.Count == 0)
        {
            return $"{pagePath}: no table row labelled \"{label}\"";
        }
        var problems = rows.Select(row => MissingInOrder(row.TextContent, expected)).ToList();
        return problems.Any(p => p is null)
            ? null
            : $"{pagePath}: row \"{label}\" should show {string.Join(" ", expected)}: {problems[0]}";
    }
}
