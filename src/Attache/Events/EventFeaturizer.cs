using System.Runtime.CompilerServices;
using Attache.Documents;
using Attache.Knowledge;
using Attache.Models;
using Attache.Text;

namespace Attache.Events;

/// <summary>
/// The event classifier's features of each token. Of the word alone (<see cref="WordFeatures"/> groups):
/// the word, a crude stem, its last three letters and capitalisation; the stems of the words at -2..2; and
/// negation and modal cues in the three words before it. Of the context: the stem-word bigram and the
/// trigger-lexicon hits over the token (type, strong or weak), alone and joined with the sentence's cues,
/// and how the words around the hit let it be read (<see cref="TriggerAssertion"/>: negated, desired, a modifier...).
/// Shared by the sentence: the event types whose context words it holds and which kinds of names it has.
/// Of the document: whether the word ends a strong trigger of a type anywhere in it ("test" where the
/// article speaks of "a nuclear test"), so that later bare mentions are read as the same occurrence.
/// </summary>
internal sealed class EventFeaturizer(KnowledgeBase knowledge, LanguageProfile language) : WordFeatures
{
    private const int Self = 0;
    private const int Left3 = 1;
    private const int Left2 = 2;
    private const int Left1 = 3;
    private const int Right1 = 4;
    private const int Right2 = 5;

    private static readonly int[] GroupOffsets = [0, -3, -2, -1, 1, 2];
    private static readonly int NoTrigger = FeatureHasher.Hash("notrig", string.Empty);
    private static readonly int[] ReadingCues = Enum.GetValues<TriggerReading>().Select(r => FeatureHasher.Hash("reading", r.ToString())).ToArray();
    private static readonly int[] HasKind = Enum.GetValues<LexiconKind>().Select(k => FeatureHasher.Hash("has", k.ToString())).ToArray();

    /// <summary>The classifier's features, for the model card; <c>FeatureCatalogTests</c> holds the names to those hashed below.</summary>
    internal static IReadOnlyList<FeatureGroup> Features { get; } =
    [
        new("word", "w"),
        new("stem", "stem"),
        new("suffix 3", "s3"),
        new("stems +-2", "w-2", "w-1", "w+1", "w+2"),
        new("bigram", "bi+"),
        new("trigger-lexicon hits (type, strong/weak) or none", "trig", "notrig"),
        new("their reading (negated, hypothetical, desired, prospective, modifier, other sense)", "reading"),
        new("their conjunction with sentence cues", "trig&"),
        new("event-type context words in the sentence", "ctx"),
        new("name kinds in the sentence", "has"),
        new("negation and modal cues", "neg", "modal"),
        new("capitalisation", "cap"),
        new("the word ending a strong trigger elsewhere in the document", "dochead"),
    ];

    /// <summary>The inflections a stem drops, longest first, so that of two that end a word the longer is taken (<c>es</c> before <c>s</c>).</summary>
    private readonly string[] _inflections = [.. language.Words(GrammarRole.Inflection).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];

    /// <summary>For each context word, the hashed cue of every event type it licenses.</summary>
    private readonly Dictionary<string, int[]> _contextCues = knowledge.TriggerContext
        .SelectMany(pair => pair.Value.Select(word => (Word: word, Cue: FeatureHasher.Hash("ctx", pair.Key.ToString()))))
        .GroupBy(x => x.Word, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Cue).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>Per document, for each word that ends a strong trigger in it, the hashed cue of each such type.</summary>
    private readonly ConditionalWeakTable<DocumentDraft, Dictionary<string, int[]>> _documentHeads = new();

    public override int[] Offsets => GroupOffsets;

    public override void Add(string word, int group, List<int> into)
    {
        var lower = word.ToLowerInvariant();
        switch (group)
        {
            case Self:
                into.Add(FeatureHasher.Hash("w", lower));
                into.Add(FeatureHasher.Hash("stem", Stem(lower)));
                if (lower.Length > 3)
                {
                    into.Add(FeatureHasher.Hash("s3", lower.AsSpan(lower.Length - 3)));
                }

                if (word is not (Start or End) && char.IsUpper(word[0]))
                {
                    into.Add(FeatureHasher.Hash("cap", string.Empty));
                }

                break;
            case Left3:
                AddCues(lower, into);
                break;
            case Left2:
                into.Add(FeatureHasher.Hash("w-2", Stem(lower)));
                AddCues(lower, into);
                break;
            case Left1:
                into.Add(FeatureHasher.Hash("w-1", Stem(lower)));
                AddCues(lower, into);
                break;
            case Right1:
                into.Add(FeatureHasher.Hash("w+1", Stem(lower)));
                break;
            case Right2:
                into.Add(FeatureHasher.Hash("w+2", Stem(lower)));
                break;
        }
    }

