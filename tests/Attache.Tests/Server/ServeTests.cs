using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Attache.Cli.Server;
using Attache.Tests.Cli;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Attache.Tests.Server;

public class ServeTests
{
    private const string SeedId = "000_6a73d2d4c6874491";
    private static readonly string Seed = Path.Combine(RepoPaths.Seeds, SeedId + ".txt");

    [Fact]
    public async Task Extract_of_seed_000_as_text_is_the_cli_json_byte_for_byte()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var (code, expected, error) = CliRunner.Run(null, "extract", Seed);
        Assert.True(code == 0, error);

        using var content = new ByteArrayContent(File.ReadAllBytes(Seed));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var response = await server.Client.PostAsync($"/extract?id={SeedId}", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetBytes(expected), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Extract_of_a_json_article_is_the_cli_json_of_that_jsonl_line()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var article = JsonSerializer.Serialize(new { id = SeedId, text = File.ReadAllText(Seed), published = "2017-02-01" });
        var (code, expected, error) = CliRunner.Run(article + "\n", "extract", "--input", "jsonl", "--format", "jsonl");
        Assert.True(code == 0, error);

        using var response = await server.Client.PostAsync("/extract", new StringContent(article, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var served = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var cli = JsonDocument.Parse(expected);
        Assert.Equal(JsonSerializer.Serialize(cli.RootElement), JsonSerializer.Serialize(served.RootElement));
    }

    [Fact]
    public async Task A_plain_text_article_without_id_is_named_text_and_dated_by_the_query()
    {
        await using var server = await ServerUnderTest.StartAsync();

        using var response = await server.Client.PostAsync("/extract?published=2024-03-04", new StringContent("Kim Jong Un met Xi Jinping in Beijing on Monday."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("text", json.RootElement.GetProperty("id").GetString());
        Assert.Contains(json.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("date").GetString() == "2024-03-04");
    }

    [Theory]
    [InlineData("application/json", "{\"text\": 1}", "missing string property \"text\"")]
    [InlineData("application/json", "[1, 2]", "expected a JSON object")]
    [InlineData("application/json", "{\"text\": \"Kim\"", "invalid JSON")]
    [InlineData("application/json", "{\"text\": \"\"}", "empty")]
    [InlineData("text/plain", "", "empty")]
    public async Task Malformed_input_is_400_naming_the_problem_and_the_server_answers_the_next_request(string type, string body, string problem)
    {
        await using var server = await ServerUnderTest.StartAsync();

        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        using var response = await server.Client.PostAsync("/extract", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(problem, json.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertAnswersAsync(server);
    }

    [Fact]
    public async Task Invalid_utf8_is_400_and_a_bad_date_is_400_and_another_media_type_is_415()
    {
        await using var server = await ServerUnderTest.StartAsync();

        using var bytes = new ByteArrayContent([0x4B, 0x69, 0xFF, 0x6D]);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var utf8 = await server.Client.PostAsync("/extract", bytes);
        using var date = await server.Client.PostAsync("/extract?published=March", new StringContent("Kim met Xi."));
        using var xml = await server.Client.PostAsync("/extract", new StringContent("<text/>", Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.BadRequest, utf8.StatusCode);
        Assert.Contains("UTF-8", await utf8.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, date.StatusCode);
        Assert.Contains("YYYY-MM-DD", await date.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, xml.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413_and_the_server_answers_the_next_request()
    {
        const int limit = 1000;
        await using var server = await ServerUnderTest.StartAsync(limit);

        using var single = await server.Client.PostAsync("/extract", new StringContent(new string('a', limit + 1)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, single.StatusCode);
        await AssertAnswersAsync(server);

        using var batch = await server.Client.PostAsync("/extract/batch", new StringContent(new string('a', limit + 1)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, batch.StatusCode);
        await AssertAnswersAsync(server);

        using var fits = await server.Client.PostAsync("/extract", new StringContent("Kim Jong Un met Xi Jinping."));
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
    }

    [Fact]
    public async Task Batch_gives_the_cli_jsonl_lines_in_order_with_its_per_line_errors()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var input = string.Join('\n', RepoPaths.SeedFiles.Take(3).Select(f => JsonSerializer.Serialize(new { id = Path.GetFileNameWithoutExtension(f), text = File.ReadAllText(f) })))
            + "\nnot json\n\n{\"text\": \"Moon Jae-in visited Tokyo.\"}\n";
        var (code, expected, error) = CliRunner.Run(input, "extract", "--input", "jsonl", "--format", "jsonl");
        Assert.Equal(1, code);

        using var response = await server.Client.PostAsync("/extract/batch", new StringContent(input, Encoding.UTF8, ServerEndpoints.JsonLines));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ServerEndpoints.JsonLines, response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var documents = lines.Where(l => !l.StartsWith("{\"line\":", StringComparison.Ordinal)).ToArray();
        Assert.Equal(expected.Split('\n', StringSplitOptions.RemoveEmptyEntries), documents);
        Assert.Equal(5, lines.Length);
        using var bad = JsonDocument.Parse(lines[3]);
        Assert.Equal(4, bad.RootElement.GetProperty("line").GetInt32());
        // the message the command prints for standard input, with the body named in its place
        Assert.Equal(error.Trim().Replace("attache: <stdin>:", "request:", StringComparison.Ordinal), bad.RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Health_and_version_answer_with_the_shipped_model_card()
    {
        await using var server = await ServerUnderTest.StartAsync();

        using var health = JsonDocument.Parse(await server.Client.GetStringAsync("/health"));
        using var version = JsonDocument.Parse(await server.Client.GetStringAsync("/version"));

        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.StartsWith("0.", version.RootElement.GetProperty("version").GetString(), StringComparison.Ordinal);
        var card = version.RootElement.GetProperty("modelCard");
        Assert.Equal("attache-models/2", card.GetProperty("format").GetString());
        Assert.Equal(JsonValueKind.Object, card.GetProperty("devScores").ValueKind);
    }

    [Fact]
    public async Task The_openapi_document_lists_exactly_the_routes_the_server_maps()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var mapped = server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m.ToUpperInvariant()} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal);

        using var document = JsonDocument.Parse(await server.Client.GetStringAsync(ExtractionServer.OpenApiRoute));

        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var described = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(mapped, described);
        Assert.Equal(5, described.Count());
    }

    [Fact]
    public async Task Stopping_the_server_lets_a_batch_in_flight_finish()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var text = JsonSerializer.Serialize(File.ReadAllText(Seed));
        const int lines = 40;
        var input = string.Concat(Enumerable.Range(0, lines).Select(i => $"{{\"id\": \"d{i}\", \"text\": {text}}}\n"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/extract/batch") { Content = new StringContent(input) };
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var stopping = server.App.StopAsync();
        var body = await response.Content.ReadAsStringAsync();
        await stopping;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Enumerable.Range(0, lines).Select(i => $"d{i}"), body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        await Assert.ThrowsAsync<HttpRequestException>(() => server.Client.GetAsync("/health"));
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--host", "example")]
    [InlineData("--max-body", "0")]
    public void Bad_serve_options_are_usage_errors(string option, string value)
    {
        var (code, _, error) = CliRunner.Run(null, "serve", option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    private static async Task AssertAnswersAsync(ServerUnderTest server)
    {
        using var response = await server.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
