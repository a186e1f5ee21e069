using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.Output;

/// <summary>
/// The only code that writes the site to disk. A build writes every file into a fresh staging folder next to the
/// output folder, pages as soon as they are rendered (so a large site is never held in memory whole), and only a
/// build without errors swaps it in with <see cref="Commit"/>: the output is the previous build or the new one, never
/// half of each. Disposing an uncommitted staging folder deletes it. Writes are thread-safe.
/// </summary>
public sealed class OutputStaging : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private OutputStaging(string output, string staging)
    {
        _output = output;
        _staging = staging;
    }

    /// <summary>
    /// Creates the staging folder beside the real output folder (and its parent when missing), after removing what
    /// killed builds left there. When <paramref name="outputFolder"/> is a symbolic link, or has one in its path, the
    /// staging folder goes beside the folder it leads to, so the swap replaces that folder and the link keeps working.
    /// Call only after <see cref="OutputFolderGuard"/> allowed replacing the output.
    /// </summary>
    public static OutputStaging Open(string outputFolder)
    {
        var output = RealPath.Resolve(outputFolder);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        StaleStagingFolders.RemoveBeside(output);
        var staging = Path.Combine(parent, StaleStagingFolders.StagingName(output, Guid.NewGuid()));
        Directory.CreateDirectory(staging);
        return new OutputStaging(output, staging);
    }

    /// <summary>
    /// Creates the folders of these files up front, one thread, in order: measured, thousands of parallel mkdirs in the
    /// same parent folder queue on that folder's lock and leave the writers waiting.
    /// </summary>
    public void CreateFolders(IEnumerable<string> files)
    {
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (Path.GetDirectoryName(file) is { Length: > 0 } folder)
            {
                folders.Add(folder);
            }
        }
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(Path.Combine(_staging, folder));
            _folders.TryAdd(folder, true);
        }
    }

    /// <summary>Writes a page's HTML as UTF-8 through a pooled buffer (no byte array per page).</summary>
    public void WriteText(string path, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(text, buffer);
            Write(path, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Write(OutputFile file)
    {
        if (file.Bytes is not null)
        {
            Write(file.Path, file.Bytes);
        }
        else
        {
            File.Copy(file.CopyFrom!, Target(file.Path));
        }
    }

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(Target(path), FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Every file written so far, by output path ("css/site.css"), sorted.</summary>
    public IReadOnlyList<string> WrittenFiles() =>
        [.. Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_staging, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal)];

    public byte[] Read(string path) => File.ReadAllBytes(Path.Combine(_staging, path));

    /// <summary>Marks the staging folder as SiteGen's output (<see cref="OutputMarker"/>) and swaps it in.</summary>
    public void Commit()
    {
        OutputMarker.WriteInto(_staging);
        var retired = Path.Combine(Path.GetDirectoryName(_output)!, StaleStagingFolders.RetiredName(_output, Guid.NewGuid()));
        if (Directory.Exists(_output))
        {
            Directory.Move(_output, retired);
        }
        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (!Directory.Exists(_output) && Directory.Exists(retired))
            {
                Directory.Move(retired, _output);
            }
            throw;
        }
        _committed = true;
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    /// <summary>The file's path in the staging folder, its folder created once.</summary>
    private string Target(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder) && !_folders.ContainsKey(folder))
        {
            Directory.CreateDirectory(Path.Combine(_staging, folder));
            _folders.TryAdd(folder, true);
        }
        return Path.Combine(_staging, path);
    }
}