    /// <inheritdoc/>
    public override SentenceFeatures Sentence(DocumentDraft draft, Sentence sentence, IReadOnlyList<LexiconHit> hits)
    {
        var from = sentence.FirstToken;
        var n = sentence.TokenCount;
        var words = new string[n];
        var lower = draft.LowerTokenTexts().AsSpan(from, n);
        for (var i = 0; i < n; i++)
        {
            words[i] = draft.Tokens[from + i].Text;
        }

        var sentenceFeatures = new List<int>();
        foreach (var word in lower)
        {
            if (_contextCues.TryGetValue(word, out var cues))
            {
                sentenceFeatures.AddRange(cues);
            }
        }

        var heads = _documentHeads.GetValue(draft, StrongTriggerHeads);
        var triggerAt = new List<TriggerCue>[n];
        var readingAt = new TriggerReading[n];
        foreach (var hit in hits)
        {
            if (hit.Entry.Kind == LexiconKind.Trigger)
            {
                var record = knowledge.Triggers[hit.Entry.Index];
                var reading = TriggerAssertion.Read(draft.LowerTokenTexts(), sentence, hit.StartToken, hit.EndToken, language);
                for (var t = hit.StartToken; t < hit.EndToken; t++)
                {
                    (triggerAt[t - from] ??= []).Add(TriggerCue.Of(record.Type, record.Weak, t == hit.StartToken));
                    readingAt[t - from] = reading > readingAt[t - from] ? reading : readingAt[t - from];
                }
            }
            else
            {
                sentenceFeatures.Add(HasKind[(int)hit.Entry.Kind]);
            }
        }

        sentenceFeatures.Sort();
        var shared = Distinct(sentenceFeatures);
        var starts = new int[n + 1];
        var buffer = new List<int>(n * 4);
        Span<char> digits = stackalloc char[11];
        for (var i = 0; i < n; i++)
        {
            starts[i] = buffer.Count;
            buffer.Add(FeatureHasher.Hash("bi+", lower[i].AsSpan(0, StemLength(lower[i])), i + 1 < n ? lower[i + 1] : End));
            if (heads.TryGetValue(lower[i], out var headCues))
            {
                buffer.AddRange(headCues);
            }

            if (triggerAt[i] is { } triggers)
            {
                if (readingAt[i] != TriggerReading.Asserted)
                {
                    buffer.Add(ReadingCues[(int)readingAt[i]]);
                }

                foreach (var t in triggers)
                {
                    buffer.Add(t.Hash);
                    foreach (var cue in shared)
                    {
                        // joined with the cue's feature number written out, formatted without a string
                        cue.TryFormat(digits, out var length, default, System.Globalization.CultureInfo.InvariantCulture);
                        buffer.Add(FeatureHasher.Finish(t.JoinedPrefix, digits[..length]));
                    }
                }
            }
            else
            {
                buffer.Add(NoTrigger);
            }

        }

        starts[n] = buffer.Count;

        return new SentenceFeatures(words, [.. buffer], starts, shared);
    }

    private Dictionary<string, int[]> StrongTriggerHeads(DocumentDraft draft)
    {
        var lower = draft.LowerTokenTexts();
        return draft.LexiconHits
            .Where(h => h.Entry.Kind == LexiconKind.Trigger && !knowledge.Triggers[h.Entry.Index].Weak)
            .Select(h => (Word: lower[h.EndToken - 1], Type: knowledge.Triggers[h.Entry.Index].Type))
            .Distinct()
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => FeatureHasher.Hash("dochead", x.Type.ToString())).Order().ToArray(), StringComparer.Ordinal);
    }

    private static int[] Distinct(List<int> sorted)
    {
        var distinct = new List<int>(sorted.Count);
        foreach (var f in sorted)
        {
            if (distinct.Count == 0 || distinct[^1] != f)
            {
                distinct.Add(f);
            }
        }

        return [.. distinct];
    }

    private void AddCues(string lower, List<int> into)
    {
        if (language.Negations.Contains(lower))
        {
            into.Add(FeatureHasher.Hash("neg", string.Empty));
        }

        if (language.EventModals.Contains(lower))
        {
            into.Add(FeatureHasher.Hash("modal", lower));
        }
    }

    private string Stem(string word) => word[..StemLength(word)];

    /// <summary>The length of the word without the longest inflection it ends in (<c>-ing</c>, <c>-es</c>...), keeping at least three letters.</summary>
    private int StemLength(string word)
    {
        foreach (var suffix in _inflections)
        {
            if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word.Length - suffix.Length;
            }
        }

        return word.Length;
    }
}
