namespace Attache.Knowledge;

/// <summary>
/// The words around an event trigger that change what it means (embedded <c>event-cues.tsv</c>): negations
/// and hypothetical cues that stop a rule trigger, modal cues the event model weighs, and definite
/// determiners that make a noun refer back to an occurrence already named. Shared by the event rules, the
/// event featurizer and the annotation audit, so they cannot diverge.
/// </summary>
internal static class EventCues
{
    private const string ResourceFile = "event-cues.tsv";

    private static readonly Dictionary<string, HashSet<string>> ByCue = Load();

    /// <summary>Negations: <c>not</c>, <c>never</c>, <c>without</c>...</summary>
    public static HashSet<string> Negations { get; } = Cue("negation");

    /// <summary>Cues of a hypothetical event: <c>could</c>, <c>if</c>...</summary>
    public static HashSet<string> Hypothetical { get; } = Cue("hypothetical");

    /// <summary>Every modal cue the event model sees: the hypothetical ones and <c>may</c>, <c>will</c>.</summary>
    public static HashSet<string> Modals { get; } = new(Cue("hypothetical").Concat(Cue("modal")), StringComparer.OrdinalIgnoreCase);

    /// <summary>Definite determiners and possessives: <c>the</c>, <c>its</c>, <c>'s</c>...</summary>
    public static HashSet<string> Definite { get; } = Cue("definite");

    /// <summary>Words of wish, offer or permission before a "to" and the trigger: <c>ready</c>, <c>invited</c>, <c>yet</c>...</summary>
    public static HashSet<string> Desired { get; } = Cue("desired");

    /// <summary>Phrases of a hoped-for resumption, as lower-case words: <c>return to</c>, <c>resumption of</c>...</summary>
    public static IReadOnlyList<string[]> Prospective { get; } = [.. Cue("prospective").Select(p => p.Split(' ')).OrderBy(p => p[0], StringComparer.Ordinal)];

    /// <summary>Conjunctions, which end the reach of a cue phrase: <c>and</c>, <c>or</c>, <c>but</c>.</summary>
    public static HashSet<string> Conjunctions { get; } = Cue("conjunction");

    /// <summary>Nouns that a trigger word modifies, naming no occurrence: <c>site</c>, <c>committee</c>...</summary>
    public static HashSet<string> Modified { get; } = Cue("modifier");

    /// <summary>Words before a date that make it the bound of a period, no event's date: <c>since</c>, <c>until</c>...</summary>
    public static HashSet<string> PeriodBounds { get; } = Cue("period");

    private static HashSet<string> Cue(string name) =>
        ByCue.TryGetValue(name, out var words) ? words : throw new KnowledgeFileException($"{ResourceFile}: no '{name}' words");

    private static Dictionary<string, HashSet<string>> Load()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lines = KnowledgeFiles.ReadResource(ResourceFile).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2)
            {
                throw new KnowledgeFileException($"{ResourceFile}:{i + 1}: expected 'cue<TAB>word'");
            }

            if (!result.TryGetValue(fields[0], out var words))
            {
                result[fields[0]] = words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            words.Add(fields[1]);
        }

        return result;
    }
}
