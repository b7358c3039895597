using System.IO.Compression;
using Attache.Training;

namespace Attache.Tests.Training;

public class DeterministicZipTests
{
    private static byte[] Zip(DateTimeOffset time)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "b.bin", "a.bin" })
            {
                var entry = archive.CreateEntry(name);
                entry.LastWriteTime = time;
                using var s = entry.Open();
                s.Write([1, 2, 3]);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void Archives_that_differ_only_in_timestamps_become_identical()
    {
        var a = Zip(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var b = Zip(new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero));
        Assert.NotEqual(a, b);
        Assert.Equal(DeterministicZip.Normalize(a), DeterministicZip.Normalize(b));
    }
}
