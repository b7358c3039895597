namespace Attache.Evaluation;

/// <summary>
/// Scores predicted annotations against gold ones, with the conventions of the field: entity mentions
/// in the four SemEval-2013 modes (strict, exact, partial, type; strict micro-F1 is CoNLL's),
/// relations with strict argument spans, normalisation accuracy, event triggers (identification and
/// classification by overlap), event arguments of matched events, and document-level sets.
/// </summary>
internal static class Scorer
{
    public static EvaluationReport Score(IEnumerable<(EvalDocument Gold, EvalDocument Predicted)> pairs)
    {
        var report = new EvaluationReport();
        foreach (var (gold, predicted) in pairs)
        {
            report.Documents++;
            ScoreMentions(report, gold, predicted);
            ScoreRelations(report, gold, predicted);
            ScoreEvents(report, gold, predicted);
            ScoreSets(report, gold, predicted);
        }

        return report;
    }

    private static void ScoreMentions(EvaluationReport report, EvalDocument gold, EvalDocument predicted)
    {
        foreach (var mode in EvaluationReport.Modes)
        {
            Add(report.Entities[mode], EvaluationReport.AllTypes, Match(gold.Mentions, predicted.Mentions, mode));
            foreach (var type in gold.Mentions.Concat(predicted.Mentions).Select(m => m.Type).Distinct())
            {
                Add(report.Entities[mode], type, Match(gold.Mentions.Where(m => m.Type == type).ToList(), predicted.Mentions.Where(m => m.Type == type).ToList(), mode));
            }
        }

        var matchedGold = new HashSet<EvalItem>();
        foreach (var p in predicted.Mentions)
        {
            var g = gold.Mentions.Where(x => x.Overlaps(p)).OrderByDescending(x => x.Type == p.Type).ThenByDescending(x => x.SameSpan(p)).FirstOrDefault();
            Increment(report.Confusion, (g?.Type ?? "none", p.Type));
            if (g is not null)
            {
                matchedGold.Add(g);
                if (g.Type == p.Type && g.Type is "Official" or "Place" && g.Norm is not null)
                {
                    var (correct, total) = report.Normalisation.GetValueOrDefault(g.Type);
                    report.Normalisation[g.Type] = (correct + (string.Equals(g.Norm, p.Norm, StringComparison.Ordinal) ? 1 : 0), total + 1);
                }
            }
        }

        foreach (var g in gold.Mentions.Where(g => !matchedGold.Contains(g)))
        {
            Increment(report.Confusion, (g.Type, "none"));
        }

        var strictGold = gold.Mentions.Where(g => !predicted.Mentions.Any(p => p.SameSpan(g) && p.Type == g.Type)).Select(Describe).ToList();
        var strictSpurious = predicted.Mentions.Where(p => !gold.Mentions.Any(g => p.SameSpan(g) && p.Type == g.Type)).Select(Describe).ToList();
        report.PerDocument.Add((gold.Id, Match(gold.Mentions, predicted.Mentions, MatchMode.Strict).F1, strictGold, strictSpurious));
    }

    /// <summary>nervaluate's matching of one set of predictions against one set of gold mentions.</summary>
    internal static Counts Match(List<EvalItem> gold, List<EvalItem> predicted, MatchMode mode)
    {
        int correct = 0, incorrect = 0, partial = 0, spurious = 0;
        var used = new HashSet<EvalItem>();
        foreach (var p in predicted)
        {
            var exact = gold.Where(g => g.SameSpan(p) && !used.Contains(g)).OrderByDescending(g => g.Type == p.Type).FirstOrDefault();
            if (exact is not null)
            {
                used.Add(exact);
                var typeOk = exact.Type == p.Type;
                if (mode is MatchMode.Exact or MatchMode.Partial || typeOk)
                {
                    correct++;
                }
                else
                {
                    incorrect++;
                }

                continue;
            }

            var overlap = gold.Where(g => g.Overlaps(p) && !used.Contains(g)).OrderByDescending(g => g.Type == p.Type).FirstOrDefault();
            if (overlap is null)
            {
                spurious++;
                continue;
            }

            used.Add(overlap);
            switch (mode)
            {
                case MatchMode.Strict or MatchMode.Exact:
                    incorrect++;
                    break;
                case MatchMode.Partial:
                    partial++;
                    break;
                default:
                    if (overlap.Type == p.Type)
                    {
                        correct++;
                    }
                    else
                    {
                        incorrect++;
                    }

                    break;
            }
        }

        return new Counts(correct, incorrect, partial, gold.Count - used.Count, spurious);
    }

