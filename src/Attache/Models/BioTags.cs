using Attache.Documents;

namespace Attache.Models;

/// <summary>The BIO tag set of the entity tagger: <c>O</c>, then <c>B-</c> and <c>I-</c> for each entity type.</summary>
internal static class BioTags
{
    public static readonly MentionType[] Types = Enum.GetValues<MentionType>();

    public static readonly string[] Names = ["O", .. Types.SelectMany(t => new[] { "B-" + t, "I-" + t })];

    public static int Begin(MentionType type) => 1 + (2 * Array.IndexOf(Types, type));

    public static int Inside(MentionType type) => Begin(type) + 1;

    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;

    public static MentionType TypeOf(int tag) => Types[(tag - 1) / 2];

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1: sentence start).</summary>
    public static bool Allowed(int previous, int next) =>
        !IsInside(next) || (previous > 0 && TypeOf(previous) == TypeOf(next));
}
