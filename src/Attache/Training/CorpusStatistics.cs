using System.Globalization;
using System.Text;
using Attache.Formats;

namespace Attache.Training;

/// <summary>Counts of a corpus: documents and words per split, spans per type, events per type, distinct officials, unseen rates.</summary>
internal static class CorpusStatistics
{
    private static readonly string[] Splits = ["train", "dev", "test"];

    public static string Report(IReadOnlyList<CorpusDocument> documents)
    {
        var sb = new StringBuilder();
        var bySplit = Splits.ToDictionary(s => s, s => documents.Where(d => d.Split == s).ToList());
        sb.AppendLine(CultureInfo.InvariantCulture, $"documents  {documents.Count,7}  {string.Join("  ", Splits.Select(s => $"{s} {bySplit[s].Count}"))}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"words      {documents.Sum(d => Words(d.Text)),7}  {string.Join("  ", Splits.Select(s => $"{s} {bySplit[s].Sum(d => Words(d.Text))}"))}");
        sb.AppendLine();

        Table(sb, "entity type", AnnotationSchema.EntityTypes.Order(StringComparer.Ordinal), bySplit, (d, t) => d.Annotations.Spans.Count(s => s.Type == t));
        Table(sb, "event type", AnnotationSchema.EventTypes.Order(StringComparer.Ordinal), bySplit, (d, t) => d.Annotations.Events.Count(e => e.Type == t));
        Table(sb, "relation", AnnotationSchema.Relations.Keys.Order(StringComparer.Ordinal), bySplit, (d, t) => d.Annotations.Relations.Count(r => r.Type == t));

        var officials = documents.SelectMany(Officials).ToHashSet(StringComparer.Ordinal);
        var trainOfficials = bySplit["train"].SelectMany(Officials).ToHashSet(StringComparer.Ordinal);
        sb.AppendLine(CultureInfo.InvariantCulture, $"distinct officials  {officials.Count}  (train {trainOfficials.Count})");
        var trainSurfaces = bySplit["train"].SelectMany(d => d.Annotations.Spans.Where(s => AnnotationSchema.EntityTypes.Contains(s.Type)).Select(s => s.Type + "\t" + s.Text))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var split in new[] { "dev", "test" })
        {
            var mentions = bySplit[split].SelectMany(d => d.Annotations.Spans.Where(s => AnnotationSchema.EntityTypes.Contains(s.Type))).ToList();
            var unseen = mentions.Count(s => !trainSurfaces.Contains(s.Type + "\t" + s.Text));
            var splitOfficials = bySplit[split].SelectMany(Officials).ToHashSet(StringComparer.Ordinal);
            var unseenOfficials = splitOfficials.Count(o => !trainOfficials.Contains(o));
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"unseen in train ({split}): {Percent(unseen, mentions.Count)} of entity mentions, {Percent(unseenOfficials, splitOfficials.Count)} of distinct officials");
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Officials(CorpusDocument document) =>
        document.Annotations.Normalizations.Where(n => n.Resource == "Attache:official").Select(n => n.Value);

    private static void Table(StringBuilder sb, string heading, IEnumerable<string> types, Dictionary<string, List<CorpusDocument>> bySplit, Func<CorpusDocument, string, int> count)
    {
        sb.AppendLine(CultureInfo.InvariantCulture, $"{heading,-20}{"all",7}{"train",7}{"dev",7}{"test",7}");
        foreach (var type in types)
        {
            var perSplit = Splits.Select(s => bySplit[s].Sum(d => count(d, type))).ToArray();
            sb.AppendLine(CultureInfo.InvariantCulture, $"{type,-20}{perSplit.Sum(),7}{perSplit[0],7}{perSplit[1],7}{perSplit[2],7}");
        }

        sb.AppendLine();
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
