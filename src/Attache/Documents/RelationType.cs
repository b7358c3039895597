namespace Attache.Documents;

/// <summary>Relations between mentions.</summary>
public enum RelationType
{
    /// <summary>An official (from) holds a title (to).</summary>
    HasTitle,

    /// <summary>An official (from) serves an organisation or country (to).</summary>
    MemberOf,
}
