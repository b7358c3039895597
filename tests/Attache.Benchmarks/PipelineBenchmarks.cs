using Attache.Documents;
using Attache.Formats;
using Attache.Knowledge;
using Attache.Text;
using BenchmarkDotNet.Attributes;

namespace Attache.Benchmarks;

/// <summary>
/// Per-stage and whole-pipeline costs on the seed articles. Words per second = words per article
/// (see <see cref="Words"/>) divided by the mean time of <see cref="Pipeline"/>.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private string _text = string.Empty;
    private Extractor _extractor = null!;
    private Document _document = null!;

    /// <summary>Words in the benchmark text.</summary>
    public int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        _text = string.Join("\n\n", Directory.GetFiles(Path.Combine(root, "training-data", "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Words = _text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        _extractor = Extractor.CreateDefault();
        _document = _extractor.Extract(_text);
        Console.WriteLine($"benchmark text: {Words} words");
    }

    [Benchmark]
    public object Normalise() => TextNormalizer.Normalize(_text);

    [Benchmark]
    public object Tokenise() => WordTokenizer.Tokenize(_text);

    [Benchmark]
    public object LexiconMatch() => KnowledgeBase.Default.Matcher.Match(_document.Tokens, 0, _document.Tokens.Count);

    [Benchmark(Baseline = true)]
    public Document Pipeline() => _extractor.Extract(_text);

    [Benchmark]
    public string JsonWriting() => DocumentJsonWriter.ToJson(_document, indented: false);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Attache.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Attache.sln not found");
    }
}
