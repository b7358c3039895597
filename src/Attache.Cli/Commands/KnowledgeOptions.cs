using System.CommandLine;

namespace Attache.Cli.Commands;

/// <summary><c>--officials</c>, <c>--titles</c>, <c>--organizations</c>, <c>--places</c>, <c>--triggers</c>, <c>--language</c>: the options of the verbs that extract.</summary>
internal sealed class KnowledgeOptions
{
    private readonly Option<string[]> _officials = Create("--officials", "A YAML file of officials (format of the shipped officials.yaml), loaded beside the shipped ones; may be repeated.");
    private readonly Option<string[]> _titles = Create("--titles", "A YAML file of titles (format of titles.yaml); may be repeated.");
    private readonly Option<string[]> _organizations = Create("--organizations", "A YAML file of organisations (format of organizations.yaml); may be repeated.");
    private readonly Option<string[]> _places = Create("--places", "A TSV file of places (columns of places.tsv); may be repeated.");
    private readonly Option<string[]> _triggers = Create("--triggers", "A YAML file of event trigger phrases (format of triggers.yaml); may be repeated.");
    private readonly Option<string> _language = new("--language")
    {
        Description = "A folder of language lists (function-words.txt...) that replace the shipped English ones; English for the lists it has no file for.",
    };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new[] { _officials, _titles, _organizations, _places, _triggers })
        {
            command.Options.Add(option);
        }

        command.Options.Add(_language);
    }

    /// <summary>The files given on the command line.</summary>
    public KnowledgeFiles Files(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return new(
            parsed.GetValue(_officials) ?? [],
            parsed.GetValue(_titles) ?? [],
            parsed.GetValue(_organizations) ?? [],
            parsed.GetValue(_places) ?? [],
            parsed.GetValue(_triggers) ?? [])
        {
            Language = parsed.GetValue(_language),
        };
    }

    private static Option<string[]> Create(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
}
