using System.Buffers;
using System.Globalization;
using System.Text;
using Scriban;
using Scriban.Syntax;
using Scriban.Runtime;
using SiteGen.Content;
using SiteGen.Html;

namespace SiteGen.Templates;

/// <summary>What happens to a page's HTML the moment it is rendered; the span is only valid during the call.</summary>
public delegate RenderedPage PageFinish(Page page, ReadOnlySpan<char> html);

/// <summary>
/// Renders every page through its layout and the base layout, in parallel. Templates and the site model are shared
/// read-only; each worker has its own <see cref="EscapingTemplateContext"/>.
/// </summary>
/// <param name="maxPageChars">the largest HTML a page may render to (<see cref="PageOutput.MaxCharsFor"/>).</param>
public sealed class TemplateRenderer(TemplateSet templates, ScriptObject globals, int maxPageChars)
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
                    : $"unknown layout '{what}'; create one of {string.Join(", ", tried.Select(t => "templates/" + t))}, or fix the name (layouts: {string.Join(", ", templates.Names.Where(n => !TemplateSet.IsIncludeOnly(n)))})";
                var (line, column) = page.SourceFile is null ? (0, 0) : page.FrontMatter.LayoutLine > 0 ? (page.FrontMatter.LayoutLine, page.FrontMatter.LayoutColumn) : (2, 1);
                diagnostics.Error(page.SourceFile ?? page.Path, line, column, message);
                continue;
            }
            chosen[page] = name;
        }
        return chosen;
    }

    /// <param name="finish">runs on each freshly rendered page in the rendering worker, while its HTML is at hand
    /// (scan its links, write or encode it), so no page's HTML outlives its own rendering.</param>
    /// <returns>Each page as finished, in the order given (null where rendering failed), and how many were rendered
    /// rather than taken from the cache.</returns>
    public (RenderedPage?[] Pages, int Rendered) RenderAll(IReadOnlyList<Page> pages, IReadOnlyDictionary<Page, string> layouts,
        IReadOnlyDictionary<Page, ScriptObject> models, PageFinish finish, DiagnosticBag diagnostics, BuildCache? cache)
    {
        var finished = new RenderedPage?[pages.Count];
        var bags = new DiagnosticBag?[pages.Count];
        var fresh = new CachedRender?[pages.Count];
        // One worker per core: writing a finished page blocks in the kernel, and more workers than cores only made the
        // thread pool add threads that queue on the same folders (measured).
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        // A context is costly to set up (Scriban's builtins), and Parallel.For starts many short task replicas: each
        // takes a ready context from the pool and gives it back.
        var pool = new System.Collections.Concurrent.ConcurrentBag<EscapingTemplateContext>();
        Parallel.For(0, pages.Count, parallel, () => pool.TryTake(out var ready) ? ready : NewContext(), (i, _, context) =>
        {
            var page = pages[i];
            if (cache is not null && cache.Renders.TryGetValue(page.Path, out var cached) && !cache.IsStale(cached.Dependencies))
            {
                finished[i] = cached.Page;
                return context;
            }
            var bag = new DiagnosticBag();
            var layout = layouts[page];
            var dependencies = cache is null ? null : new HashSet<string>(StringComparer.Ordinal)
            {
                "page:" + page.Path, "template:" + layout, "template:" + LayoutResolver.BaseLayout,
            };
            context.Dependencies = dependencies;
            var html = RenderPage(context, templates, page, layout, models[page], bag);
            context.Dependencies = null;
            if (html is not null)
            {
                finished[i] = FinishOrReport(page, html, finish, bag);
                if (dependencies is not null && finished[i] is { } done)
                {
                    fresh[i] = new CachedRender(done, dependencies);
                }
            }
            if (bag.Items.Count > 0)
            {
                bags[i] = bag;
                if (html is null)
                {
                    context = NewContext();
                }
            }
            return context;
        }, pool.Add);
        diagnostics.AddRange(MergeRepeats(bags.Where(b => b is not null).SelectMany(b => b!.Items)));
        var rendered = 0;
        if (cache is not null)
        {
            // Pages kept from the last build (same list) leave no entry to forget.
            if (!ReferenceEquals(pages, cache.Layouts?.WithLayout))
            {
                cache.Renders.KeepOnly(pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal));
            }
            for (var i = 0; i < pages.Count; i++)
            {
                if (fresh[i] is { } entry)
                {
                    cache.Renders[pages[i].Path] = entry;
                    rendered++;
                }
                else if (finished[i] is null)
                {
                    cache.Renders.Remove(pages[i].Path);
                }
            }
        }
        else
        {
            rendered = finished.Count(h => h is not null);
        }
        return (finished, rendered);
    }

    private const string WhileRendering = " (while rendering ";

    /// <summary>One template error hit by many pages is reported once, naming the first pages.</summary>
    private static IEnumerable<Diagnostic> MergeRepeats(IEnumerable<Diagnostic> diagnostics)
    {
        static string Core(Diagnostic d) => d.Message.Contains(WhileRendering, StringComparison.Ordinal) ? d.Message[..d.Message.LastIndexOf(WhileRendering, StringComparison.Ordinal)] : d.Message;
        foreach (var group in diagnostics.GroupBy(d => (d.File, d.Line, d.Column, Core(d))))
        {
            var list = group.ToList();
            if (list.Count == 1)
            {
                yield return list[0];
                continue;
            }
            var pages = list.Select(d => d.Message[(d.Message.LastIndexOf(WhileRendering, StringComparison.Ordinal) + WhileRendering.Length)..].TrimEnd(')'))
                .Order(StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", pages.Take(3)) + (pages.Count > 3 ? $" and {pages.Count - 3} more pages" : "");
            yield return list[0] with { Message = $"{group.Key.Item4}{WhileRendering}{shown})" };
        }
    }

    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext(maxPageChars);
        templates.Prime(context);
        context.PushGlobal(globals);
        return context;
    }

    /// <returns>The page's HTML, in the context's output buffer (valid until the context renders again), or null
    /// when a template failed (reported).</returns>
    private static StringBuilder? RenderPage(EscapingTemplateContext context, TemplateSet templates, Page page, string layout, ScriptObject model, DiagnosticBag diagnostics)
    {
        var pageGlobals = new ScriptObject { ["page"] = model };
        context.PushGlobal(pageGlobals);
        var output = ((PageOutput)context.Output).Builder;
        output.Clear();
        try
        {
            // The layout's HTML becomes `main` for the base layout, whose HTML stays in the output buffer: the page
            // goes to the link scan and the disk from there, never copied into a string of its own.
            var main = templates.Get(layout).Render(context) ?? "";
            pageGlobals["main"] = new HtmlString(main);
            RenderIntoOutput(context, templates.Get(LayoutResolver.BaseLayout));
            return output;
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            var message = ex.OriginalMessage.StartsWith("Exceeding number of iteration limit", StringComparison.Ordinal)
                ? $"a loop ran more than {EscapingTemplateContext.MaxLoopIterations.ToString("N0", CultureInfo.InvariantCulture)} times, the limit for one loop; check its condition (a `while true` never ends)"
                : ex.OriginalMessage;
            diagnostics.Error(span.FileName ?? layout, span.Start.Line + 1, span.Start.Column + 1, $"template: {message} (while rendering {page.Path})");
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Anything else a template can provoke inside Scriban or a function (a bad cast, a division by zero):
            // report it for this page and go on, never crash the build.
            diagnostics.Error("templates/" + layout, 0, 0, $"template: {ex.Message} (while rendering {page.Path})");
            return null;
        }
        finally
        {
            context.PopGlobal();
        }
    }

    /// <summary>What Scriban's Template.Render does, minus turning the output into a string.</summary>
    private static void RenderIntoOutput(TemplateContext context, Template template)
    {
        if (template.Page is null)
        {
            return;
        }
        if (template.SourceFilePath is not null)
        {
            context.PushSourceFile(template.SourceFilePath);
        }
        try
        {
            var result = context.Evaluate(template.Page);
            if (result is not null && context.EnableOutput)
            {
                context.Write(template.Page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }

    /// <summary>
    /// Finishes the page; an exception there (link scan) becomes an error for this page. Disk errors (full, read-only,
    /// no permission) go on up to `build`, which says the write failed and the previous output was kept.
    /// </summary>
    private static RenderedPage? FinishOrReport(Page page, StringBuilder output, PageFinish finish, DiagnosticBag diagnostics)
    {
        try
        {
            return Finish(page, output, finish);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or IOException or UnauthorizedAccessException))
        {
            output.Clear();
            diagnostics.Error(page.SourceFile ?? page.Path, page.SourceFile is null ? 0 : 1, 1,
                $"could not finish this page's HTML ({ex.GetType().Name}: {ex.Message}); build again, and report it as a SiteGen bug if it persists");
            return null;
        }
    }

    /// <summary>Hands the HTML in <paramref name="output"/> to <paramref name="finish"/> as one span of a pooled buffer.</summary>
    private static RenderedPage Finish(Page page, StringBuilder output, PageFinish finish)
    {
        var buffer = ArrayPool<char>.Shared.Rent(output.Length);
        try
        {
            var length = output.Length;
            output.CopyTo(0, buffer, length);
            output.Clear();
            return finish(page, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
