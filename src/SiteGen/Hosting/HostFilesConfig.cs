using SiteGen.Yaml;

namespace SiteGen.Hosting;

/// <summary>
/// The <c>host_files:</c> options of site.yml: whether the build writes <c>_headers</c> and <c>_redirects</c> (the files
/// Netlify and Cloudflare Pages read from the output folder) and the Content-Security-Policy <c>_headers</c> sends.
/// Absent: both files on, with <see cref="DefaultContentSecurityPolicy"/>. <c>host_files: false</c> turns both off.
/// </summary>
public sealed record HostFilesConfig(bool Headers, bool Redirects, string ContentSecurityPolicy)
{
    /// <summary>What the guide satisfies: its scripts, styles and the search index's fetches come from the site itself
    /// (no inline script or style; JSON-LD is data, which CSP does not block), images may also be remote (https:) or
    /// data: URLs.</summary>
    public const string DefaultContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data: https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static readonly HostFilesConfig On = new(true, true, DefaultContentSecurityPolicy);

    private static readonly string[] Keys = ["headers", "redirects", "content_security_policy"];

    /// <summary>The files the build writes for hosts that these options leave on, each with its key here.</summary>
    public IEnumerable<(string Name, string Key)> SwitchedOn()
    {
        if (Headers)
        {
            yield return (HeadersFile.Name, "headers");
        }
        if (Redirects)
        {
            yield return (RedirectsFile.Name, "redirects");
        }
    }

    public static HostFilesConfig Read(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        if (value is YamlScalarValue scalar)
        {
            return YamlConvert.ToBool(value, file, "host_files", diagnostics) is false ? On with { Headers = false, Redirects = false } : On;
        }
        if (value is not YamlMapValue map)
        {
            diagnostics.Error(file, value.Line, value.Column, "'host_files' must be true, false or a mapping like { headers: true, redirects: false }");
            return On;
        }
        var config = On;
        foreach (var (key, entry) in map.Entries.Select(e => (e.Key, e.Value)))
        {
            switch (key.Text)
            {
                case "headers": config = config with { Headers = YamlConvert.ToBool(entry, file, "host_files.headers", diagnostics) ?? true }; break;
                case "redirects": config = config with { Redirects = YamlConvert.ToBool(entry, file, "host_files.redirects", diagnostics) ?? true }; break;
                case "content_security_policy":
                    var policy = YamlConvert.ToText(entry, file, "host_files.content_security_policy", diagnostics);
                    if (policy is not null && (policy.Contains('\n', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(policy)))
                    {
                        diagnostics.Error(file, entry.Line, entry.Column, "'host_files.content_security_policy' must be one line of directives like \"default-src 'self'\"");
                    }
                    else if (policy is not null)
                    {
                        config = config with { ContentSecurityPolicy = policy.Trim() };
                    }
                    break;
                default:
                    diagnostics.Error(file, key.Line, key.Column, KeySuggestion.UnknownKey("host_files", key.Text, Keys));
                    break;
            }
        }
        return config;
    }
}
