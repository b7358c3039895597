using Attache.Formats;

namespace Attache.Tests.Formats;

public class ConllReaderTests
{
    [Fact]
    public void Reads_documents_sentences_and_bio_spans()
    {
        const string conll = "-DOCSTART- O\n\nKim B-Official\nJong I-Official\nUn I-Official\nmet O\nXi B-Official\n. O\n\nIn O\nBeijing B-LOC\n. O\n\n-DOCSTART- O\n\nAbe I-PER\nspoke O\n";
        var errors = new List<FormatError>();
        var documents = ConllReader.Read(conll, "x.conll", errors);

        Assert.Empty(errors);
        Assert.Equal(2, documents.Count);
        Assert.Equal("Kim Jong Un met Xi .\nIn Beijing .\n", documents[0].Text);
        Assert.Equal(
            [("Official", "Kim Jong Un"), ("Official", "Xi"), ("Place", "Beijing")],
            documents[0].Annotations.Spans.Select(s => (s.Type, s.Text)));
        Assert.Equal([("Person", "Abe")], documents[1].Annotations.Spans.Select(s => (s.Type, s.Text)));
    }

    [Fact]
    public void Malformed_lines_are_reported_with_file_and_line()
    {
        var errors = new List<FormatError>();
        ConllReader.Read("Kim B-Official\nbroken\nXi X-Official\n", "bad.conll", errors);
        Assert.Equal([2, 3], errors.Select(e => e.Line));
    }
}
