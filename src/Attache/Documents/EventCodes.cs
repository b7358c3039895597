namespace Attache.Documents;

/// <summary>The CAMEO codes the annotation guidelines give each event type.</summary>
public static class EventCodes
{
    /// <summary>The CAMEO code (or codes, comma-separated) of an event type; <c>0</c> where CAMEO has none.</summary>
    /// <param name="type">The event type.</param>
    public static string Cameo(EventType type) => type switch
    {
        EventType.Visit => "042,043",
        EventType.Meeting => "036,040,043",
        EventType.Message => "051,018",
        EventType.Agreement => "057,061",
        EventType.CooperationPledge => "030,031,050",
        EventType.Criticism => "111,112,1122",
        EventType.Appeal => "020,021,026",
        EventType.Threat => "130,138",
        EventType.MissileLaunch => "150",
        EventType.NuclearTest => "150",
        EventType.MilitaryExercise => "150,152",
        EventType.Sanctions => "163",
        EventType.Detention => "181,173",
        EventType.Release => "0841",
        EventType.Attack => "190,193",
        EventType.Anniversary or EventType.PolicyChange or EventType.Appointment => "0",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
