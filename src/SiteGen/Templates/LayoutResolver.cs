using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>
/// Chooses the layout template of a page: front matter `layout`, else by section and kind, else _default. The answer
/// depends only on the kind, section and layout name, so it is worked out once per combination (not thread-safe).
/// </summary>
public sealed class LayoutResolver(TemplateSet templates)
{
    public const string BaseLayout = "_default/base.html";

    private readonly Dictionary<(PageKind Kind, string Section, string? Layout), (string? Name, IReadOnlyList<string> Tried)> _resolved = [];

    /// <returns>The template name, or null with the list of names that were tried.</returns>
    public (string? Name, IReadOnlyList<string> Tried) Resolve(Page page)
    {
        var key = (Kind: page.Kind, Section: page.Kind == PageKind.Term ? page.Taxonomy ?? page.Section : page.Section, Layout: page.FrontMatter.Layout ?? page.ConfiguredLayout);
        if (!_resolved.TryGetValue(key, out var resolved))
        {
            resolved = Resolve(key.Kind, key.Section, key.Layout);
            _resolved[key] = resolved;
        }
        return resolved;
    }

    private (string? Name, IReadOnlyList<string> Tried) Resolve(PageKind kind, string section, string? layout)
    {
        var candidates = new List<string>();
        if (layout is not null)
        {
            if (section.Length > 0)
            {
                candidates.Add($"{section}/{layout}.html");
            }
            candidates.Add($"_default/{layout}.html");
        }
        else
        {
            var kinds = kind switch
            {
                PageKind.Home => new[] { "home", "list" },
                PageKind.Section => ["list"],
                PageKind.Taxonomy => ["taxonomy", "list"],
                PageKind.Term => ["term", "list"],
                _ => ["page"],
            };
            foreach (var name in kinds)
            {
                if (section.Length > 0 && kind != PageKind.Home)
                {
                    candidates.Add($"{section}/{name}.html");
                }
                candidates.Add($"_default/{name}.html");
            }
        }
        return (candidates.FirstOrDefault(templates.Contains), candidates);
    }
}
