namespace Attache.Text;

/// <summary>Abbreviations written with a final period that does not end a sentence.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Cpt", "Adm", "Cmdr", "Gov", "Sen", "Rep",
        "Amb", "Pres", "Rev", "Hon", "Messrs", "Mmes", "Brig", "Cpl", "Pvt", "Supt", "Insp", "Fr", "St", "Mt", "Ft", "Jr", "Sr",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "No", "Nos", "Vol", "vs", "etc", "approx", "est", "dept", "Dept", "Inc", "Corp", "Co", "Ltd", "Bros", "Ave", "Blvd",
        "Rd", "Sq", "Fig", "fig", "cf", "al", "Univ", "Assn", "Govt", "govt",
    };

    /// <summary>Abbreviations that may also close a sentence when the next word starts one.</summary>
    private static readonly HashSet<string> MayEndSentence = new(StringComparer.Ordinal)
    {
        "etc.", "Inc.", "Corp.", "Co.", "Ltd.", "Bros.", "Jr.", "Sr.",
    };

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Whether a token ending in a period can end a sentence: dotted acronyms (<c>U.S.</c>, <c>p.m.</c>) and a few others.</summary>
    public static bool CanEndSentence(string token) =>
        MayEndSentence.Contains(token) || (token.Length >= 4 && token[^1] == '.' && token[^3] == '.');
}
