using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.QualityGates;

/// <summary>
/// The published executable (`dotnet publish -c Release -r linux-x64`) is compiled ahead of time and trimmed, while
/// every other test runs the JIT build in process. Anything that works by reflection (Scriban's built-in functions,
/// the functions SiteGen imports into Scriban) could work in one and not the other, so this gate runs the native
/// executable that SITEGEN_NATIVE names (.ci/run publishes it) and checks it gives the same bytes and the same
/// diagnostics as the JIT build, and that its dev server answers.
/// </summary>
public sealed partial class NativeBuildTests
{
    private static string NativeExecutable()
    {
        var path = Environment.GetEnvironmentVariable("SITEGEN_NATIVE");
        ToolGate.Require(path is null
            ? "SITEGEN_NATIVE is not set: it names a published native SiteGen (dotnet publish src/SiteGen -c Release -r linux-x64 -o DIR; then DIR/SiteGen)."
            : File.Exists(path) ? null : $"SITEGEN_NATIVE is {path}, which does not exist.");
        return path!;
    }

    [Fact]
    public void The_guide_built_by_the_native_executable_is_byte_identical_to_the_JIT_build()
    {
        var native = NativeExecutable();
        using var folder = new TempFolder();
        string[] source = ["--source", Path.Combine(RepoPaths.Root, "site-content"), "--templates", Path.Combine(RepoPaths.Root, "templates")];

        var nativeRun = RunNative(native, ["build", .. source, "--output", folder.Path("native")]);
        var jitRun = RunJit(["build", .. source, "--output", folder.Path("jit")]);

        Assert.True(nativeRun.ExitCode == 0, nativeRun.ToString());
        Assert.True(jitRun.ExitCode == 0, jitRun.ToString());
        Assert.Equal(WithoutTimes(jitRun.All).Replace(folder.Path("jit"), "OUT", StringComparison.Ordinal),
            WithoutTimes(nativeRun.All).Replace(folder.Path("native"), "OUT", StringComparison.Ordinal));
        AssertSameFiles(folder.Path("jit"), folder.Path("native"));
    }

