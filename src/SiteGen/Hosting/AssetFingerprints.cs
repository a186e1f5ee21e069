using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;
using SiteGen.Output;
using SiteGen.Templates;

namespace SiteGen.Hosting;

/// <summary>
/// The <c>fingerprint</c> template function: <c>{{ fingerprint "/css/site.css" }}</c> gives
/// <c>/css/site.3f1c0a9e27b4d815.css</c> (with the base path), named after the SHA-256 of the static file's bytes, so a
/// host may let browsers keep it for a year: a changed file gets a new name. Every file a template fingerprinted is
/// written beside the original (<see cref="Files"/>), which stays. Hashes are remembered by file stamp, so serve hashes a
/// file again only when it changed; the files fingerprinted so far are kept for serve's pages taken from its cache.
/// </summary>
public sealed partial class AssetFingerprints
{
    /// <summary>Hex digits of the hash in a name (64 bits).</summary>
    public const int HashLength = 16;

    private readonly Dictionary<string, StaticFile> _staticFiles;
    private readonly string _basePath;
    private readonly Memory _memory;

    private AssetFingerprints(IReadOnlyList<StaticFile> staticFiles, string basePath, Memory memory)
    {
        _staticFiles = staticFiles.ToDictionary(f => f.OutputPath, StringComparer.Ordinal);
        _basePath = basePath;
        _memory = memory;
    }

    /// <summary>What one process remembers between serve's builds: hashes by source file and the files in use.</summary>
    public sealed class Memory
    {
        internal ConcurrentDictionary<string, (FileStamp Stamp, string Hash)> Hashes { get; } = new(StringComparer.Ordinal);

        /// <summary>Fingerprinted output path -> the static file's output path.</summary>
        internal ConcurrentDictionary<string, string> Used { get; } = new(StringComparer.Ordinal);
    }

    public static AssetFingerprints For(LoadedSite site, Memory? memory) =>
        new(site.StaticFiles, site.Config.BasePath, memory ?? new Memory());

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TemplateFunctions.DelegateImport)]
    public void Import(ScriptObject globals) =>
        globals.Import("fingerprint", new Func<TemplateContext, SourceSpan, string, string>(Url));

    /// <summary>"css/site.css" with its hash "3f1c..." -> "css/site.3f1c....css"; a name without extension gets ".hash".</summary>
    public static string Fingerprinted(string outputPath, string hash)
    {
        var slash = outputPath.LastIndexOf('/');
        var dot = outputPath.LastIndexOf('.');
        return dot > slash + 1 ? $"{outputPath[..dot]}.{hash}{outputPath[dot..]}" : $"{outputPath}.{hash}";
    }

    /// <summary>Whether a file name looks fingerprinted ("site.3f1c0a9e27b4d815.css"): what deploy/nginx/ matches to
    /// cache a file for a year.</summary>
    public static bool LooksFingerprinted(string outputPath) => FingerprintedName().IsMatch(outputPath);

    [GeneratedRegex(@"\.[0-9a-f]{16}(\.[A-Za-z0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FingerprintedName();

    /// <summary>The fingerprinted copies the templates asked for, sorted, each copied from its static file; a file
    /// serve fingerprinted once but that is no longer a static file is left out.</summary>
    public IReadOnlyList<OutputFile> Files()
    {
        var files = new List<OutputFile>();
        foreach (var (fingerprinted, original) in _memory.Used.OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            if (_staticFiles.TryGetValue(original, out var file) && Hash(file) is { } hash && Fingerprinted(original, hash) == fingerprinted)
            {
                files.Add(new OutputFile(fingerprinted, null, file.SourcePath));
            }
            else
            {
                _memory.Used.TryRemove(fingerprinted, out _);
            }
        }
        return files;
    }

    private string Url(TemplateContext context, SourceSpan span, string path)
    {
        var outputPath = (path ?? "").TrimStart('/');
        if (!_staticFiles.TryGetValue(outputPath, out var file))
        {
            throw new ScriptRuntimeException(span,
                $"fingerprint: no static file '{path}'; name a file of templates/static/ or site-content/static/ by its URL, like \"/css/site.css\"");
        }
        if (context is EscapingTemplateContext { Dependencies: { } dependencies })
        {
            dependencies.Add(StaticFileCollector.Dependency(outputPath));
        }
        var hash = Hash(file) ?? throw new ScriptRuntimeException(span, $"fingerprint: the static file '{path}' could not be read; check that it exists and is readable");
        var fingerprinted = Fingerprinted(outputPath, hash);
        _memory.Used[fingerprinted] = outputPath;
        return _basePath + "/" + fingerprinted;
    }

    private string? Hash(StaticFile file)
    {
        var stamp = FileStamp.Of(file.SourcePath);
        if (_memory.Hashes.TryGetValue(file.SourcePath, out var known) && known.Stamp == stamp)
        {
            return known.Hash;
        }
        try
        {
            using var stream = File.OpenRead(file.SourcePath);
            var hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..HashLength];
            _memory.Hashes[file.SourcePath] = (stamp, hash);
            return hash;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
