namespace Attache.Knowledge;

/// <summary>A place of the gazetteer.</summary>
/// <param name="Canonical">The canonical English name.</param>
/// <param name="Kind">country, subdivision, city, region, sea, river, mountain, island, peninsula, site, facility, zone.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of the country (of itself, for a country).</param>
/// <param name="Aliases">Other names.</param>
/// <param name="Population">Inhabitants, where known (0 otherwise).</param>
internal sealed record PlaceRecord(string Canonical, string Kind, string? Country, IReadOnlyList<string> Aliases, long Population)
{
    public bool IsCountry => Kind == "country";
}
