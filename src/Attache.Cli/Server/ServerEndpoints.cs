using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Attache.Cli.Commands;
using Attache.Cli.Input;
using Attache.Documents;
using Attache.Formats;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Attache.Cli.Server;

/// <summary>
/// The handlers of <c>attache serve</c>. Documents are written by <see cref="DocumentJsonWriter"/>
/// exactly as <c>attache extract</c> writes them, and JSON Lines are read by the CLI's own line reader,
/// so the server and the command give the same bytes and the same messages for the same input.
/// </summary>
/// <param name="extractor">Shared by every request: it is immutable and thread-safe.</param>
/// <param name="modelCard">The model card of the models in use, or null when there are none.</param>
internal sealed class ServerEndpoints(Extractor extractor, byte[]? modelCard)
{
    /// <summary>The media type of a batch response (one JSON object per line).</summary>
    public const string JsonLines = "application/x-ndjson";

    private const string Json = "application/json; charset=utf-8";
    private const string ProblemJson = "application/problem+json; charset=utf-8";
    private const string PublishedParameter = "published";
    private const string IdParameter = "id";

    /// <summary>How the body is named in messages, where the command line names a file.</summary>
    private const string BodyName = "request";

    /// <summary>The id of a plain-text article sent without <c>?id=</c>.</summary>
    private const string DefaultId = "text";

    /// <summary>The line number <see cref="JsonlArticleReader"/> is given for a single article, whose default id it makes from it.</summary>
    private const int SingleArticleLine = 1;

    /// <summary>Lines of one batch extracted at once ahead of the one being written: every core busy, memory bounded.</summary>
    private static readonly int BatchWindow = Environment.ProcessorCount * 2;

    private static readonly JsonWriterOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>POST /extract</c>: one article as plain text or a JSON object; the document JSON of <c>attache extract --format json</c>.</summary>
    public async Task ExtractAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        if (!TryPublished(request, out var published, out var dateError))
        {
            await ProblemAsync(context, StatusCodes.Status400BadRequest, dateError!);
            return;
        }

        byte[] body;
        try
        {
            body = await ReadBodyAsync(request, context.RequestAborted);
        }
        catch (BadHttpRequestException e)
        {
            await ProblemAsync(context, e.StatusCode, e.Message);
            return;
        }

        var (article, status, problem) = ToArticle(request, body, published);
        if (article is null)
        {
            await ProblemAsync(context, status, problem!);
            return;
        }

        var (_, document, error) = ExtractCommand.Process(extractor, new TextInput(article.Id!, article, null));
        if (document is null)
        {
            await ProblemAsync(context, StatusCodes.Status500InternalServerError, error!);
            return;
        }

