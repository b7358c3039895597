namespace Attache.Knowledge;

/// <summary>An office, rank or position phrase.</summary>
/// <param name="Phrase">The phrase as news writes it.</param>
/// <param name="Category">government, party, military, diplomatic, descriptor, nonofficial...</param>
/// <param name="IsRank">A rank or honorific used before a name (<c>Vice Marshal</c>).</param>
internal sealed record TitleRecord(string Phrase, string Category, bool IsRank)
{
    /// <summary>Roles that make their holder a Person rather than an Official (analyst, professor).</summary>
    public bool IsNonOfficial => Category == "nonofficial";
}
