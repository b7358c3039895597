using System.Globalization;

namespace Attache.Knowledge;

/// <summary>
/// The dates of the knowledge files: ISO 8601 to the precision known, <c>YYYY</c>, <c>YYYY-MM</c> or
/// <c>YYYY-MM-DD</c>. <see cref="RoleRecord.HeldOn"/> compares them as text against a full date's
/// prefix, which is right only for these three forms, so any other form is refused rather than misread.
/// </summary>
internal static class PartialDate
{
    /// <summary>What a date field takes, for error messages.</summary>
    public const string Expected = "a date YYYY, YYYY-MM or YYYY-MM-DD";

    private static readonly string[] Formats = ["yyyy", "yyyy-MM", "yyyy-MM-dd"];

    /// <summary>Whether the text is one of the three forms and names a real month and day.</summary>
    public static bool IsValid(string text) =>
        Formats.Any(f => f.Length == text.Length
            && DateTime.TryParseExact(text, f, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
}
