namespace Attache.Knowledge;

/// <summary>An office an official held, with partial ISO dates (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>).</summary>
internal sealed record RoleRecord(string Title, string? From, string? To)
{
    /// <summary>Whether the role was held on <paramref name="date"/> (open ends count as held).</summary>
    public bool HeldOn(DateOnly date)
    {
        var key = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (From is null || string.CompareOrdinal(From, key[..From.Length]) <= 0)
            && (To is null || string.CompareOrdinal(To, key[..To.Length]) >= 0);
    }
}
