using System.Diagnostics;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace Attache.Tests.Server;

/// <summary>Loopback load: seed 000 two hundred times at once takes several seconds on two cores, so it runs with the slow tests.</summary>
public class ServeLoadTests(ITestOutputHelper output)
{
    private const int Requests = 200;

    [Fact]
    [Trait("Category", TestCategories.Slow)]
    public async Task Two_hundred_concurrent_requests_all_succeed_with_the_same_document()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "000_6a73d2d4c6874491.txt"));
        using var first = await server.Client.PostAsync("/extract", new StringContent(text));
        var expected = await first.Content.ReadAsStringAsync();

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async _ =>
        {
            using var response = await server.Client.PostAsync("/extract", new StringContent(text, Encoding.UTF8));
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }));
        clock.Stop();

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.All(responses, r => Assert.Equal(expected, r.Body));
        output.WriteLine($"{Requests} concurrent requests of seed 000 in {clock.Elapsed.TotalSeconds:0.00} s");
    }
}
