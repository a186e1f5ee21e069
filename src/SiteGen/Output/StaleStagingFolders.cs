using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SiteGen.Output;

/// <summary>
/// A build that was killed (or crashed) before its swap leaves its staging folder `.NAME.staging-PID-GUID/` beside the
/// output, and one killed during the swap leaves `.NAME.old-PID-GUID/`. The next build or clean of that output removes
/// them, but only those whose process is gone: the folder of a build still running (another process, or another build
/// in this one) is never touched. A PID reused by an unrelated process only delays the removal to a later build.
/// </summary>
public static class StaleStagingFolders
{
    public static string StagingName(string output, Guid id) => $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}-{id:N}";

    public static string RetiredName(string output, Guid id) => $".{Path.GetFileName(output)}.old-{Environment.ProcessId}-{id:N}";

    /// <summary>Removes the leftovers of dead builds beside <paramref name="realOutput"/>; returns how many it removed.</summary>
    public static int RemoveBeside(string realOutput)
    {
        var parent = Path.GetDirectoryName(realOutput);
        if (parent is null || !Directory.Exists(parent))
        {
            return 0;
        }
        var name = Path.GetFileName(realOutput);
        var pattern = new Regex($@"^\.{Regex.Escape(name)}\.(?:staging|old)-(?<pid>[0-9]{{1,10}})-[0-9a-f]{{32}}$", RegexOptions.CultureInvariant);
        var removed = 0;
        foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories($".{name}.*"))
        {
            if (pattern.Match(folder.Name) is not { Success: true } match
                || folder.LinkTarget is not null
                || !int.TryParse(match.Groups["pid"].ValueSpan, out var pid)
                || IsRunning(pid))
            {
                continue;
            }
            try
            {
                folder.Delete(recursive: true);
                removed++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Left for a later build; it harms nothing but disk space.
            }
        }
        return removed;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(pid); // throws when no such process runs
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
