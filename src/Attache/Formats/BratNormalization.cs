namespace Attache.Formats;

/// <summary>A brat normalisation (<c>N</c> line), such as <c>N1	Reference T3 Attache:official	Kim Jong Un</c>.</summary>
/// <param name="Id">The annotation id, such as <c>N1</c>.</param>
/// <param name="Target">Id of the normalised annotation.</param>
/// <param name="Resource">The reference resource and key, such as <c>Attache:official</c>, <c>Attache:place</c> or <c>Attache:date</c>.</param>
/// <param name="Value">The normalised value: a canonical name, <c>ISO3 Name</c> for a country, or a date.</param>
public sealed record BratNormalization(string Id, string Target, string Resource, string Value);
