using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary>`serve`: the dev server with live reload.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 1313 };
        var host = new Option<string>("--host") { Description = "Address to listen on; the default serves this machine only, and only to the names localhost, 127.0.0.1 and [::1]. Use 0.0.0.0 to share on your network (anyone who reaches it can read the drafts)", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "Build the site in memory, serve it, and on every change rebuild what changed and reload open browser tabs. Shows drafts with a banner; never writes the output folder.");
        site.AddTo(command, withBuildOptions: false);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(site.AllWarnings);
        command.SetAction(async (parse, cancellation) =>
        {
            if (site.Resolve(parse, stderr) is not { } options)
            {
                return SiteGenCli.UsageErrors;
            }
            var hostName = parse.GetValue(host)!;
            if (hostName != "localhost" && !IPAddress.TryParse(hostName, out _))
            {
                stderr.WriteLine($"error: --host '{hostName}' must be an IP address (127.0.0.1, 0.0.0.0, ::1) or localhost");
                return SiteGenCli.UsageErrors;
            }
            DevServer server;
            try
            {
                server = await DevServer.StartAsync(options, hostName, parse.GetValue(port), stdout, allWarnings: parse.GetValue(site.AllWarnings));
            }
            catch (IOException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                stderr.WriteLine($"error: port {parse.GetValue(port)} on {hostName} is already in use; pick another with --port, e.g. --port {parse.GetValue(port) + 1}");
                return SiteGenCli.UsageErrors;
            }
            await using (server)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                }
            }
            stdout.WriteLine("Stopped.");
            return SiteGenCli.Success;
        });
        return command;
    }
}
