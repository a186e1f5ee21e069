using System.Collections.Concurrent;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;
using SiteGen.Templates;
using SiteGen.Yaml;

namespace SiteGen.Markdown.Components;

/// <summary>
/// Renders the component calls of a page through their templates (templates/components/NAME.html), after the page's
/// walk: each call is checked against the component's declared arguments, then rendered with <c>args</c>, <c>inner</c>
/// (the Markdown inside, as HTML), <c>page</c> and <c>site</c>. Every error is reported at the call in the Markdown
/// file. One per build, shared by the Markdown workers (each takes a template context from a pool).
/// </summary>
public sealed class ComponentRenderer
{
    private readonly TemplateSet _templates;
    private readonly ScriptObject _globals = new();
    private readonly string _basePath;
    private readonly string _language;
    private readonly int _maxChars;
    private readonly ConcurrentBag<EscapingTemplateContext> _contexts = [];

    public ComponentRenderer(LoadedSite site)
    {
        _templates = site.Templates;
        _basePath = site.Config.BasePath;
        _language = site.Config.Language;
        _maxChars = PageOutput.MaxCharsFor(site.Config);
        TemplateFunctions.Import(_globals, site.Config, site.Templates);
        _globals["site"] = SiteModel(site);
    }

    /// <summary>Renders every call in post-order (a call inside another's body first, so the outer one's inner HTML holds
    /// its HTML), and reports every error.</summary>
    /// <param name="dependencies">receives what the components read ("template:components/x.html", "data:name").</param>
    public void RenderAll(IReadOnlyList<MarkdownObject> calls, Page page, MarkdownPipeline pipeline, DiagnosticBag diagnostics, HashSet<string> dependencies)
    {
        ScriptObject? pageModel = null;
        foreach (var call in calls)
        {
            if (Check(call, page, diagnostics) is not { } checkedCall)
            {
                continue;
            }
            var inner = call is ComponentBlock { HasBody: true } block ? new HtmlString(InnerHtml(block, pipeline)) : null;
            var html = Render(checkedCall, inner, pageModel ??= PageModel(page), page, diagnostics, dependencies);
            switch (call)
            {
                case ComponentBlock rendered: rendered.Html = html; break;
                case ComponentInline rendered: rendered.Html = html; break;
            }
        }
    }

    /// <summary>A checked call: the component, its arguments as the template sees them, and where the call is.</summary>
    private sealed record Checked(string Name, ScriptObject Args, int Line, int Column);

    private Checked? Check(MarkdownObject node, Page page, DiagnosticBag diagnostics)
    {
        var file = page.SourceFile ?? page.Path;
        var line = page.BodyLine + node.Line;
        var column = node.Column + 1;
        var (call, error, errorColumn, inline, hasBody) = node switch
        {
            ComponentBlock b => (b.Call, b.Error, b.ErrorColumn, false, b.HasBody),
            ComponentInline i => (i.Call, i.Error, i.ErrorColumn, true, false),
            _ => (null, null, 0, false, false),
        };
        if (error is not null)
        {
            diagnostics.Error(file, line, errorColumn + 1, error);
            return null;
        }
        if (call is null)
        {
            return null;
        }
        if (node is ComponentBlock { HasBody: true, Ended: false })
        {
            diagnostics.Error(file, line, column, $"`{{% {call.Name}(...) %}}` is not closed; add `{{% end %}}` on a line of its own after its Markdown");
            return null;
        }
        if (_templates.Component(call.Name) is not { } signature)
        {
            var known = _templates.ComponentNames;
            var closest = KeySuggestion.Closest(call.Name, known);
            var hint = closest is null ? "" : $"did you mean '{closest}'? ";
            var list = known.Count == 0 ? "there are none yet" : "components: " + string.Join(", ", known);
            diagnostics.Error(file, line, column, $"unknown component '{call.Name}'; {hint}{list} (templates/components/NAME.html)");
            return null;
        }
        if (hasBody && signature.Body == ComponentBody.None)
        {
            diagnostics.Error(file, line, column, $"component '{call.Name}' takes no Markdown inside; call it as {{{{ {call.Name}(...) }}}} without `{{% end %}}`");
            return null;
        }
        if (!hasBody && signature.Body == ComponentBody.Required)
        {
            diagnostics.Error(file, line, column, $"component '{call.Name}' needs Markdown inside; call it on its own line as {{% {call.Name}(...) %}}, then the Markdown, then {{% end %}}");
            return null;
        }
        var args = new ScriptObject();
        var ok = true;
        foreach (var arg in call.Args)
        {
            var argColumn = column + 2 + arg.Offset;
            if (signature.Find(arg.Name) is not { } parameter)
            {
                var closest = KeySuggestion.Closest(arg.Name, signature.Args.Select(a => a.Name));
                var hint = closest is null ? "" : $"did you mean '{closest}'? ";
                var list = signature.Args.Count == 0 ? "it takes none" : "arguments: " + string.Join(", ", signature.Args.Select(a => a.Name));
                diagnostics.Error(file, line, argColumn, $"unknown argument '{arg.Name}' of component '{call.Name}'; {hint}{list}");
                ok = false;
                continue;
            }
            if (Convert(arg.Value, parameter.Type) is not { } value)
            {
                diagnostics.Error(file, line, argColumn, $"argument '{arg.Name}' of '{call.Name}' must be {Expected(parameter.Type)}, got {Show(arg.Value)}");
                ok = false;
                continue;
            }
            args[arg.Name] = value;
        }
        foreach (var parameter in signature.Args)
        {
            if (!args.ContainsKey(parameter.Name) && call.Args.All(a => a.Name != parameter.Name))
            {
                if (parameter.Required)
                {
                    diagnostics.Error(file, line, column, $"component '{call.Name}' needs argument '{parameter.Name}' ({parameter.TypeName}); add {parameter.Name}={Example(parameter.Type)}");
                    ok = false;
                }
                args[parameter.Name] = parameter.Default;
            }
        }
        return ok ? new Checked(call.Name, args, line, column) : null;
    }

