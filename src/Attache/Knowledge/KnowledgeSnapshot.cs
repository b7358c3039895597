using System.Text;
using Attache.Documents;

namespace Attache.Knowledge;

/// <summary>
/// The compact binary form of <see cref="KnowledgeRecords"/>: the parsed records written field by field,
/// in file order, so that reading them back gives the same knowledge base as parsing the files, then
/// the tokenizer's split of each phrase that is not plain words.
/// </summary>
internal static class KnowledgeSnapshot
{
    private const string Magic = "ATTK2";

    public static void Write(KnowledgeRecords knowledge, Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        WriteList(writer, knowledge.Officials, (w, o) =>
        {
            w.Write(o.Name);
            w.Write(o.Family);
            w.Write(o.Country);
            WriteStrings(w, o.Aliases);
            WriteList(w, o.Roles, (w2, r) =>
            {
                w2.Write(r.Title);
                WriteOptional(w2, r.From);
                WriteOptional(w2, r.To);
            });
            WriteOptional(w, o.Body);
        });
        WriteList(writer, knowledge.Titles, (w, t) =>
        {
            w.Write(t.Phrase);
            w.Write(t.Category);
            w.Write(t.IsRank);
        });
        WriteList(writer, knowledge.Organizations, (w, o) =>
        {
            w.Write(o.Name);
            WriteStrings(w, o.Aliases);
            w.Write(o.Kind);
            WriteOptional(w, o.Country);
            w.Write(o.Ambiguous);
        });
        WriteList(writer, knowledge.Places, (w, p) =>
        {
            w.Write(p.Canonical);
            w.Write(p.Kind);
            WriteOptional(w, p.Country);
            WriteStrings(w, p.Aliases);
            w.Write(p.Population);
        });
        WriteList(writer, [.. knowledge.Demonyms], (w, d) =>
        {
            w.Write(d.Key);
            w.Write(d.Value);
        });
        WriteList(writer, knowledge.Triggers, (w, t) =>
        {
            w.Write((int)t.Type);
            w.Write(t.Phrase);
            w.Write(t.Weak);
        });
        WriteList(writer, [.. knowledge.TriggerContext], (w, c) =>
        {
            w.Write((int)c.Key);
            WriteStrings(w, [.. c.Value]);
        });
        WriteList(writer, [.. knowledge.Phrases().Where(p => !PhraseMatcher.IsPlainWords(p)).Distinct(StringComparer.Ordinal)], (w, phrase) =>
        {
            w.Write(phrase);
            WriteStrings(w, PhraseMatcher.SplitByTokenizer(phrase));
        });
    }

    public static KnowledgeRecords Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("not an Attache knowledge snapshot");
        }

        var officials = ReadList(reader, r => new OfficialRecord(
            r.ReadString(),
            r.ReadString(),
            r.ReadString(),
            ReadStrings(r),
            ReadList(r, r2 => new RoleRecord(r2.ReadString(), ReadOptional(r2), ReadOptional(r2))),
            ReadOptional(r)));
        var titles = ReadList(reader, r => new TitleRecord(r.ReadString(), r.ReadString(), r.ReadBoolean()));
        var organizations = ReadList(reader, r => new OrganizationRecord(r.ReadString(), ReadStrings(r), r.ReadString(), ReadOptional(r), r.ReadBoolean()));
        var places = ReadList(reader, r => new PlaceRecord(r.ReadString(), r.ReadString(), ReadOptional(r), ReadStrings(r), r.ReadInt64()));
        var demonyms = ReadList(reader, r => KeyValuePair.Create(r.ReadString(), r.ReadString())).ToDictionary(StringComparer.Ordinal);
        var triggers = ReadList(reader, r => new TriggerRecord((EventType)r.ReadInt32(), r.ReadString(), r.ReadBoolean()));
        var context = ReadList(reader, r => KeyValuePair.Create((EventType)r.ReadInt32(), new HashSet<string>(ReadStrings(r), StringComparer.Ordinal))).ToDictionary();
        var splits = ReadList(reader, r => KeyValuePair.Create(r.ReadString(), ReadStrings(r))).ToDictionary(StringComparer.Ordinal);
        return new KnowledgeRecords(officials, titles, organizations, places, demonyms, triggers, context) { SplitPhrases = splits };
    }

    private static void WriteList<T>(BinaryWriter writer, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        writer.Write(items.Count);
        foreach (var item in items)
        {
            write(writer, item);
        }
    }

    private static List<T> ReadList<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        var items = new List<T>(reader.ReadInt32());
        for (var i = items.Capacity; i > 0; i--)
        {
            items.Add(read(reader));
        }

        return items;
    }

    private static void WriteStrings(BinaryWriter writer, IReadOnlyList<string> items) => WriteList(writer, items, (w, s) => w.Write(s));

    private static string[] ReadStrings(BinaryReader reader) => [.. ReadList(reader, r => r.ReadString())];

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
