using Attache.Knowledge;

namespace Attache.Tests.Knowledge;

/// <summary>
/// The library reads its shipped knowledge from a binary snapshot (parsing the YAML was most of start-up).
/// These tests hold the committed snapshot to the knowledge files.
/// </summary>
public class KnowledgeSnapshotTests
{
    private static readonly string Committed = Path.Combine(RepoPaths.Root, "src", "Attache", "Knowledge", "Resources", KnowledgeRecords.SnapshotFile);

    [Fact]
    public void The_committed_snapshot_holds_what_the_knowledge_files_say()
    {
        var fresh = Bytes(KnowledgeRecords.Parse());
        var received = Committed + ".received";
        if (!File.Exists(Committed) || !File.ReadAllBytes(Committed).AsSpan().SequenceEqual(fresh))
        {
            File.WriteAllBytes(received, fresh);
            Assert.Fail($"{Committed} is stale for the knowledge files: the fresh snapshot is in {received}; move it over the committed one and rebuild");
        }

        File.Delete(received);
    }

    [Fact]
    public void Reading_a_snapshot_gives_back_the_same_records()
    {
        var bytes = Bytes(KnowledgeRecords.Parse());
        using var stream = new MemoryStream(bytes);
        Assert.Equal(bytes, Bytes(KnowledgeSnapshot.Read(stream)));
    }

    [Fact]
    public void The_default_knowledge_base_is_built_from_the_snapshot_with_every_record()
    {
        var parsed = KnowledgeRecords.Parse();
        var knowledge = KnowledgeBase.Default;
        Assert.Equal(parsed.Officials.Select(o => o.Name), knowledge.Officials.Select(o => o.Name));
        Assert.Equal(parsed.Places.Count, knowledge.Places.Count);
        Assert.Equal(parsed.Triggers.Count, knowledge.Triggers.Count);
    }

    private static byte[] Bytes(KnowledgeRecords knowledge)
    {
        using var stream = new MemoryStream();
        KnowledgeSnapshot.Write(knowledge, stream);
        return stream.ToArray();
    }
}
