using Attache.Cli.Input;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Attache.Cli.Commands;

/// <summary>
/// <c>attache bench</c>: start-up time, words and documents per second on one thread and on all
/// cores, and peak memory, over the given articles repeated to a set number of words.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article .txt files or folders (training-data/seeds in a checkout).", Arity = ArgumentArity.OneOrMore };
        var words = new Option<int>("--words") { Description = "Words to process per measurement.", DefaultValueFactory = _ => 500_000 };
        var threads = new Option<int>("--threads") { Description = "Threads for the parallel measurement.", DefaultValueFactory = _ => ThreadCount.Default };
        var warmup = new Option<double>("--warmup") { Description = "Seconds of untimed extraction first, for the JIT to settle.", DefaultValueFactory = _ => 8 };
        var command = new Command("bench", "Measure start-up, throughput and memory of the default pipeline.") { paths, words, threads, warmup };
        command.SetAction(parsed => Run(console, parsed.GetValue(paths) ?? [], parsed.GetValue(words), parsed.GetValue(threads), TimeSpan.FromSeconds(parsed.GetValue(warmup))));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, int targetWords, int threads, TimeSpan warmUp)
    {
        if (targetWords < 1)
        {
            throw new UsageException("--words must be positive");
        }

        ThreadCount.Check(threads);

        if (warmUp < TimeSpan.Zero)
        {
            throw new UsageException("--warmup must not be negative");
        }

        var startup = Stopwatch.StartNew();
        var extractor = Extractor.CreateDefault();
        extractor.Extract("Kim Jong Un met Xi Jinping in Beijing.");
        startup.Stop();

        var inputs = InputSource.TextFiles(paths, console, published: null).ToList();
        foreach (var input in inputs.Where(i => i.Error is not null))
        {
            console.Error.WriteLine($"attache: {input.Error}");
        }

        var texts = inputs.Where(i => i.Article is not null).Select(i => i.Article!.Text).ToArray();
        if (texts.Length == 0)
        {
            console.Error.WriteLine("attache: no articles to measure");
            return ExitCodes.BadInput;
        }

        var articles = new List<Article>();
        var total = 0;
        for (var i = 0; total < targetWords; i++)
        {
            var text = texts[i % texts.Length];
            articles.Add(new Article(text, $"a{i}"));
            total += Words(text);
        }

        // Warm up (8 s unless told otherwise) until the JIT has settled, so the figures below are
        // steady-state throughput, as BenchmarkDotNet would measure it: tiered compilation recompiles
        // hot code in the background for several seconds (pinned to one core, three seconds of
        // warm-up still left the first timed rounds at half speed), and the parallel path has code of
        // its own to compile.
        var warmup = Stopwatch.StartNew();
        for (var i = 0; warmup.Elapsed < warmUp || i < texts.Length; i++)
        {
            extractor.Extract(articles[i % articles.Count]);
        }

        foreach (var _ in extractor.ExtractMany(articles.Take(texts.Length * 4), new BatchOptions { MaxDegreeOfParallelism = threads }))
        {
        }

        // Each figure is the median of its rounds: on a shared machine single runs vary by a tenth or
        // more. The one-thread rounds all come first, so the many-thread ones cannot disturb them.
        var singles = new List<TimeSpan>();
        var parallels = new List<TimeSpan>();
        for (var round = 0; round < Rounds; round++)
        {
            singles.Add(Measure(() => { foreach (var a in articles) { extractor.Extract(a); } }));
        }

        for (var round = 0; round < Rounds; round++)
        {
            parallels.Add(Measure(() =>
            {
                foreach (var _ in extractor.ExtractMany(articles, new BatchOptions { MaxDegreeOfParallelism = threads }))
                {
                }
            }));
        }

        var single = Median(singles);
        var parallel = Median(parallels);
        var process = Process.GetCurrentProcess();
        process.Refresh();

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"articles        {articles.Count} ({texts.Length} distinct), {total} words");
        report.AppendLine(CultureInfo.InvariantCulture, $"start-up        {startup.Elapsed.TotalMilliseconds:0} ms (load lexicons, knowledge base and models; first extraction)");
        report.AppendLine(CultureInfo.InvariantCulture, $"1 thread        {total / single.TotalSeconds:0} words/s, {articles.Count / single.TotalSeconds:0.0} docs/s ({Range(singles, total)})");
        report.AppendLine(CultureInfo.InvariantCulture, $"{threads} threads       {total / parallel.TotalSeconds:0} words/s, {articles.Count / parallel.TotalSeconds:0.0} docs/s ({single.TotalSeconds / parallel.TotalSeconds:0.00}x; {Range(parallels, total)})");
        report.AppendLine(CultureInfo.InvariantCulture, $"peak memory     {process.PeakWorkingSet64 / (1024 * 1024)} MB working set");
        report.AppendLine(CultureInfo.InvariantCulture, $"machine         {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        report.AppendLine(CultureInfo.InvariantCulture, $"code            {(IsReadyToRun(typeof(Extractor).Assembly) ? "ReadyToRun" : "JIT only (the tool package for this platform, or a publish with -r RID, is ReadyToRun)")}");
        var bytes = Encoding.UTF8.GetBytes(report.ToString());
        console.Out.Write(bytes, 0, bytes.Length);
        return inputs.Any(i => i.Error is not null) ? ExitCodes.BadInput : ExitCodes.Success;
    }

    private const int Rounds = 5;

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static string Range(List<TimeSpan> times, int words) =>
        string.Create(CultureInfo.InvariantCulture, $"median of {times.Count} rounds, {words / times.Max().TotalSeconds:0} to {words / times.Min().TotalSeconds:0}");

    private static TimeSpan Measure(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    /// <summary>Whether the assembly carries ReadyToRun code, which decides most of the start-up time.</summary>
    private static bool IsReadyToRun(Assembly assembly)
    {
        if (string.IsNullOrEmpty(assembly.Location))
        {
            return false;
        }

        using var pe = new PEReader(File.OpenRead(assembly.Location));
        return pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
