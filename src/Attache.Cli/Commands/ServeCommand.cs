using System.CommandLine;
using Attache.Cli.Server;
using Microsoft.Extensions.Hosting;

namespace Attache.Cli.Commands;

/// <summary><c>attache serve</c>: the extractor behind an HTTP API, for Python, R, notebooks and anything else that speaks HTTP.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var host = new Option<string>("--host") { Description = "IP address to listen on ('0.0.0.0' for every interface).", DefaultValueFactory = _ => ServerSettings.DefaultHost };
        var port = new Option<int>("--port") { Description = "TCP port (0: any free port, printed at start).", DefaultValueFactory = _ => ServerSettings.DefaultPort };
        var maxBody = new Option<long>("--max-body") { Description = "Largest request body in bytes; a longer one gets 413.", DefaultValueFactory = _ => ServerSettings.DefaultMaxBodyBytes };
        var models = new Option<string?>("--models") { Description = "Load models from this folder instead of the shipped ones." };
        var command = new Command("serve", "Serve extraction over HTTP: POST /extract, POST /extract/batch, GET /health, GET /version, GET /openapi.json.")
        {
            host, port, maxBody, models,
        };
        var knowledge = new KnowledgeOptions();
        knowledge.AddTo(command);
        command.SetAction(parsed => Run(
            console,
            new ServerSettings(parsed.GetValue(host)!, parsed.GetValue(port), parsed.GetValue(maxBody)),
            parsed.GetValue(models),
            knowledge.Files(parsed)));
        return command;
    }

    private static int Run(CliConsole console, ServerSettings settings, string? models, KnowledgeFiles knowledge)
    {
        if (settings.Port is < 0 or > ushort.MaxValue)
        {
            throw new UsageException($"--port must be between 0 and {ushort.MaxValue}");
        }

        if (settings.MaxBodyBytes < 1)
        {
            throw new UsageException("--max-body must be positive");
        }

        if (ExtractionServer.Address(settings.Host) is null)
        {
            throw new UsageException($"--host '{settings.Host}' is not an IP address or 'localhost'");
        }

        var extractor = ExtractorLoader.Load(models, knowledge: knowledge);
        using var app = ExtractionServer.Create(extractor, ModelCardSource.Read(models), settings, logWarnings: true);

        // Ctrl+C and SIGTERM stop the host, which stops taking connections and lets the requests in flight finish.
        app.Start();
        foreach (var url in app.Urls)
        {
            console.Error.WriteLine($"attache: listening on {url} (Ctrl+C stops)");
        }

        app.WaitForShutdown();
        return ExitCodes.Success;
    }
}
