using Scriban;
using Scriban.Syntax;
using Scriban.Runtime;
using SiteGen.Content;

namespace SiteGen.Templates;

/// <summary>
/// Renders every page through its layout and the base layout, in parallel. Templates and the site model are shared
/// read-only; each worker has its own <see cref="EscapingTemplateContext"/>.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates, ScriptObject globals)
{
    private readonly LayoutResolver _layouts = new(templates);

    /// <summary>Checks up front that every page has a layout and that the base layout exists.</summary>
    public IReadOnlyDictionary<Page, string> ResolveLayouts(IEnumerable<Page> pages, string templatesDisplay, DiagnosticBag diagnostics)
    {
        var chosen = new Dictionary<Page, string>();
        if (!templates.Contains(LayoutResolver.BaseLayout))
        {
            diagnostics.Error(templatesDisplay + "/" + LayoutResolver.BaseLayout, 0, 0, "the base layout is missing; create it (it prints {{ main }} inside the page's HTML skeleton)");
        }
        foreach (var page in pages)
        {
            var (name, tried) = _layouts.Resolve(page);
            if (name is null)
            {
                var what = page.FrontMatter.Layout ?? page.ConfiguredLayout;
                var message = what is null
                    ? $"no layout for this {page.Kind.ToString().ToLowerInvariant()} page; create one of: {string.Join(", ", tried.Select(t => "templates/" + t))}"
                    : $"unknown layout '{what}'; create one of {string.Join(", ", tried.Select(t => "templates/" + t))}, or fix the name (layouts: {string.Join(", ", templates.Names.Where(n => !n.StartsWith("partials/", StringComparison.Ordinal)))})";
                diagnostics.Error(page.SourceFile ?? page.Path, page.SourceFile is null || page.Kind == PageKind.Data ? 0 : 2, 1, message);
                continue;
            }
            chosen[page] = name;
        }
        return chosen;
    }

    /// <returns>The rendered HTML per page, in the order given; null where rendering failed.</returns>
    public string?[] RenderAll(IReadOnlyList<Page> pages, IReadOnlyDictionary<Page, string> layouts, IReadOnlyDictionary<Page, ScriptObject> models, DiagnosticBag diagnostics)
    {
        var html = new string?[pages.Count];
        var bags = new DiagnosticBag?[pages.Count];
        Parallel.For(0, pages.Count, NewContext, (i, _, context) =>
        {
            var bag = new DiagnosticBag();
            html[i] = RenderPage(context, pages[i], layouts[pages[i]], models[pages[i]], bag);
            if (bag.Items.Count > 0)
            {
                bags[i] = bag;
                if (html[i] is null)
                {
                    context = NewContext();
                }
            }
            return context;
        }, _ => { });
        foreach (var bag in bags)
        {
            if (bag is not null)
            {
                diagnostics.AddRange(bag.Items);
            }
        }
        return html;
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext();
        templates.Prime(context);
        context.PushGlobal(globals);
        return context;
    }

    private string? RenderPage(EscapingTemplateContext context, Page page, string layout, ScriptObject model, DiagnosticBag diagnostics)
    {
        var pageGlobals = new ScriptObject { ["page"] = model };
        context.PushGlobal(pageGlobals);
        try
        {
            var main = Evaluate(context, templates.Get(layout));
            pageGlobals["main"] = new HtmlString(main);
            return Evaluate(context, templates.Get(LayoutResolver.BaseLayout));
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            var message = ex.OriginalMessage;
            diagnostics.Error(span.FileName ?? layout, span.Start.Line + 1, span.Start.Column + 1, $"template: {message} (while rendering {page.Path})");
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or InvalidCastException or OverflowException)
        {
            diagnostics.Error("templates/" + layout, 0, 0, $"template: {ex.Message} (while rendering {page.Path})");
            return null;
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private static string Evaluate(TemplateContext context, Template template) => template.Render(context) ?? "";
}
