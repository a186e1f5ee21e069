using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.QualityGates;

/// <summary>Every HTML file of the built guide passes the Nu Html Checker (vnu.jar) with zero errors.</summary>
[Collection(ServedGuideCollection.Name)]
public sealed class HtmlValidityTests(ServedGuideFixture site)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>$VNU_JAR, else the copy .ci/run installs under .ci/tools.</summary>
    public static string VnuJar =>
        Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } jar
            ? jar
            : Path.Combine(RepoPaths.Root, ".ci", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_page_passes_the_Nu_Html_Checker()
    {
        var java = ToolGate.FindOnPath("java");
        ToolGate.Require(java is null ? "Java is not on PATH (the Nu Html Checker needs it)." : null);
        ToolGate.Require(File.Exists(VnuJar) ? null : $"The Nu Html Checker is not at {VnuJar} (npm package vnu-jar; set VNU_JAR).");
        site.RequireSite();

        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(java!, ["-jar", VnuJar, "--errors-only", "--format", "json", "--skip-non-html", site.OutputDir], Timeout);

        var errors = ParseErrors(stderr);
        Assert.True(errors.Count > 0 || exitCode == 0, $"vnu.jar exited with {exitCode} but reported no error in JSON.{Environment.NewLine}stdout: {stdout}{Environment.NewLine}stderr: {stderr}");
        Assert.True(errors.Count == 0, $"The Nu Html Checker found {errors.Count} errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    /// <summary>"roles/api-developer/index.html:12.5: message [extract]" for each error of vnu's JSON report.</summary>
    private List<string> ParseErrors(string json)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(json))
        {
            return errors;
        }
        using var report = JsonDocument.Parse(json);
        foreach (var message in report.RootElement.GetProperty("messages").EnumerateArray())
        {
            // --errors-only leaves "error" and "non-document-error" (a file vnu could not read); skip any "info".
            var type = message.TryGetProperty("type", out var t) ? t.GetString() : "";
            if (type == "info")
            {
                continue;
            }
            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            var file = url.StartsWith("file:", StringComparison.Ordinal)
                ? Path.GetRelativePath(site.OutputDir, Uri.UnescapeDataString(url["file:".Length..]).Replace("//", "/", StringComparison.Ordinal))
                : url;
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            var column = message.TryGetProperty("firstColumn", out var c) ? "." + c.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            var text = message.TryGetProperty("message", out var m) ? m.GetString() : "";
            var extract = message.TryGetProperty("extract", out var e) ? $" [{e.GetString()?.ReplaceLineEndings(" ").Trim()}]" : "";
            errors.Add($"{file}:{line}{column}: {type}: {text}{extract}");
        }
        return errors;
    }
}