    private static void ScoreRelations(EvaluationReport report, EvalDocument gold, EvalDocument predicted)
    {
        foreach (var type in gold.Relations.Concat(predicted.Relations).Select(r => r.Type).Distinct())
        {
            var g = gold.Relations.Where(r => r.Type == type).Select(Key).ToList();
            var p = predicted.Relations.Where(r => r.Type == type).Select(Key).ToList();
            Add(report.Relations, type, SetCounts(g, p));
        }

        static string Key((string Type, EvalItem From, EvalItem To) r) => $"{r.From.Start}:{r.From.End}>{r.To.Start}:{r.To.End}";
    }

    private static void ScoreEvents(EvaluationReport report, EvalDocument gold, EvalDocument predicted)
    {
        var golds = gold.Events.Select(e => e.Trigger).ToList();
        var preds = predicted.Events.Select(e => e.Trigger).ToList();
        Add(report.Events, "identification", Match(golds, preds, MatchMode.Partial) is var m ? new Counts(m.Correct + m.Partial, 0, 0, m.Missed + m.Incorrect, m.Spurious) : Counts.Zero);
        Add(report.Events, "classification", Match(golds, preds, MatchMode.Type));
        foreach (var type in golds.Concat(preds).Select(t => t.Type).Distinct())
        {
            Add(report.Events, type, Match(golds.Where(t => t.Type == type).ToList(), preds.Where(t => t.Type == type).ToList(), MatchMode.Type));
        }

        var used = new HashSet<int>();
        foreach (var p in predicted.Events)
        {
            var index = gold.Events.FindIndex(g => !used.Contains(gold.Events.IndexOf(g)) && g.Trigger.Type == p.Trigger.Type && g.Trigger.Overlaps(p.Trigger));
            if (index < 0)
            {
                continue;
            }

            used.Add(index);
            var g = gold.Events[index];
            Add(report.Arguments, "participant", SetCounts(g.Participants, p.Participants));
            Add(report.Arguments, "place", SetCounts(g.Place is null ? [] : [g.Place], p.Place is null ? [] : [p.Place]));
            Add(report.Arguments, "date", SetCounts(g.Date is null ? [] : [g.Date], p.Date is null ? [] : [p.Date]));
        }
    }

    private static void ScoreSets(EvaluationReport report, EvalDocument gold, EvalDocument predicted)
    {
        static List<string> Values(EvalDocument d, string type) => d.Mentions.Where(m => m.Type == type).Select(m => NameKey(m.Norm ?? m.Text)).Distinct().ToList();
        Add(report.DocumentSets, "officials", SetCounts(Values(gold, "Official"), Values(predicted, "Official")));
        Add(report.DocumentSets, "places", SetCounts(Values(gold, "Place"), Values(predicted, "Place")));
        Add(report.DocumentSets, "event types", SetCounts(
            gold.Events.Select(e => e.Trigger.Type).Distinct().ToList(),
            predicted.Events.Select(e => e.Trigger.Type).Distinct().ToList()));
    }

    /// <summary>
    /// A name as the document-level lists compare it: spellings of one name that differ only in case, hyphens or
    /// diacritics (<c>Lee Jae-myung</c>, <c>Lee Jae Myung</c>; <c>Ségolène</c>, <c>Segolene</c>) are one name, since
    /// annotators and outlets romanise and accent the same person differently.
    /// </summary>
    internal static string NameKey(string name)
    {
        var folded = new System.Text.StringBuilder(name.Length);
        foreach (var c in name.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c is '-' or '\u2010' or '\u2011' || char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static Counts SetCounts(List<string> gold, List<string> predicted)
    {
        var remaining = gold.ToList();
        var correct = 0;
        foreach (var p in predicted)
        {
            if (remaining.Remove(p))
            {
                correct++;
            }
        }

        return new Counts(correct, 0, 0, remaining.Count, predicted.Count - correct);
    }

    private static string Describe(EvalItem item) => $"{item.Type} '{item.Text}' @{item.Start}";

    private static void Add(Dictionary<string, Counts> table, string key, Counts counts) =>
        table[key] = table.GetValueOrDefault(key, Counts.Zero) + counts;

    private static void Increment<T>(Dictionary<T, int> table, T key)
        where T : notnull => table[key] = table.GetValueOrDefault(key) + 1;
}
