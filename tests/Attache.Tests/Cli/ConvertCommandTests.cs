using Attache.Formats;

namespace Attache.Tests.Cli;

public class ConvertCommandTests
{
    private static readonly string[] EntityTypes = ["Official", "Person", "Title", "Place", "Organization"];

    private static (string Id, BratDocument Gold)[] Gold(string folder)
    {
        var errors = new List<FormatError>();
        return Directory.GetFiles(folder, "*.ann").Order(StringComparer.Ordinal)
            .Select(ann => (Path.GetFileNameWithoutExtension(ann), BratReader.Parse(File.ReadAllText(ann), File.ReadAllText(Path.ChangeExtension(ann, ".txt")), ann, errors)))
            .ToArray();
    }

    [Fact]
    public void Brat_to_doccano_and_back_keeps_every_span()
    {
        using var work = new TempFolder();
        var jsonl = Path.Combine(work.Path, "jsonl");
        var back = Path.Combine(work.Path, "back");
        Assert.Equal(0, CliRunner.Run(null, "convert", RepoPaths.Seeds, "--from", "brat", "--to", "doccano", "--out", jsonl).Code);
        Assert.Equal(0, CliRunner.Run(null, "convert", Path.Combine(jsonl, "documents.jsonl"), "--from", "doccano", "--to", "brat", "--out", back).Code);

        foreach (var (id, gold) in Gold(RepoPaths.Seeds))
        {
            var errors = new List<FormatError>();
            var roundTrip = BratReader.Parse(File.ReadAllText(Path.Combine(back, id + ".ann")), File.ReadAllText(Path.Combine(back, id + ".txt")), id, errors);
            Assert.Empty(errors);
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Seeds, id + ".txt")), File.ReadAllText(Path.Combine(back, id + ".txt")));
            Assert.Equal(gold.Spans.Select(s => (s.Type, s.Start, s.End, s.Text)), roundTrip.Spans.Select(s => (s.Type, s.Start, s.End, s.Text)));
        }
    }

    [Fact]
    public void Brat_to_conll_and_back_keeps_the_outermost_entity_spans()
    {
        using var work = new TempFolder();
        var conll = Path.Combine(work.Path, "conll");
        var back = Path.Combine(work.Path, "back");
        Assert.Equal(0, CliRunner.Run(null, "convert", RepoPaths.Seeds, "--from", "brat", "--to", "conll", "--out", conll).Code);
        Assert.Equal(0, CliRunner.Run(null, "convert", conll, "--from", "conll", "--to", "brat", "--out", back).Code);

        foreach (var (id, gold) in Gold(RepoPaths.Seeds))
        {
            var triggers = gold.Events.Select(e => e.Trigger).ToHashSet();
            var entities = gold.Spans.Where(s => EntityTypes.Contains(s.Type) && !triggers.Contains(s.Id)).ToList();
            var outermost = entities.Where(s => !entities.Any(o => o != s && o.Start <= s.Start && s.End <= o.End && o.End - o.Start > s.End - s.Start)).ToList();
            var errors = new List<FormatError>();
            var roundTrip = BratReader.Parse(File.ReadAllText(Path.Combine(back, id + "-1.ann")), null, id, errors);
            Assert.Equal(outermost.Select(s => (s.Type, Words(s.Text))), roundTrip.Spans.Select(s => (s.Type, Words(s.Text))));
        }
    }

    // CoNLL keeps tokens, not the white space between them.
    private static string Words(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
