using System.Diagnostics;
using System.Threading.Channels;

namespace SiteGen.Serve;

/// <summary>
/// Watches the content and templates folders and hands each burst of changes to a rebuild, once no change was seen
/// for the quiet period (editors save in several steps, git checkout in bursts). Changes that arrive during a rebuild
/// start the next one.
/// </summary>
public sealed class ChangeWatcher(IReadOnlyList<string> folders, TimeSpan quietPeriod) : IAsyncDisposable
{
    /// <summary>Changed paths with when they were seen (<see cref="Stopwatch.GetTimestamp"/>); null for a watcher overflow.</summary>
    private readonly Channel<(string? Path, long Seen)> _changes = Channel.CreateUnbounded<(string? Path, long Seen)>();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private Task _loop = Task.CompletedTask;

    /// <param name="rebuild">called with the time since the first change of the burst, the first changed path ("" when
    /// only an overflow was seen) and every path seen; it must not throw.</param>
    public void Start(Action<Stopwatch, string, FileChanges> rebuild)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Seen(e.FullPath);
            watcher.Created += (_, e) => Seen(e.FullPath);
            watcher.Deleted += (_, e) => Seen(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Seen(e.OldFullPath);
                Seen(e.FullPath);
            };
            // Events were lost (the buffer overflowed): the next build compares every file.
            watcher.Error += (_, _) => Seen(null);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        _loop = Task.Run(() => LoopAsync(rebuild));
    }

    /// <summary>Starts another rebuild that compares every file, as after a watcher overflow.</summary>
    public void RequestFullScan() => Seen(null);

    private void Seen(string? path) => _changes.Writer.TryWrite((path, Stopwatch.GetTimestamp()));

    private async Task LoopAsync(Action<Stopwatch, string, FileChanges> rebuild)
    {
        var token = _stop.Token;
        try
        {
            while (await _changes.Reader.WaitToReadAsync(token))
            {
                var clock = Stopwatch.StartNew();
                var paths = new HashSet<string>(StringComparer.Ordinal);
                var overflow = false;
                var first = "";
                var lastSeen = 0L;
                do
                {
                    while (_changes.Reader.TryRead(out var change))
                    {
                        lastSeen = Math.Max(lastSeen, change.Seen);
                        overflow |= change.Path is null;
                        if (change.Path is { } path && paths.Add(path) && first.Length == 0)
                        {
                            first = path;
                        }
                    }
                }
                while (!await QuietFor(lastSeen, token));
                rebuild(clock, first, overflow ? FileChanges.Unknown : FileChanges.Of(paths));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <returns>True once the quiet period has passed since <paramref name="lastSeen"/> with no change waiting; false
    /// as soon as a change is waiting.</returns>
    private async Task<bool> QuietFor(long lastSeen, CancellationToken token)
    {
        var remaining = quietPeriod - Stopwatch.GetElapsedTime(lastSeen);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, token);
        }
        return !_changes.Reader.TryPeek(out _);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
        _changes.Writer.TryComplete();
        await _loop;
        _stop.Dispose();
    }
}
