namespace SiteGen.Html;

/// <summary>
/// What the last link check saw, so `serve` re-checks only what an edit can affect: the pages that were rendered
/// again, and the pages that link to an anchor on a page whose ids changed. A page added or removed, or a change in
/// the other files, checks everything again.
/// </summary>
public sealed class LinkCheckMemory
{
    private readonly Dictionary<string, (RenderedPage Page, List<Diagnostic>? Broken)> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _anchorLinkersByFile = new(StringComparer.Ordinal);
    private HashSet<string> _otherFiles = new(StringComparer.Ordinal);

    /// <returns>The indexes of the pages to check, or null to check all of them.</returns>
    public HashSet<int>? PagesToCheck(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> otherFiles)
    {
        if (_byFile.Count != pages.Count || !_otherFiles.SetEquals(otherFiles))
        {
            return null;
        }
        var indexByFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var changed = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (!_byFile.TryGetValue(pages[i].OutputFile, out var before))
            {
                return null;
            }
            if (!ReferenceEquals(before.Page, pages[i]))
            {
                changed.Add(i);
            }
        }
        var toCheck = new HashSet<int>(changed);
        foreach (var i in changed)
        {
            var file = pages[i].OutputFile;
            if (_byFile[file].Page.Scan.Ids.SetEquals(pages[i].Scan.Ids))
            {
                continue;
            }
            if (indexByFile.Count == 0)
            {
                for (var k = 0; k < pages.Count; k++)
                {
                    indexByFile[pages[k].OutputFile] = k;
                }
            }
            foreach (var key in AnchorKeys(file))
            {
                foreach (var linker in _anchorLinkersByFile.GetValueOrDefault(key) ?? [])
                {
                    toCheck.Add(indexByFile[linker]);
                }
            }
        }
        return toCheck;
    }

    public List<Diagnostic>? BrokenBefore(RenderedPage page) => _byFile[page.OutputFile].Broken;

    public void Remember(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> otherFiles, List<Diagnostic>?[] broken)
    {
        var full = _byFile.Count != pages.Count || !_otherFiles.SetEquals(otherFiles);
        if (full)
        {
            _byFile.Clear();
            _anchorLinkersByFile.Clear();
            _otherFiles = new HashSet<string>(otherFiles, StringComparer.Ordinal);
        }
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (!full && _byFile.TryGetValue(page.OutputFile, out var before) && ReferenceEquals(before.Page, page))
            {
                _byFile[page.OutputFile] = (page, broken[i]);
                continue;
            }
            _byFile[page.OutputFile] = (page, broken[i]);
            // A link that no longer exists stays listed: it only costs one needless re-check.
            foreach (var resolved in page.Scan.Resolved)
            {
                if (resolved.File is { } target && resolved.Fragment is not null)
                {
                    if (!_anchorLinkersByFile.TryGetValue(target, out var linkers))
                    {
                        _anchorLinkersByFile[target] = linkers = new HashSet<string>(StringComparer.Ordinal);
                    }
                    linkers.Add(page.OutputFile);
                }
            }
        }
    }

    public void Clear()
    {
        _byFile.Clear();
        _anchorLinkersByFile.Clear();
        _otherFiles.Clear();
    }

    /// <summary>How links name a page's file: "a/index.html" is also reached as "a" (a link to /a).</summary>
    private static IEnumerable<string> AnchorKeys(string file)
    {
        yield return file;
        const string Index = "/index.html";
        if (file.EndsWith(Index, StringComparison.Ordinal))
        {
            yield return file[..^Index.Length];
        }
    }
}
