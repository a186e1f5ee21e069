using System.Net;
using System.Text;

namespace SiteGen.Serve;

/// <summary>The page the dev server shows while the last build failed: every error with its source excerpt.</summary>
public static class ErrorPage
{
    public static string Render(IReadOnlyList<Diagnostic> errors, string root)
    {
        using var excerpt = new StringWriter();
        DiagnosticPrinter.Print(errors, root, excerpt);
        var builder = new StringBuilder();
        builder.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        builder.Append("<title>Build failed | SiteGen</title><style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;color:#1a1a1a;background:#fff}");
        builder.Append("pre{background:#fff4f4;border-left:4px solid #b00020;padding:1rem;overflow:auto;font:14px/1.45 ui-monospace,monospace}h1{color:#b00020}</style></head><body><main>");
        builder.Append("<h1>Build failed</h1><p>").Append(Cli.BuildReport.Count(errors.Count, "error"));
        builder.Append(". Fix the file and save: this page reloads by itself.</p><pre>");
        builder.Append(WebUtility.HtmlEncode(excerpt.ToString()));
        builder.Append("</pre></main></body></html>");
        return builder.ToString();
    }
}