    private static object? Convert(object value, ArgType type) => (type, value) switch
    {
        (ArgType.String, string text) => text,
        (ArgType.Bool, bool flag) => flag,
        (ArgType.Integer, long whole) => whole,
        (ArgType.Number, long whole) => whole,
        (ArgType.Number, decimal number) => number,
        _ => null,
    };

    private static string Expected(ArgType type) => type switch
    {
        ArgType.String => "a \"string\" in quotes",
        ArgType.Number => "a number",
        ArgType.Integer => "a whole number",
        _ => "true or false",
    };

    private static string Example(ArgType type) => type switch
    {
        ArgType.String => "\"...\"",
        ArgType.Bool => "true",
        _ => "1",
    };

    private static string Show(object value) => value switch
    {
        string text => $"\"{text}\" (a string)",
        bool flag => flag ? "true (a bool)" : "false (a bool)",
        decimal number => $"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)} (a decimal number)",
        _ => $"{System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)} (a whole number)",
    };

    /// <summary>The Markdown inside a block call, as HTML (calls nested in it already hold theirs).</summary>
    private static string InnerHtml(ComponentBlock block, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.WriteChildren(block);
        writer.Flush();
        return writer.ToString();
    }

    private string? Render(Checked call, HtmlString? inner, ScriptObject pageModel, Page page, DiagnosticBag diagnostics, HashSet<string> dependencies)
    {
        var name = TemplateSet.ComponentFolder + call.Name + ".html";
        dependencies.Add("template:" + name);
        var context = _contexts.TryTake(out var ready) ? ready : NewContext();
        var callGlobals = new ScriptObject { ["args"] = call.Args, ["inner"] = inner, ["page"] = pageModel };
        context.PushGlobal(callGlobals);
        context.PushOutput(new PageOutput(_maxChars));
        context.Dependencies = dependencies;
        var healthy = true;
        try
        {
            return (_templates.Get(name).Render(context) ?? "").Trim('\n');
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            diagnostics.Error(page.SourceFile ?? page.Path, call.Line, call.Column,
                $"component '{call.Name}' failed: {span.FileName ?? "templates/" + name}:{span.Start.Line + 1}:{span.Start.Column + 1}: {ex.OriginalMessage}");
            healthy = false;
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Error(page.SourceFile ?? page.Path, call.Line, call.Column, $"component '{call.Name}' failed: templates/{name}: {ex.Message}");
            healthy = false;
            return null;
        }
        finally
        {
            context.Dependencies = null;
            if (healthy)
            {
                context.PopOutput();
                context.PopGlobal();
                _contexts.Add(context);
            }
        }
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext(_maxChars);
        _templates.Prime(context);
        context.PushGlobal(_globals);
        return context;
    }

    /// <summary>What a component sees of its page: what is known before the site is put together (no prev/next, no
    /// list of pages, no table of contents).</summary>
    private ScriptObject PageModel(Page page)
    {
        var front = page.FrontMatter;
        return new ScriptObject
        {
            ["title"] = front.Title,
            ["description"] = front.Description ?? "",
            ["path"] = page.Path,
            ["url"] = _basePath + page.Path,
            ["kind"] = page.Kind.ToString().ToLowerInvariant(),
            ["params"] = front.Params,
            ["data"] = page.Data,
            ["date"] = Templates.DateModel.For(front.Date, _language),
            ["updated"] = Templates.DateModel.For(front.Updated, _language),
        };
    }

    private static TrackedScriptObject SiteModel(LoadedSite site) => PageModelBuilder.SiteBasics(site.Config, site.Data);
}
