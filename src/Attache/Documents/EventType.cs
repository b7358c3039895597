namespace Attache.Documents;

/// <summary>The event types of the annotation guidelines.</summary>
public enum EventType
{
    /// <summary>An official or delegation travels to or tours a place.</summary>
    Visit,

    /// <summary>Officials meet, hold talks, or host a reception.</summary>
    Meeting,

    /// <summary>A letter, message, congratulations or condolences are sent.</summary>
    Message,

    /// <summary>A treaty, accord or deal is signed; ties formally established.</summary>
    Agreement,

    /// <summary>A side vows or proposes to strengthen ties or cooperation.</summary>
    CooperationPledge,

    /// <summary>A side condemns, protests or expresses concern.</summary>
    Criticism,

    /// <summary>A side asks or urges others to act or refrain.</summary>
    Appeal,

    /// <summary>A side threatens force or other harm.</summary>
    Threat,

    /// <summary>A missile, rocket or satellite launch.</summary>
    MissileLaunch,

    /// <summary>A nuclear test or detonation.</summary>
    NuclearTest,

    /// <summary>Military drills and exercises.</summary>
    MilitaryExercise,

    /// <summary>Sanctions, embargoes or trade bans.</summary>
    Sanctions,

    /// <summary>People seized, detained or abducted.</summary>
    Detention,

    /// <summary>Detained people released or returned.</summary>
    Release,

    /// <summary>Armed violence: shooting, shelling, clashes.</summary>
    Attack,

    /// <summary>A commemoration or anniversary.</summary>
    Anniversary,

    /// <summary>A change of law, constitution, doctrine or designation.</summary>
    PolicyChange,

    /// <summary>An official appointed, named, elected, promoted, dismissed, relieved of a post, or resigning; the office is the official's title.</summary>
    Appointment,
}
