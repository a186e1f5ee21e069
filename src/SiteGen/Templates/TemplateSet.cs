using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;
using SiteGen.Markdown.Components;

namespace SiteGen.Templates;

/// <summary>All templates of the site, read and parsed once. Parse errors are diagnostics with file, line and column.</summary>
public sealed class TemplateSet : ITemplateLoader
{
    /// <summary>Where component templates live, relative to the templates folder.</summary>
    public const string ComponentFolder = "components/";

    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, ComponentSignature> _components;

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, ComponentSignature> components)
    {
        _templates = templates;
        _components = components;
    }

    /// <summary>The components content may call ("salary-table" for templates/components/salary-table.html), sorted.</summary>
    public IReadOnlyList<string> ComponentNames => [.. _components.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The declared arguments of a component that parsed without errors, or null.</summary>
    public ComponentSignature? Component(string name) => _components.GetValueOrDefault(name);

    /// <summary>True for names that are not layouts: partials and components.</summary>
    public static bool IsIncludeOnly(string name) =>
        name.StartsWith("partials/", StringComparison.Ordinal) || name.StartsWith(ComponentFolder, StringComparison.Ordinal);

    /// <summary>Template names relative to the templates folder, with '/': "_default/page.html".</summary>
    public IEnumerable<string> Names => _templates.Keys;

    public bool Contains(string name) => _templates.ContainsKey(name);

    public Template Get(string name) => _templates[name];

    /// <param name="cache">serve's: the set is kept while the watcher saw nothing change in the templates folder; else
    /// each template is parsed again when its stamp changed.</param>
    public static TemplateSet Load(SitePaths paths, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        if (cache?.LoadedTemplates is { } kept && cache.Files.NoneUnder(paths.Templates))
        {
            diagnostics.AddRange(kept.Diagnostics);
            return kept.Set;
        }
        var bag = new DiagnosticBag();
        var set = LoadAll(paths, bag, cache);
        diagnostics.AddRange(bag.Items);
        if (cache is not null)
        {
            cache.LoadedTemplates = (set, bag.Items.ToList());
        }
        return set;
    }

    private static TemplateSet LoadAll(SitePaths paths, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(paths.Templates))
        {
            diagnostics.Error(paths.Display(paths.Templates), 0, 0, "templates folder not found; pass --templates or create templates/_default/base.html");
            return new TemplateSet(templates, []);
        }
        var files = SiteFolderWalk.Files(paths, paths.Templates, diagnostics, skip: folder => folder == "static")
            .Select(f => Path.GetRelativePath(paths.Templates, f).Replace('\\', '/'))
            .Where(name => !name.StartsWith("static/", StringComparison.Ordinal) && !name.StartsWith("archetypes/", StringComparison.Ordinal))
            .Where(name => name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var parsed = new (Template? Template, DiagnosticBag Diagnostics, ComponentSignature? Signature)[files.Length];
        var stamps = new FileStamp[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var bag = new DiagnosticBag();
            var full = Path.Combine(paths.Templates, files[i]);
            var display = paths.Display(full);
            if (cache is not null)
            {
                stamps[i] = FileStamp.Of(full);
                if (cache.Templates.TryGetValue(files[i], out var cached) && cached.Stamp == stamps[i])
                {
                    bag.AddRange(cached.Diagnostics);
                    parsed[i] = (cached.Template, bag, cached.Signature);
                    return;
                }
            }
            var text = SourceText.Read(full, display, bag);
            Template? template = null;
            ComponentSignature? signature = null;
            if (text is not null && files[i].StartsWith(ComponentFolder, StringComparison.Ordinal))
            {
                // A component's front matter declares its arguments; Scriban sees empty lines in its place.
                (signature, text) = ComponentSignature.Read(text, display, bag);
            }
            if (text is not null)
            {
                template = Template.Parse(text, display);
                foreach (var message in template.Messages)
                {
                    var severity = message.Type == ParserMessageType.Error ? Severity.Error : Severity.Warning;
                    bag.Add(new Diagnostic(severity, display, message.Span.Start.Line + 1, message.Span.Start.Column + 1, "template: " + message.Message) { Kind = WarningKinds.Template });
                }
            }
            parsed[i] = (template, bag, signature);
        });
        if (cache is not null)
        {
            Remember(cache, files, stamps, parsed);
        }
        var components = new Dictionary<string, ComponentSignature>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            diagnostics.AddRange(parsed[i].Diagnostics.Items);
            if (parsed[i].Template is { HasErrors: false } template)
            {
                templates[files[i]] = template;
                if (parsed[i].Signature is { } signature && !parsed[i].Diagnostics.HasErrors && files[i].EndsWith(".html", StringComparison.Ordinal))
                {
                    components[files[i][ComponentFolder.Length..^".html".Length]] = signature;
                }
            }
        }
        return new TemplateSet(templates, components);
    }

    private static void Remember(BuildCache cache, string[] files, FileStamp[] stamps, (Template? Template, DiagnosticBag Diagnostics, ComponentSignature? Signature)[] parsed)
    {
        var present = new HashSet<string>(files, StringComparer.Ordinal);
        if (!present.SetEquals(cache.Templates.Keys))
        {
            // A template appeared or vanished: layout lookup may choose differently for any page.
            cache.EverythingChanged = true;
            cache.Templates.KeepOnly(present);
        }
        for (var i = 0; i < files.Length; i++)
        {
            if (!cache.Templates.TryGetValue(files[i], out var cached) || cached.Stamp != stamps[i])
            {
                cache.Changed.Add("template:" + files[i]);
                cache.Templates[files[i]] = (stamps[i], parsed[i].Template, parsed[i].Diagnostics.Items.ToList(), parsed[i].Signature);
            }
        }
    }

    /// <summary>Puts every parsed template into a context's include cache, so `include` never parses again.</summary>
    public void Prime(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (var (name, template) in _templates)
        {
            context.CachedTemplates[name] = template;
        }
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName.TrimStart('/');

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"include: template '{templatePath}' not found in templates/ (or it has errors)");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"include: template '{templatePath}' not found in templates/ (or it has errors)");
}
