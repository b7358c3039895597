namespace Attache.Cli.Server;

/// <summary>Where <c>attache serve</c> listens and what it accepts.</summary>
/// <param name="Host">An IP address, or <c>localhost</c>.</param>
/// <param name="Port">The TCP port; 0 takes any free one (the tests do).</param>
/// <param name="MaxBodyBytes">The largest request body accepted; a longer one gets 413.</param>
internal sealed record ServerSettings(string Host, int Port, long MaxBodyBytes)
{
    /// <summary>The loopback address: a server reachable from other machines is a choice the user makes with <c>--host</c>.</summary>
    public const string DefaultHost = "127.0.0.1";

    public const int DefaultPort = 8080;

    /// <summary>10 MiB: a thousand long articles in one batch, and a bound on what one request holds in memory.</summary>
    public const long DefaultMaxBodyBytes = 10 * 1024 * 1024;
}
