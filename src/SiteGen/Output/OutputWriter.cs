namespace SiteGen.Output;

/// <summary>
/// The only code that writes the site to disk. It writes every file into a fresh staging folder next to the output
/// folder and then swaps it in, so the output is either the previous build or the new one, never half of each.
/// </summary>
public static class OutputWriter
{
    public static void Write(string outputFolder, IReadOnlyList<OutputFile> files)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder));
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(Path.Combine(staging, folder!));
            }
            // Measured: unbounded parallel writes on blocking file I/O grow the thread pool past 20 threads queued on the
            // same folders; a few writers keep the disk as busy.
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = 4 }, file =>
            {
                var target = Path.Combine(staging, file.Path);
                if (file.Bytes is not null)
                {
                    File.WriteAllBytes(target, file.Bytes);
                }
                else
                {
                    File.Copy(file.CopyFrom!, target);
                }
            });
            if (Directory.Exists(output))
            {
                Directory.Move(output, retired);
            }
            Directory.Move(staging, output);
        }
        catch
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
            if (!Directory.Exists(output) && Directory.Exists(retired))
            {
                Directory.Move(retired, output);
            }
            throw;
        }
        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }
}
