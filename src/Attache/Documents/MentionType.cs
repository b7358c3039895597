namespace Attache.Documents;

/// <summary>The entity types of the annotation guidelines.</summary>
public enum MentionType
{
    /// <summary>A named person who holds or held a public office.</summary>
    Official,

    /// <summary>A named person who is not an official: journalist, analyst, citizen.</summary>
    Person,

    /// <summary>An office, rank or position attached to a named official.</summary>
    Title,

    /// <summary>A named location, or a capital or country used for its government.</summary>
    Place,

    /// <summary>A named organisation: party, ministry, army, agency, outlet, university.</summary>
    Organization,
}
