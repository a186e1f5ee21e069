using Scriban.Syntax;

namespace SiteGen.Serve;

/// <summary>
/// An exception a build threw instead of reporting diagnostics (a bug in SiteGen or a library it calls), as the error
/// serve shows in the terminal and the browser until the next save builds again.
/// </summary>
public static class BuildCrash
{
    /// <param name="trigger">the first file whose change started the build, or null for the first build.</param>
    public static Diagnostic ToDiagnostic(Exception exception, SitePaths paths, string? trigger)
    {
        var inner = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception;
        var after = trigger is null ? "" : $" after {paths.Display(trigger)} changed";
        var message = $"the build stopped with {inner.GetType().Name}{after}: {inner.Message.TrimEnd('.')}; serve keeps " +
            "running with the last good build: save a fix to build again (if the input looks right, please report this as a SiteGen bug)";
        // A template error that escaped knows its template and line; otherwise the changed file is the best lead.
        if (inner is ScriptRuntimeException { Span.FileName: { Length: > 0 } template } scriban)
        {
            var file = Path.IsPathRooted(template) ? template : Path.Combine(paths.Templates, template);
            return Diagnostic.Error(paths.Display(file), scriban.Span.Start.Line + 1, scriban.Span.Start.Column + 1, message);
        }
        return Diagnostic.Error(paths.Display(trigger ?? paths.Content), 0, 0, message);
    }

    /// <summary>The first frames of the stack, for the terminal: what a bug report needs.</summary>
    public static IEnumerable<string> StackExcerpt(Exception exception) =>
        (exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : exception).StackTrace?
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(6) ?? [];
}
