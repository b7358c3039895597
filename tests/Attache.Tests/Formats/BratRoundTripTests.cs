using Attache.Documents;
using Attache.Formats;

namespace Attache.Tests.Formats;

public class BratRoundTripTests
{
    private static Extractor Tagging(string trigger) => TextPipeline.Builder()
        .Add(new PhraseTagger(
            ("Choe Ryong Hae", MentionType.Official, "Choe Ryong Hae", null),
            ("top official", MentionType.Title, null, null),
            ("Workers' Party", MentionType.Organization, null, null),
            ("North Korea", MentionType.Place, "North Korea", "PRK"),
            ("Bejing", MentionType.Place, "Beijing", null)) { Trigger = trigger })
        .Build();

    [Fact]
    public void Written_brat_reads_back_to_the_same_annotations()
    {
        const string text = "Choe Ryong Hae, a top official from North Korea's Workers' Party, arrived in Bejing.\nNorth Korea said so.";
        var document = Tagging("arrived").Extract(text);
        var brat = BratConverter.FromDocument(document);
        var ann = BratWriter.Write(brat);

        var errors = new List<FormatError>();
        var read = BratReader.Parse(ann, text, "x.ann", errors);

        Assert.Empty(errors);
        Assert.Equal(brat, read);
        Assert.Equal(BratWriter.Write(read), ann);
        Assert.Contains("T1\tOfficial 0 14\tChoe Ryong Hae", ann, StringComparison.Ordinal);
        Assert.Contains("\tReference T1 Attache:official\tChoe Ryong Hae", ann, StringComparison.Ordinal);
        Assert.Contains("Attache:place\tPRK North Korea", ann, StringComparison.Ordinal);
        Assert.Contains("Attache:place\tBeijing", ann, StringComparison.Ordinal);
        Assert.Contains("HasTitle Arg1:T1 Arg2:T2", ann, StringComparison.Ordinal);
        Assert.Contains("Attache:date\t2013-05-22", ann, StringComparison.Ordinal);
        var visit = Assert.Single(read.Events);
        Assert.Equal("Visit", visit.Type);
        Assert.Equal(["Participant", "Place"], visit.Arguments.Select(a => a.Role));
    }

    [Fact]
    public void Offsets_count_code_points_outside_the_basic_plane()
    {
        const string text = "😀😀 Choe Ryong Hae 😀 arrived in North Korea.";
        var document = Tagging("arrived").Extract(text);
        var brat = BratConverter.FromDocument(document);
        var official = brat.Spans.Single(s => s.Type == "Official");
        Assert.Equal(3, official.Start);
        Assert.Equal(17, official.End);

        var errors = new List<FormatError>();
        Assert.Equal(brat, BratReader.Parse(BratWriter.Write(brat), text, "emoji.ann", errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Problems_are_reported_with_file_and_line_and_valid_lines_are_kept()
    {
        const string text = "Kim Jong Un met Xi Jinping.";
        const string ann = "T1\tOfficial 0 11\tKim Jong Un\nT2\tOfficial 16 26\tXi Jinpin\nT3 Official 0 3 Kim\nR1\tHasTitle Arg1:T1 Arg2:T9\nT4\tOfficial 20 99\tXi\nT1\tPlace 0 3\tKim\nE1\tMeeting\n";
        var errors = new List<FormatError>();
        var read = BratReader.Parse(ann, text, "bad.ann", errors);

        Assert.Single(read.Spans);
        Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("differs", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 3);
        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("T9", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 5 && e.Message.Contains("past the end", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 7);
        Assert.All(errors, e => Assert.StartsWith("bad.ann:", e.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Gold_seed_annotations_read_without_errors()
    {
        var anns = Directory.GetFiles(RepoPaths.Seeds, "*.ann");
        Assert.Equal(5, anns.Length);
        foreach (var ann in anns)
        {
            var errors = new List<FormatError>();
            var text = File.ReadAllText(Path.ChangeExtension(ann, ".txt"));
            var read = BratReader.Parse(File.ReadAllText(ann), text, ann, errors);
            Assert.Empty(errors);
            Assert.NotEmpty(read.Spans);
            Assert.Equal(File.ReadAllText(ann), BratWriter.Write(read));
        }
    }
}
