using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SiteGen.Tests.QualityGates;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hosting;

/// <summary>
/// Debian's nginx as a child process, serving a folder through one of the server blocks in deploy/nginx/ exactly as
/// the README documents them: only `listen` and `root` are replaced (a free port on 127.0.0.1, the temp folder). The
/// main configuration around it keeps everything (pid, logs, temp files) in its own temp folder, runs in the
/// foreground as one process and loads the brotli_static module the Debian package installs. Disposing stops it.
/// </summary>
public sealed class RunningNginx : IDisposable
{
    public const string Executable = "/usr/sbin/nginx";
    public const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

    private readonly Process _process;
    private readonly string _folder;

    private RunningNginx(Process process, string folder, Uri baseUrl)
    {
        _process = process;
        _folder = folder;
        BaseUrl = baseUrl;
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseUrl { get; }

    /// <summary>Why nginx cannot run here, or null.</summary>
    public static string? MissingReason =>
        !File.Exists(Executable) ? $"nginx is not installed at {Executable} (Debian: apt-get install nginx libnginx-mod-http-brotli-static)."
        : !File.Exists(BrotliModule) ? $"nginx's brotli_static module is not installed at {BrotliModule} (Debian: apt-get install libnginx-mod-http-brotli-static)."
        : null;

    public static string DeployFile(string name) => Path.Combine(RepoPaths.Root, "deploy", "nginx", name);

    /// <param name="serverBlock">a file of deploy/nginx/ ("sitegen.conf").</param>
    /// <param name="root">what replaces the block's `root` folder.</param>
    /// <param name="folder">an empty temp folder for the configuration, pid, logs and temp files.</param>
    public static RunningNginx Start(string serverBlock, string root, string folder)
    {
        var port = FreePort();
        var server = File.ReadAllText(DeployFile(serverBlock));
        Assert.Contains("    listen 80;\n", server, StringComparison.Ordinal);
        server = server.Replace("    listen 80;\n", $"    listen 127.0.0.1:{port};\n", StringComparison.Ordinal);
        var rootLine = server.Split('\n').Single(l => l.TrimStart().StartsWith("root ", StringComparison.Ordinal));
        server = server.Replace(rootLine, $"    root {root};", StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(folder, "snippets"));
        File.Copy(DeployFile("sitegen-headers.conf"), Path.Combine(folder, "snippets", "sitegen-headers.conf"));
        File.WriteAllText(Path.Combine(folder, "site.conf"), server);
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), $$"""
            load_module {{BrotliModule}};
            daemon off;
            master_process off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{folder}}/tmp-body;
                proxy_temp_path {{folder}}/tmp-proxy;
                fastcgi_temp_path {{folder}}/tmp-fastcgi;
                uwsgi_temp_path {{folder}}/tmp-uwsgi;
                scgi_temp_path {{folder}}/tmp-scgi;
                include site.conf;
            }
            """);
        var start = new ProcessStartInfo(Executable)
        {
            ArgumentList = { "-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var nginx = new RunningNginx(process, folder, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            nginx.WaitUntilListening(port);
        }
        catch
        {
            nginx.Dispose();
            throw;
        }
        return nginx;
    }

    /// <summary>nginx's own error log, for failure messages.</summary>
    public string ErrorLog()
    {
        var log = Path.Combine(_folder, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "(no error log)";
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        _process.Dispose();
    }

    /// <summary>Polls the port for at most 15 seconds; fails with nginx's own words when it exits or never listens.</summary>
    private void WaitUntilListening(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(15))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"nginx exited with code {_process.ExitCode}: {_process.StandardError.ReadToEnd()}\n{ErrorLog()}");
            }
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        Assert.Fail($"nginx did not listen on port {port} within 15 s.\n{ErrorLog()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
