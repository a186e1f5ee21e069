using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>Chooses the layout template of a page: front matter `layout`, else by section and kind, else _default.</summary>
public sealed class LayoutResolver(TemplateSet templates)
{
    public const string BaseLayout = "_default/base.html";

    /// <returns>The template name, or null with the list of names that were tried.</returns>
    public (string? Name, IReadOnlyList<string> Tried) Resolve(Page page)
    {
        var section = page.Kind == PageKind.Term ? page.Taxonomy ?? page.Section : page.Section;
        var layout = page.FrontMatter.Layout ?? page.ConfiguredLayout;
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
            var kinds = page.Kind switch
            {
                PageKind.Home => new[] { "home", "list" },
                PageKind.Section => ["list"],
                PageKind.Taxonomy => ["taxonomy", "list"],
                PageKind.Term => ["term", "list"],
                _ => ["page"],
            };
            foreach (var kind in kinds)
            {
                if (section.Length > 0 && page.Kind != PageKind.Home)
                {
                    candidates.Add($"{section}/{kind}.html");
                }
                candidates.Add($"_default/{kind}.html");
            }
        }
        return (candidates.FirstOrDefault(templates.Contains), candidates);
    }
}
