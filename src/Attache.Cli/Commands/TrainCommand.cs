using System.CommandLine;
using Attache.Formats;
using Attache.Models;
using Attache.Text;
using Attache.Training;

namespace Attache.Cli.Commands;

/// <summary><c>attache train</c>: trains every model from annotated documents and writes them with their model card.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<string>("--data") { Description = "Folder of brat .txt/.ann pairs (or CoNLL files); training-data in a checkout.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder for the models and model-card.json (required: never the shipped models by accident).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same data and seed give the same model bytes.", DefaultValueFactory = _ => 1 };
        var devFraction = new Option<double>("--dev-fraction")
        {
            Description = "Share of documents held out for dev when the data has no splits.tsv.",
            DefaultValueFactory = _ => 0.15,
        };
        var format = new Option<string>("--data-format") { Description = "brat, or conll (CoNLL-2003-style BIO files, *.conll / *.txt).", DefaultValueFactory = _ => "brat" };
        format.AcceptOnlyFromAmong("brat", "conll");
        var language = new Option<string>("--language")
        {
            Description = "A folder of language lists (function-words.txt...) the features read instead of the shipped English ones; extract with the same --language.",
        };
        var command = new Command("train", "Train the entity tagger and event classifier; print dev scores.") { data, output, seed, devFraction, format, language };
        command.SetAction(parsed => Run(console, parsed.GetValue(data)!, parsed.GetValue(output)!, parsed.GetValue(seed), parsed.GetValue(devFraction), parsed.GetValue(format)!, parsed.GetValue(language)));
        return command;
    }

    private static int Run(CliConsole console, string data, string output, int seed, double devFraction, string format, string? language)
    {
        if (devFraction is <= 0 or >= 1)
        {
            throw new UsageException("--dev-fraction must be between 0 and 1");
        }

        if (!Directory.Exists(data))
        {
            console.Error.WriteLine($"attache: {data}: no such folder");
            return ExitCodes.BadInput;
        }

        // Read before minutes of training: a missing folder or an unknown list fails here.
        var profile = language is null ? LanguageProfile.English : LanguageProfile.FromFolder(language);
        var trainer = new ModelTrainer(console.Error, profile);
        try
        {
            var card = format == "conll"
                ? TrainConll(trainer, data, output, seed, devFraction)
                : trainer.Train(data, output, seed, devFraction);
            console.Error.WriteLine($"entity tagger: {card.EntityTagger.Trainer}; event classifier: {card.EventClassifier.Trainer}");
            foreach (var (pipeline, scores) in card.DevScores)
            {
                console.Error.WriteLine($"dev {pipeline,-9} entities strict F1 {scores.GetValueOrDefault("strict F1 ALL"):0.000}  events F1 {scores.GetValueOrDefault("event classification F1"):0.000}");
            }

            return ExitCodes.Success;
        }
        catch (TrainingDataException e)
        {
            foreach (var error in e.Errors)
            {
                console.Error.WriteLine(error);
            }

            console.Error.WriteLine($"attache: {e.Message}");
            return ExitCodes.BadInput;
        }
    }

    private static ModelCard TrainConll(ModelTrainer trainer, string data, string output, int seed, double devFraction)
    {
        var errors = new List<FormatError>();
        var documents = new List<CorpusDocument>();
        foreach (var file in Directory.GetFiles(data, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".conll", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            foreach (var (id, text, annotations) in ConllReader.Read(File.ReadAllText(file), file, errors))
            {
                documents.Add(new CorpusDocument(id, file, text, annotations, "train"));
            }
        }

        if (errors.Count > 0)
        {
            throw new TrainingDataException(errors);
        }

        return trainer.Train(documents, data, output, seed, devFraction);
    }
}
