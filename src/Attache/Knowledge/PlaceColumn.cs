namespace Attache.Knowledge;

/// <summary>The columns of a places file, in their order; the header row names them in lower case.</summary>
internal enum PlaceColumn
{
    Canonical,
    Kind,
    Country,
    Lat,
    Lon,
    Population,
    Aliases,
}
