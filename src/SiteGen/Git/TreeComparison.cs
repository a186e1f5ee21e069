using System.Text;

namespace SiteGen.Git;

/// <summary>
/// Compares two versions of a folder as git stores them (tree objects: entries "MODE NAME\0" + 20-byte id, sorted by
/// name) and lists the files that differ: identical subtrees are skipped by id, and inside a changed tree the bytes
/// the two versions share at the start and at the end are skipped with a vectorised comparison, so one changed file
/// in a folder of thousands costs about a memcmp. The trees read for one commit are kept for the next (whose parent's
/// trees they usually are), in pooled buffers, then given back.
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

    private ReadOnlySpan<byte> Tree(GitId id)
    {
        if (!_current.TryGetValue(id, out var tree))
        {
            if (!_previous.Remove(id, out tree))
            {
                tree = objects.ReadTree(id);
            }
            _current[id] = tree;
        }
        return tree.Span;
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
        var a = Tree(tree);
        var b = parent is { } id ? Tree(id) : [];
        var shared = a.CommonPrefixLength(b);
        var sharedEnd = ReverseCommonLength(a, b);
        var start = Entry.LastStartWithin(a, shared);
        var (pa, pb) = (start, start);
        while (pa < a.Length)
        {
            // The rest is the same bytes in both from entry boundaries on: the same entries.
            if (a.Length - pa == b.Length - pb && a.Length - pa <= sharedEnd)
            {
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

        /// <summary>Where the first entry that does not end within the first <paramref name="length"/> bytes starts:
        /// entries wholly inside the start two trees share are the same in both (and start at the same offsets).
        /// Skipping needs only each entry's end (the NUL after its name, then the id), not the entry itself.</summary>
        public static int LastStartWithin(ReadOnlySpan<byte> tree, int length)
        {
            var start = 0;
            while (true)
            {
                var nul = tree[start..].IndexOf((byte)0);
                var end = start + nul + 1 + GitId.Size;
                if (nul < 0 || end > length)
                {
                    return start;
                }
                start = end;
            }
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
