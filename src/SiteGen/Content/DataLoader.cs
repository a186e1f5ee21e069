using Scriban.Runtime;
using SiteGen.Yaml;

namespace SiteGen.Content;

/// <summary>Reads <c>data/**/*.yml</c> into <c>site.data</c>: data/a/b.yml becomes site.data.a.b.</summary>
public static class DataLoader
{
    /// <param name="cache">serve's: site.data is kept while the watcher saw nothing change in the data folder; else each
    /// file is read again when its stamp changed.</param>
    public static ScriptObject Load(SitePaths paths, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        var dataFolder = System.IO.Path.Combine(paths.Content, "data");
        if (cache?.LoadedData is { } kept && cache.Files.NoneUnder(dataFolder))
        {
            diagnostics.AddRange(kept.Diagnostics);
            return kept.Root;
        }
        var bag = new DiagnosticBag();
        var root = Load(paths, dataFolder, bag, cache);
        diagnostics.AddRange(bag.Items);
        if (cache is not null)
        {
            cache.LoadedData = (root, bag.Items.ToList());
            cache.StructureChanged |= cache.Changed.Any(c => c.StartsWith("data:", StringComparison.Ordinal));
        }
        return root;
    }

    private static ScriptObject Load(SitePaths paths, string dataFolder, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var root = new ScriptObject();
        if (!Directory.Exists(dataFolder))
        {
            return root;
        }
        var files = SiteFolderWalk.Files(paths, dataFolder, diagnostics)
            .Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var display = paths.Display(file);
            var relativeName = System.IO.Path.GetRelativePath(dataFolder, file).Replace('\\', '/');
            var topName = relativeName.Split('/')[0].Split('.')[0];
            seen.Add(file);
            object? value;
            var stamp = cache is null ? default : FileStamp.Of(file);
            if (cache is not null && cache.DataFiles.TryGetValue(file, out var cached) && cached.Stamp == stamp)
            {
                value = cached.Value;
            }
            else
            {
                cache?.Changed.Add("data:" + topName);
                var text = SourceText.Read(file, display, diagnostics);
                if (text is null)
                {
                    cache?.DataFiles.Remove(file);
                    continue;
                }
                var errorsBefore = diagnostics.Items.Count;
                var node = YamlNodeReader.Read(text, display, 0, diagnostics);
                value = node is null ? null : YamlConvert.ToScriptValue(node);
                if (cache is not null && diagnostics.Items.Count == errorsBefore)
                {
                    cache.DataFiles[file] = (stamp, value);
                }
            }
            var relative = System.IO.Path.GetRelativePath(dataFolder, file).Replace('\\', '/');
            var names = relative[..relative.LastIndexOf('.')].Split('/');
            var target = root;
            foreach (var folder in names[..^1])
            {
                if (target.TryGetValue(folder, out var existing) && existing is ScriptObject child)
                {
                    target = child;
                }
                else
                {
                    child = new ScriptObject();
                    target.SetValue(folder, child, false);
                    target = child;
                }
            }
            if (target.ContainsKey(names[^1]))
            {
                diagnostics.Error(display, 1, 1, $"data name '{string.Join('.', names)}' is defined twice (a .yml and a .yaml file?); keep one");
                continue;
            }
            target.SetValue(names[^1], value, false);
        }
        if (cache is not null)
        {
            foreach (var gone in cache.DataFiles.Keys.Where(k => !seen.Contains(k)).ToList())
            {
                cache.DataFiles.Remove(gone);
                cache.Changed.Add("data:" + System.IO.Path.GetRelativePath(dataFolder, gone).Replace('\\', '/').Split('/')[0].Split('.')[0]);
            }
        }
        return root;
    }
}
