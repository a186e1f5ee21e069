namespace SiteGen.Html;

/// <summary>
/// What the last link check saw, so `serve` re-checks only what an edit can affect: the pages that were rendered
/// again, and the pages that link to an anchor on a page whose ids changed. A page added or removed, or a change in
/// the other files, checks everything again. Work per rebuild is one pass over the pages plus the pages re-checked.
/// </summary>
public sealed class LinkCheckMemory
{
    private readonly Dictionary<string, (RenderedPage Page, List<Diagnostic>? Broken)> _byFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _anchorLinkersByFile = new(StringComparer.Ordinal);
    private Dictionary<string, IReadOnlySet<string>> _idsByFile = new(StringComparer.Ordinal);
    private HashSet<string> _otherFiles = new(StringComparer.Ordinal);

    /// <summary>The ids of every page file, as of the last check and the pages changed since.</summary>
    public Dictionary<string, IReadOnlySet<string>> IdsByFile => _idsByFile;

    /// <returns>The indexes of the pages to check (with <see cref="IdsByFile"/> brought up to date), or null to check
    /// all of them.</returns>
    public HashSet<int>? PagesToCheck(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> otherFiles)
    {
        if (_byFile.Count != pages.Count || !_otherFiles.SetEquals(otherFiles))
        {
            return null;
        }
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
        Dictionary<string, int>? indexByFile = null;
        foreach (var i in changed)
        {
            var file = pages[i].OutputFile;
            var ids = pages[i].Scan.Ids;
            if (_idsByFile[file].SetEquals(ids))
            {
                continue;
            }
            _idsByFile[file] = ids;
            if (indexByFile is null)
            {
                indexByFile = new Dictionary<string, int>(pages.Count, StringComparer.Ordinal);
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

    /// <param name="checkedPages">what <see cref="PagesToCheck"/> returned: null after checking every page.</param>
    public void Remember(IReadOnlyList<RenderedPage> pages, IReadOnlySet<string> otherFiles, Dictionary<string, IReadOnlySet<string>> idsByFile,
        HashSet<int>? checkedPages, List<Diagnostic>?[] broken)
    {
        if (checkedPages is null)
        {
            _byFile.Clear();
            _anchorLinkersByFile.Clear();
            _otherFiles = new HashSet<string>(otherFiles, StringComparer.Ordinal);
            _idsByFile = idsByFile;
        }
        IEnumerable<int> indexes = checkedPages ?? Enumerable.Range(0, pages.Count);
        foreach (var i in indexes)
        {
            var page = pages[i];
            var unchanged = _byFile.TryGetValue(page.OutputFile, out var before) && ReferenceEquals(before.Page, page);
            _byFile[page.OutputFile] = (page, broken[i]);
            if (unchanged)
            {
                continue;
            }
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
        _idsByFile = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
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
