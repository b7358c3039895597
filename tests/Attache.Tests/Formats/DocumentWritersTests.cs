using System.Text;
using System.Text.Json;
using Attache.Documents;
using Attache.Formats;

namespace Attache.Tests.Formats;

public class DocumentWritersTests
{
    private static readonly Extractor Tagger = TextPipeline.Builder()
        .Add(new PhraseTagger(("Kim Yong Dae", MentionType.Official, "Kim Yong Dae", null)))
        .Build();

    [Fact]
    public void The_built_in_formats_are_registered_by_name_in_enum_order()
    {
        var writers = new DocumentWriters();

        Assert.Equal(["json", "jsonl", "brat", "conll", "html"], writers.Names);
        foreach (var format in Enum.GetValues<OutputFormat>())
        {
            var writer = DocumentWriters.BuiltIn(format);
            Assert.Equal(writer.GetType(), writers[writer.Name].GetType());
        }
    }

    [Fact]
    public void A_users_writer_is_found_by_its_name_and_a_name_is_taken_once()
    {
        var writers = new DocumentWriters().Add(new IdsWriter());

        Assert.IsType<IdsWriter>(writers["ids"]);
        Assert.Equal("ids", writers.Names[^1]);
        Assert.Throws<ArgumentException>(() => writers.Add(new IdsWriter()));
        Assert.False(writers.TryGet("IDS", out _));
        var missing = Assert.Throws<KeyNotFoundException>(() => writers["yaml"]);
        Assert.Contains("json, jsonl, brat, conll, html, ids", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_makes_one_array_of_several_documents_and_one_object_of_one()
    {
        var json = DocumentWriters.BuiltIn(OutputFormat.Json);
        Document[] documents = [Extract("a", "Kim Yong Dae spoke."), Extract("b", "He left.")];

        using var array = JsonDocument.Parse(Write(json, documents, several: true));
        Assert.Equal(["a", "b"], array.RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Equal("[]\n", Write(json, [], several: true));

        var one = Write(json, documents[..1], several: false);
        Assert.EndsWith("}\n", one, StringComparison.Ordinal);
        Assert.Equal("a", JsonDocument.Parse(one).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public void Brat_heads_each_of_several_documents_and_pairs_its_files()
    {
        var brat = DocumentWriters.BuiltIn(OutputFormat.Brat);
        var document = Extract("a", "Kim Yong Dae spoke.");

        Assert.Equal("# a\nT1\tOfficial 0 12\tKim Yong Dae\n", Write(brat, [document], several: true).Split("N1")[0]);
        var files = brat.Files(document);
        Assert.Equal([".txt", ".ann"], files.Select(f => f.Extension));
        Assert.Equal(document.Text, files[0].Contents);
        Assert.Equal(Write(brat, [document], several: false), files[1].Contents);
        Assert.Equal(OutputLayout.FilePerDocument, brat.Layout);
        Assert.Null(brat.IndexStem);
    }

    [Fact]
    public void A_writer_that_only_streams_gets_one_file_per_document_from_its_stream_form()
    {
        var document = Extract("a", "Kim Yong Dae spoke.");
        IDocumentWriter ids = new IdsWriter();

        var file = Assert.Single(ids.Files(document));
        Assert.Equal(new OutputFile(".ids", "a\n"), file);
        Assert.Equal(string.Empty, ids.WriteIndex([]));
    }

    [Fact]
    public void Html_writes_an_index_linking_the_pages()
    {
        var html = DocumentWriters.BuiltIn(OutputFormat.Html);
        var document = Extract("a", "Kim Yong Dae spoke.");

        Assert.Equal("index", html.IndexStem);
        Assert.Equal(HtmlWriter.ToHtml(document), Assert.Single(html.Files(document)).Contents);
        Assert.Contains("href=\"a.html\"", html.WriteIndex([HtmlIndexEntry.For(document, "a.html")]), StringComparison.Ordinal);
    }

    private static Document Extract(string id, string text) => Tagger.Extract(text, new ExtractOptions { Id = id });

    private static string Write(IDocumentWriter writer, IEnumerable<Document> documents, bool several)
    {
        using var stream = new MemoryStream();
        writer.Write(stream, documents, several);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A format of one's own: each document's id on a line.</summary>
    private sealed class IdsWriter : IDocumentWriter
    {
        public string Name => "ids";

        public string FileExtension => ".ids";

        public OutputLayout Layout => OutputLayout.Stream;

        public void Write(Stream output, IEnumerable<Document> documents, bool several)
        {
            foreach (var document in documents)
            {
                output.Write(Encoding.UTF8.GetBytes(document.Id + "\n"));
            }
        }
    }
}
