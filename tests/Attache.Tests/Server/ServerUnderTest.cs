using Attache.Cli.Server;
using Microsoft.AspNetCore.Builder;

namespace Attache.Tests.Server;

/// <summary>An <c>attache serve</c> application in-process on a free loopback port, with a client for it.</summary>
internal sealed class ServerUnderTest : IAsyncDisposable
{
    private ServerUnderTest(WebApplication app)
    {
        App = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<ServerUnderTest> StartAsync(long maxBodyBytes = ServerSettings.DefaultMaxBodyBytes)
    {
        var app = ExtractionServer.Create(Extractor.CreateDefault(), ModelCardSource.Read(null), new ServerSettings(ServerSettings.DefaultHost, 0, maxBodyBytes), logWarnings: false);
        await app.StartAsync();
        return new ServerUnderTest(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
