using System.Text;

namespace SiteGen.Git;

/// <summary>
/// Compares two versions of a folder as git stores them (tree objects: entries "MODE NAME\0" + 20-byte id, sorted by
/// name) and lists the files that differ: identical subtrees are skipped by id, and inside a changed tree the bytes
/// the two versions share at the start and at the end are skipped, so one changed file in a folder of thousands costs
/// little: when one version was made by a delta on the other, what the delta copied in place is not read at all
/// (<see cref="DeltaOrigin"/>), the rest with a vectorised comparison; and the entry where the difference starts is
/// found from entry starts noted on earlier versions (<see cref="ObjectData.EntryMarks"/>), not by parsing the folder
/// from its first entry. The trees read for one commit are kept for the next (whose parent's trees they usually
/// are), then released.
/// </summary>
public sealed class TreeComparison(GitObjects objects) : IDisposable
{
    private Dictionary<GitId, ObjectData> _current = [];
    private Dictionary<GitId, ObjectData> _previous = [];

    /// <summary>Called before each commit: the trees of the commit before last are released.</summary>
    public void NextCommit()
    {
        foreach (var tree in _previous.Values)
        {
            tree.Release();
        }
        _previous.Clear();
        (_previous, _current) = (_current, _previous);
    }

    private ReadOnlySpan<byte> Tree(GitId id) => TreeData(id).Span;

    private ObjectData TreeData(GitId id)
    {
        if (!_current.TryGetValue(id, out var tree))
        {
            if (!_previous.Remove(id, out tree))
            {
                tree = objects.ReadTree(id);
            }
            _current[id] = tree;
        }
        return tree;
    }

    /// <summary>How many bytes at the start and at the end two versions of a tree are known to share without reading
    /// them: when one was made by a delta on the other, what the delta copied from the same place.</summary>
    private static (int Start, int End) KnownSame(ObjectData a, ObjectData? b)
    {
        var origin = b?.Origin is { } fromA && fromA.BaseSerial == a.Serial ? fromA
            : a.Origin is { } fromB && b is not null && fromB.BaseSerial == b.Serial ? fromB
            : default(DeltaOrigin?);
        if (origin is not { } known)
        {
            return (0, 0);
        }
        var shortest = Math.Min(a.Length, b!.Length);
        return (Math.Min(known.SameStart, shortest), Math.Min(known.SameEnd, shortest));
    }

    public void Dispose()
    {
        NextCommit();
        NextCommit();
    }

    /// <summary>Adds to <paramref name="changed"/> every file of <paramref name="tree"/> whose blob or mode differs in
    /// <paramref name="parent"/> or that the parent lacks (null: an empty tree), as paths from that tree ("a/b.md").</summary>
    public void Changed(GitId tree, GitId? parent, string folder, List<string> changed)
    {
        if (parent == tree)
        {
            return;
        }
        var treeA = TreeData(tree);
        var treeB = parent is { } id ? TreeData(id) : null;
        var a = treeA.Span;
        var b = treeB is null ? [] : treeB.Span;
        var (knownStart, knownEnd) = KnownSame(treeA, treeB);
        var shared = knownStart + a[knownStart..].CommonPrefixLength(b[knownStart..]);
        var sharedEnd = knownEnd + ReverseCommonLength(a[..^knownEnd], b[..^knownEnd]);
        var start = EntryStartWithin(treeA, shared);
        var (pa, pb) = (start, start);
        while (pa < a.Length)
        {
            // The rest is the same bytes in both from entry boundaries on: the same entries.
            if (a.Length - pa == b.Length - pb && a.Length - pa <= sharedEnd)
            {
                if (treeB is not null)
                {
                    ShareMarks(treeA, treeB, start, pa == pb ? pa : int.MaxValue);
                }
                return;
            }
            var ea = Entry.At(a, pa);
            if (pb >= b.Length)
            {
                Added(ea, a, folder, changed);
                pa = ea.End;
                continue;
            }
            var eb = Entry.At(b, pb);
            var order = Entry.Compare(a, ea, b, eb);
            if (order < 0)
            {
                Added(ea, a, folder, changed);
                pa = ea.End;
            }
            else if (order > 0)
            {
                pb = eb.End;
            }
            else
            {
                if (ea.Id != eb.Id || !ea.Mode(a).SequenceEqual(eb.Mode(b)))
                {
                    if (ea.IsTree(a) && eb.IsTree(b))
                    {
                        Changed(ea.Id, eb.Id, folder + ea.Name(a) + "/", changed);
                    }
                    else
                    {
                        Added(ea, a, folder, changed);
                    }
                }
                (pa, pb) = (ea.End, eb.End);
            }
        }
        if (treeB is not null)
        {
            ShareMarks(treeA, treeB, start, int.MaxValue);
        }
    }

    /// <summary>Every file of <paramref name="tree"/>, as paths from it.</summary>
    public void Files(GitId tree, string folder, List<string> files) => Changed(tree, null, folder, files);