        context.Response.ContentType = Json;
        await context.Response.Body.WriteAsync(DocumentBytes(document, indented: true), context.RequestAborted);
    }

    /// <summary>
    /// <c>POST /extract/batch</c>: JSON Lines in, one document (or <c>{"line": N, "error": "..."}</c>) per
    /// line out, in input order, each written as soon as it and the ones before it are done.
    /// </summary>
    public async Task BatchAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!TryPublished(context.Request, out var published, out var dateError))
        {
            await ProblemAsync(context, StatusCodes.Status400BadRequest, dateError!);
            return;
        }

        var response = context.Response;
        var cancel = context.RequestAborted;
        response.ContentType = JsonLines;
        var pending = new Queue<Task<byte[]>>();
        var lineNumber = 0;
        BadHttpRequestException? cutShort = null;
        try
        {
            await foreach (var line in RequestLines.ReadAsync(context.Request.BodyReader, cancel))
            {
                var number = ++lineNumber;
                pending.Enqueue(Task.Run(() => BatchLine(line, number, published), cancel));
                if (pending.Count >= BatchWindow)
                {
                    await WriteLineAsync(response, await pending.Dequeue(), cancel);
                }
            }
        }
        catch (BadHttpRequestException e)
        {
            cutShort = e;
        }

        while (pending.Count > 0)
        {
            await WriteLineAsync(response, await pending.Dequeue(), cancel);
        }

        if (cutShort is null)
        {
            return;
        }

        // Too large before anything was written is a status; after, the lines already sent stand and the last line says why the rest is missing.
        if (!response.HasStarted)
        {
            await ProblemAsync(context, cutShort.StatusCode, cutShort.Message);
            return;
        }

        await WriteLineAsync(response, ErrorLine(lineNumber + 1, $"{BodyName}:{lineNumber + 1}: {cutShort.Message}"), cancel);
    }

    /// <summary><c>GET /version</c>: the library version and the model card of the models in use.</summary>
    public async Task VersionAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            writer.WriteString("version", ModelCardSource.LibraryVersion);
            writer.WritePropertyName("modelCard");
            if (modelCard is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                // Re-written rather than copied, so the response is compact like the other members.
                using var card = JsonDocument.Parse(modelCard);
                card.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        context.Response.ContentType = Json;
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted);
    }

    /// <summary><c>GET /health</c>: the server is up and its extractor loaded.</summary>
    public static async Task HealthAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = Json;
        await context.Response.WriteAsync("{\"status\":\"ok\"}\n", context.RequestAborted);
    }

    /// <summary>An error as RFC 9457 problem details: status, its reason, and what was wrong.</summary>
    public static async Task ProblemAsync(HttpContext context, int status, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            writer.WriteString("title", ReasonPhrases.GetReasonPhrase(status));
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        context.Response.StatusCode = status;
        context.Response.ContentType = ProblemJson;
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancel)
    {
        // Kestrel enforces the size limit while this reads: a longer body throws BadHttpRequestException (413).
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancel);
        return buffer.ToArray();
    }

    /// <summary>The article a body holds: plain text (the default) or a JSON object as a line of <c>extract --input jsonl</c>.</summary>
    private static (Article? Article, int Status, string? Problem) ToArticle(HttpRequest request, byte[] body, DateOnly? published)
    {
        var mediaType = request.ContentType is null ? "text/plain"
            : MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value ?? string.Empty
            : string.Empty;
        if (mediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            var (text, error) = TextDecoder.Decode(BodyName, body);
            return text is null
                ? (null, StatusCodes.Status400BadRequest, error!.ToString())
                : (new Article(text, request.Query[IdParameter].FirstOrDefault() ?? DefaultId, published), StatusCodes.Status200OK, null);
        }

        if (!mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, $"send text/plain or application/json, not '{request.ContentType}'");
        }

        if (!Utf8.IsValid(body))
        {
            return (null, StatusCodes.Status400BadRequest, $"{BodyName}: invalid UTF-8");
        }

        var json = Encoding.UTF8.GetString(body).TrimStart('\uFEFF');
        if (!JsonlArticleReader.TryParse(json, BodyName, SingleArticleLine, out var article, out var problem))
        {
            return (null, StatusCodes.Status400BadRequest, $"{BodyName}: {problem!.Message}");
        }

        // The reader names an article without an id after its line; a body has no line, so it gets the plain-text default.
        var id = HasId(json) ? article!.Id : DefaultId;
        return (article! with { Id = id, Published = article.Published ?? published }, StatusCodes.Status200OK, null);
    }

    private static bool HasId(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(IdParameter, out var id) && id.ValueKind != JsonValueKind.Null;
    }

    private static bool TryPublished(HttpRequest request, out DateOnly? published, out string? error)
    {
        published = null;
        error = null;
        if (request.Query[PublishedParameter].FirstOrDefault() is not { } value)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            published = date;
            return true;
        }

        error = $"?{PublishedParameter}={value} is not a date written YYYY-MM-DD";
        return false;
    }

    private byte[] BatchLine(byte[] line, int number, DateOnly? published)
    {
        if (InputSource.ParseLine(line, BodyName, number, published) is not { } input)
        {
            return [];
        }

        var (_, document, error) = ExtractCommand.Process(extractor, input);
        return document is null ? ErrorLine(number, error!) : DocumentBytes(document, indented: false);
    }

    private static byte[] DocumentBytes(Document document, bool indented)
    {
        using var buffer = new MemoryStream();
        DocumentJsonWriter.Write(buffer, document, indented);
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static byte[] ErrorLine(int line, string error)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Compact))
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", line);
            writer.WriteString("error", error);
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static async Task WriteLineAsync(HttpResponse response, byte[] line, CancellationToken cancel)
    {
        // A blank input line has no output line.
        if (line.Length == 0)
        {
            return;
        }

        await response.Body.WriteAsync(line, cancel);
        await response.Body.FlushAsync(cancel);
    }
}
