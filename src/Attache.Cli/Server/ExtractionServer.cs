using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Attache.Cli.Server;

/// <summary>
/// The HTTP API of <c>attache serve</c> on ASP.NET Core minimal APIs. The application is built with
/// nothing it does not ask for (no configuration files, environment settings or default logging), so what
/// it does depends on the command line alone.
/// </summary>
internal static class ExtractionServer
{
    public const string ExtractRoute = "/extract";
    public const string BatchRoute = "/extract/batch";
    public const string HealthRoute = "/health";
    public const string VersionRoute = "/version";
    public const string OpenApiRoute = "/openapi.json";

    private const string OpenApiResource = "Attache.Cli.Server.openapi.json";

    /// <summary>Builds the server; it listens once started.</summary>
    /// <param name="extractor">The extractor every request shares.</param>
    /// <param name="modelCard">The model card <c>GET /version</c> returns, or null.</param>
    /// <param name="settings">Address, port and body limit.</param>
    /// <param name="logWarnings">Log warnings and errors (a failing request) to standard error; the tests run quiet.</param>
    public static WebApplication Create(Extractor extractor, byte[]? modelCard, ServerSettings settings, bool logWarnings)
    {
        var address = Address(settings.Host) ?? throw new UsageException($"--host '{settings.Host}' is not an IP address or 'localhost'");
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "attache" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxBodyBytes;
            kestrel.Listen(address, settings.Port);
        });
        builder.Services.AddRoutingCore();
        if (logWarnings)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning).AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        var app = builder.Build();
        var endpoints = new ServerEndpoints(extractor, modelCard);
        var openApi = OpenApiDocument();
        app.MapPost(ExtractRoute, endpoints.ExtractAsync);
        app.MapPost(BatchRoute, endpoints.BatchAsync);
        app.MapGet(HealthRoute, ServerEndpoints.HealthAsync);
        app.MapGet(VersionRoute, endpoints.VersionAsync);
        app.MapGet(OpenApiRoute, async context =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync(openApi, context.RequestAborted);
        });
        return app;
    }

    /// <summary>The address <paramref name="host"/> names, or null when it names none.</summary>
    public static IPAddress? Address(string host) =>
        host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var address) ? address : null;

    /// <summary>The OpenAPI document of the routes above, written by hand: the bodies are text and JSON Lines, which no generator describes well.</summary>
    public static byte[] OpenApiDocument()
    {
        using var stream = typeof(ExtractionServer).Assembly.GetManifestResourceStream(OpenApiResource)
            ?? throw new InvalidOperationException($"The resource {OpenApiResource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
