namespace Attache.Formats;

/// <summary>One argument of a brat event.</summary>
/// <param name="Role">The role as written, such as <c>Participant</c>, <c>Participant2</c> or <c>Place</c>.</param>
/// <param name="Target">Id of the argument's annotation.</param>
public sealed record BratArgument(string Role, string Target)
{
    /// <summary>The role without brat's numeric suffix (<c>Participant2</c> gives <c>Participant</c>).</summary>
    public string BaseRole => Role.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
}
