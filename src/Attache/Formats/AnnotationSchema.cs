using Attache.Documents;

namespace Attache.Formats;

/// <summary>What the annotation guidelines allow: types, relation arguments, event roles and reference keys.</summary>
internal static class AnnotationSchema
{
    public static readonly HashSet<string> EntityTypes = Enum.GetNames<MentionType>().ToHashSet(StringComparer.Ordinal);

    public static readonly HashSet<string> EventTypes = Enum.GetNames<EventType>().ToHashSet(StringComparer.Ordinal);

    public static readonly Dictionary<string, (string Arg1, string[] Arg2)> Relations = new(StringComparer.Ordinal)
    {
        ["HasTitle"] = ("Official", ["Title"]),
        ["MemberOf"] = ("Official", ["Organization", "Place"]),
    };

    public static readonly Dictionary<string, string[]> EventRoles = new(StringComparer.Ordinal)
    {
        ["Participant"] = ["Official", "Organization", "Place"],
        ["Place"] = ["Place"],
    };

    public static readonly Dictionary<string, string> References = new(StringComparer.Ordinal)
    {
        ["Attache:official"] = "Official",
        ["Attache:place"] = "Place",
        ["Attache:date"] = "Event",
    };
}
