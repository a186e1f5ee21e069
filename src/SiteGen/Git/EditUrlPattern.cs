using System.Text;
using SiteGen.Yaml;

namespace SiteGen.Git;

/// <summary>
/// site.yml's <c>edit_url:</c>: an absolute http(s) URL with the placeholder <c>{path}</c>, the page's source file
/// relative to the root of the git repository (site-content/roles/api-developer.md), each segment percent-encoded:
/// <c>https://github.com/OWNER/REPO/edit/main/{path}</c>.
/// </summary>
public sealed record EditUrlPattern(string Pattern)
{
    public const string Placeholder = "{path}";

    /// <summary>The edit link of the source at <paramref name="repositoryPath"/> ('/'-separated).</summary>
    public string For(string repositoryPath)
    {
        var escaped = new StringBuilder(repositoryPath.Length + 8);
        foreach (var segment in repositoryPath.Split('/'))
        {
            if (escaped.Length > 0)
            {
                escaped.Append('/');
            }
            escaped.Append(Uri.EscapeDataString(segment));
        }
        return Pattern.Replace(Placeholder, escaped.ToString(), StringComparison.Ordinal);
    }

    /// <returns>The pattern, or null with an error at the value when it is not an absolute http(s) URL holding
    /// <c>{path}</c> and no other placeholder.</returns>
    public static EditUrlPattern? Read(YamlValue value, string file, DiagnosticBag diagnostics)
    {
        var text = YamlConvert.ToText(value, file, "edit_url", diagnostics);
        if (text is null)
        {
            return null;
        }
        var problem = Problem(text.Trim());
        if (problem is not null)
        {
            diagnostics.Error(file, value.Line, value.Column,
                $"'edit_url' {problem}; write the link with {Placeholder} where the source path goes, like https://github.com/OWNER/REPO/edit/main/{Placeholder}");
            return null;
        }
        return new EditUrlPattern(text.Trim());
    }

    /// <returns>The pattern given by <c>--edit-url</c> (which replaces site.yml's), or null with an error at the option.</returns>
    public static EditUrlPattern? FromOption(string text, DiagnosticBag diagnostics)
    {
        if (Problem(text.Trim()) is { } problem)
        {
            diagnostics.Error("--edit-url", 0, 0,
                $"'--edit-url' {problem}; write the link with {Placeholder} where the source path goes, like https://github.com/OWNER/REPO/edit/main/{Placeholder}");
            return null;
        }
        return new EditUrlPattern(text.Trim());
    }

    private static string? Problem(string text)
    {
        if (!text.Contains(Placeholder, StringComparison.Ordinal))
        {
            return $"'{text}' has no {Placeholder} placeholder";
        }
        var rest = text.Replace(Placeholder, "x", StringComparison.Ordinal);
        var brace = rest.IndexOfAny(['{', '}']);
        if (brace >= 0)
        {
            var end = rest.IndexOf('}', brace);
            var unknown = end > brace ? rest[brace..(end + 1)] : rest[brace..];
            return $"'{text}' has the unknown placeholder '{unknown}' ({Placeholder} is the only one)";
        }
        if (!Uri.TryCreate(rest, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return $"'{text}' is not an absolute http(s) URL";
        }
        return null;
    }
}