    /// <summary>The id of the folder at <paramref name="path"/> ("site-content", "docs/site-content") inside the tree, or null.</summary>
    public GitId? Folder(GitId tree, string path)
    {
        GitId? current = tree;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var bytes = Tree(current.Value);
            var name = Encoding.UTF8.GetBytes(segment);
            current = null;
            for (var at = 0; at < bytes.Length;)
            {
                var entry = Entry.At(bytes, at);
                if (entry.IsTree(bytes) && entry.NameBytes(bytes).SequenceEqual(name))
                {
                    current = entry.Id;
                    break;
                }
                at = entry.End;
            }
            if (current is null)
            {
                return null;
            }
        }
        return current;
    }

    /// <summary>Where the first entry of <paramref name="tree"/> that does not end within its first
    /// <paramref name="length"/> bytes starts: entries wholly inside the start two versions share are the same in both
    /// (and start at the same offsets). Parsing starts at the nearest entry start known below, and every 32nd entry
    /// passed is noted; skipping needs only each entry's end (the NUL after its name, then the id).</summary>
    private static int EntryStartWithin(ObjectData tree, int length)
    {
        var marks = tree.EntryMarks ??= [0];
        var known = marks.BinarySearch(length);
        var at = marks[known >= 0 ? known : Math.Max(0, ~known - 1)];
        var bytes = tree.Span;
        for (var passed = 1; ; passed++)
        {
            var nul = bytes[at..].IndexOf((byte)0);
            var end = at + nul + 1 + GitId.Size;
            if (nul < 0 || end > length)
            {
                return at;
            }
            at = end;
            if (passed % 32 == 0 && at > marks[^1])
            {
                marks.Add(at);
            }
        }
    }

    /// <summary>The entry starts <paramref name="a"/> knows up to <paramref name="start"/>, where the two versions'
    /// bytes are the same, are entry starts of <paramref name="b"/> too (the parent, which the next commit compares), and
    /// so are those from <paramref name="resumeAt"/> on, where both versions reach the same entry start and the rest of
    /// their bytes is the same.</summary>
    private static void ShareMarks(ObjectData a, ObjectData b, int start, int resumeAt)
    {
        if (a.EntryMarks is not { } from)
        {
            return;
        }
        var marks = new List<int>(from.Count + (b.EntryMarks?.Count ?? 0));
        marks.AddRange(from.Where(mark => mark <= start || mark >= resumeAt));
        if (b.EntryMarks is { } own)
        {
            marks.AddRange(own);
        }
        marks.Sort();
        var distinct = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            if (i == 0 || marks[i] != marks[distinct - 1])
            {
                marks[distinct++] = marks[i];
            }
        }
        marks.RemoveRange(distinct, marks.Count - distinct);
        b.EntryMarks = marks;
    }

    private void Added(Entry entry, ReadOnlySpan<byte> tree, string folder, List<string> changed)
    {
        if (entry.IsTree(tree))
        {
            Changed(entry.Id, null, folder + entry.Name(tree) + "/", changed);
        }
        else if (entry.IsFile(tree))
        {
            changed.Add(folder + entry.Name(tree));
        }
    }

    private static int ReverseCommonLength(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var x = a[(a.Length - length)..];
        var y = b[(b.Length - length)..];
        var same = 0;
        // Compare from the end in blocks: a vectorised equality per block, then byte by byte in the block that differs.
        const int Block = 256;
        while (same < length)
        {
            var size = Math.Min(Block, length - same);
            var xs = x.Slice(length - same - size, size);
            var ys = y.Slice(length - same - size, size);
            if (xs.SequenceEqual(ys))
            {
                same += size;
                continue;
            }
            var i = size - 1;
            while (i >= 0 && xs[i] == ys[i])
            {
                i--;
                same++;
            }
            break;
        }
        return same;
    }

    /// <summary>One entry of a tree object: where its mode, name and id are.</summary>
    private readonly record struct Entry(int Start, int NameStart, int NameEnd, GitId Id)
    {
        public int End => NameEnd + 1 + GitId.Size;

        public static Entry At(ReadOnlySpan<byte> tree, int start)
        {
            var span = tree[start..];
            var space = span.IndexOf((byte)' ');
            var nul = span.IndexOf((byte)0);
            if (space < 0 || nul < space || start + nul + 1 + GitId.Size > tree.Length)
            {
                throw new InvalidDataException("a tree object is damaged");
            }
            return new Entry(start, start + space + 1, start + nul, GitId.FromBytes(span[(nul + 1)..]));
        }

        public ReadOnlySpan<byte> Mode(ReadOnlySpan<byte> tree) => tree.Slice(Start, NameStart - 1 - Start);

        public ReadOnlySpan<byte> NameBytes(ReadOnlySpan<byte> tree) => tree.Slice(NameStart, NameEnd - NameStart);

        public string Name(ReadOnlySpan<byte> tree) => Encoding.UTF8.GetString(NameBytes(tree));

        /// <summary>Mode 40000: a folder.</summary>
        public bool IsTree(ReadOnlySpan<byte> tree) => Mode(tree).SequenceEqual("40000"u8);

        /// <summary>A file or a symbolic link (100644, 100755, 120000); not a submodule (160000).</summary>
        public bool IsFile(ReadOnlySpan<byte> tree) => Mode(tree) is [(byte)'1', (byte)'0', ..] or [(byte)'1', (byte)'2', ..];

        /// <summary>Git's tree order: names by bytes, a folder's name as if it ended in '/'.</summary>
        public static int Compare(ReadOnlySpan<byte> a, Entry x, ReadOnlySpan<byte> b, Entry y)
        {
            var nx = x.NameBytes(a);
            var ny = y.NameBytes(b);
            var length = Math.Min(nx.Length, ny.Length);
            var order = nx[..length].SequenceCompareTo(ny[..length]);
            if (order != 0)
            {
                return order;
            }
            var cx = nx.Length > length ? nx[length] : x.IsTree(a) ? (byte)'/' : (byte)0;
            var cy = ny.Length > length ? ny[length] : y.IsTree(b) ? (byte)'/' : (byte)0;
            return cx.CompareTo(cy);
        }
    }
}