    [Fact]
    public void A_broken_site_gives_the_same_diagnostics_from_the_native_executable()
    {
        var native = NativeExecutable();
        using var site = new TestSite()
            .Write("site-content/broken-link.md", "---\ntitle: Links\n---\nSee [the missing page](missing.md) and [an anchor](#nowhere).\n")
            .Write("site-content/bad-key.md", "---\ntitle: Typo\ndraftt: true\n---\nText.\n")
            .Write("site-content/bad-yaml.md", "---\ntitle: \"unclosed\n---\nText.\n")
            .Write("templates/_default/page.html", "<h1>{{ page.title }}</h1>\n{{ page.content }}\n{{ page.no_such_field }}");

        var nativeRun = RunNative(native, ["build", .. site.DefaultArgs()]);
        var jitRun = site.Build();

        Assert.Equal(1, jitRun.ExitCode);
        Assert.Equal(jitRun.ExitCode, nativeRun.ExitCode);
        Assert.Contains("missing.md", jitRun.Stderr, StringComparison.Ordinal);
        Assert.Equal(WithoutTimes(jitRun.Stderr), WithoutTimes(nativeRun.Stderr));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Scriban_built_ins_and_SiteGen_functions_work_in_the_native_executable()
    {
        var native = NativeExecutable();
        using var site = new TestSite()
            .Write("site-content/data/pay.yml", "junior: 70000\n")
            .Write("site-content/roles.md", "---\ntitle: Roles\nparams:\n  focus: APIs\n---\nBody *text*.\n")
            .Write("templates/partials/note.html", "<p class=\"note\">{{ page.title | string.upcase }}</p>")
            .Write("templates/_default/page.html", """
                <h1>{{ page.title | string.slice 0 3 }}</h1>
                {{ if object.has_key page.params "focus" }}<p id="focus">{{ page.params.focus }}</p>{{ end }}
                <p id="count">{{ site.pages | array.size }}</p>
                <p id="money">{{ money site.data.pay.junior "USD" }}</p>
                <a id="rel" href="{{ rel_url "/roles/" }}">roles</a>
                {{ include "partials/note.html" }}
                <script type="application/ld+json">{{ json_ld { name: page.title, pay: site.data.pay.junior } }}</script>
                {{ page.content }}
                """);

        var nativeRun = RunNative(native, ["build", "--source", Path.Combine(site.Root, "site-content"), "--templates", Path.Combine(site.Root, "templates"), "--output", site.Output + "-native"]);
        var jitRun = site.Build();

        Assert.True(jitRun.ExitCode == 0, jitRun.ToString());
        Assert.True(nativeRun.ExitCode == 0, nativeRun.ToString());
        var page = site.Html("roles/index.html");
        Assert.Equal("Rol", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("APIs", page.QuerySelector("#focus")!.TextContent);
        Assert.Equal("ROLES", page.QuerySelector(".note")!.TextContent);
        AssertSameFiles(site.Output, site.Output + "-native");
    }

    [Fact]
    public void New_writes_the_same_page_from_the_native_executable()
    {
        var native = NativeExecutable();
        const string Archetype = "---\ntitle: {{ title_yaml }}\nslug: {{ slug }}\n---\n# {{ title }}\n";
        using var jitSite = new TestSite().Write("templates/archetypes/note.md", Archetype);
        using var nativeSite = new TestSite().Write("templates/archetypes/note.md", Archetype);
        const string Title = "Café \"Ñandú\" & Co";

        var jitRun = jitSite.Run(["new", "note", Title, .. jitSite.DefaultArgs()]);
        var nativeRun = RunNative(native, ["new", "note", Title, .. nativeSite.DefaultArgs()]);

        Assert.True(jitRun.ExitCode == 0, jitRun.ToString());
        Assert.True(nativeRun.ExitCode == 0, nativeRun.ToString());
        var written = File.ReadAllText(Path.Combine(jitSite.Root, "site-content/notes/cafe-nandu-co.md"));
        Assert.Contains("title: \"Café \\\"Ñandú\\\" & Co\"\n", written, StringComparison.Ordinal);
        Assert.Equal(written, File.ReadAllText(Path.Combine(nativeSite.Root, "site-content/notes/cafe-nandu-co.md")));
    }

    [Fact]
    public async Task The_native_dev_server_serves_pages_with_live_reload()
    {
        var native = NativeExecutable();
        using var site = new TestSite().Write("site-content/about.md", "---\ntitle: About us\n---\nHello.\n");
        // Port 0: the server takes a free port and prints it once its first build is served.
        using var server = Process.Start(StartInfo(native, ["serve", .. site.DefaultArgs(), "--port", "0"]))!;
        var token = TestContext.Current.CancellationToken;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            var printed = new System.Text.StringBuilder();
            Uri? address = null;
            try
            {
                while (address is null && await server.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                {
                    printed.AppendLine(line);
                    var serving = System.Text.RegularExpressions.Regex.Match(line, @"^Serving\b.*? at (http://\S+/)");
                    address = serving.Success ? new Uri(serving.Groups[1].Value) : null;
                }
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
            }
            Assert.True(address is not null, $"the native server printed no address within 30 s (exited: {server.HasExited}):\n{printed}");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            using var response = await http.GetAsync(new Uri(address, "about/"), token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(token);
            Assert.Contains("<title>About us</title>", html, StringComparison.Ordinal);
            Assert.Contains(LiveReload.EventsPath, html, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(token).WaitAsync(TimeSpan.FromSeconds(30), token);
        }
    }

    private static BuildRun RunJit(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = SiteGenCli.Run(args, stdout, stderr);
        return new BuildRun(exit, stdout.ToString(), stderr.ToString());
    }

    private static BuildRun RunNative(string executable, string[] args)
    {
        using var process = Process.Start(StartInfo(executable, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{executable} {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new BuildRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Started in this process's folder, so paths in messages are shown as the in-process run shows them.</summary>
    private static ProcessStartInfo StartInfo(string executable, string[] args)
    {
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    private static void AssertSameFiles(string expectedFolder, string actualFolder)
    {
        static SortedDictionary<string, byte[]> Read(string folder) => new(
            Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes),
            StringComparer.Ordinal);
        var expected = Read(expectedFolder);
        var actual = Read(actualFolder);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs between the JIT and the native build");
        }
    }

    /// <summary>The text with every "1.23 s" duration replaced, since two runs never take the same time.</summary>
    private static string WithoutTimes(string text) => Seconds().Replace(text, "T s");

    [GeneratedRegex(@"\b\d+\.\d+ s\b")]
    private static partial Regex Seconds();

    private sealed class TempFolder : IDisposable
    {
        private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-native-" + Guid.NewGuid().ToString("N")[..12]);

        public string Path(string name) => System.IO.Path.Combine(_root, name);

        public void Dispose()
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }
}
