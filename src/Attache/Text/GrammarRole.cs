namespace Attache.Text;

/// <summary>
/// The roles of the grammar words a <see cref="LanguageProfile"/> holds (the rows of its
/// <c>grammar-words.tsv</c>, where each role is written in kebab case: <c>title-modifier</c>). The rules,
/// the featurizers, the tokenizer and the date resolver read them; <see cref="LanguageProfile.Words"/>
/// gives the words of a role.
/// </summary>
public enum GrammarRole
{
    /// <summary>Articles, before a title in an apposition or before a body (<c>a</c>, <c>the</c>).</summary>
    Article,

    /// <summary>Possessive determiners before a title (<c>its</c>, <c>his</c>).</summary>
    Possessive,

    /// <summary>Adjectives between a determiner and a title (<c>new</c>, <c>acting</c>).</summary>
    TitleModifier,

    /// <summary>The word linking a name to its role (<c>as</c>).</summary>
    Apposition,

    /// <summary>Verbs linking a relative clause to a title (<c>is</c>, <c>was</c>, <c>been</c>).</summary>
    Copula,

    /// <summary>Two-word copulas whose first word the copula check steps over (<c>has been</c>).</summary>
    Perfect,

    /// <summary>Pronouns opening the clause that gives a named person's title (<c>who</c>).</summary>
    RelativePronoun,

    /// <summary>Prepositions linking a title to the country or organisation it serves (<c>from</c>, <c>of</c>).</summary>
    Origin,

    /// <summary>The word opening a byline (<c>by</c>); compared ignoring case.</summary>
    Byline,

    /// <summary>The word before a byline word that credits an editor (<c>Edited</c>).</summary>
    Editor,

    /// <summary>Prepositions linking a title to its body (<c>of</c>); they end a body phrase.</summary>
    Genitive,

    /// <summary>Prepositions linking a title to a list of domains (<c>for</c>, <c>on</c>).</summary>
    Complement,

    /// <summary>The conjunction closing a coordinated list of domains (<c>and</c>).</summary>
    ListCoordinator,

    /// <summary>The marker between a wish and a trigger (<c>to</c>).</summary>
    Infinitive,

    /// <summary>Before a month or weekday, the last one before publication (<c>last</c>); compared ignoring case.</summary>
    Previous,

    /// <summary>Before a weekday, the coming one (<c>next</c>); compared ignoring case.</summary>
    Following,

    /// <summary>Prepositions before a bare year that dates an event (<c>in</c>, <c>since</c>); compared ignoring case.</summary>
    YearPreposition,

    /// <summary>Endings the event features strip to compare stems (<c>ing</c>, <c>ed</c>, <c>s</c>).</summary>
    Inflection,

    /// <summary>Endings after an apostrophe that stay tokens of their own (<c>s</c>, <c>re</c>); compared ignoring case.</summary>
    Clitic,

    /// <summary>Clitics that take the letters before the apostrophe with them (<c>n't</c>); compared ignoring case.</summary>
    NegativeClitic,

    /// <summary>Words before a name in a boilerplate credit (<c>by</c>, <c>read</c>: <c>Photo by Jane Doe</c>).</summary>
    CreditMarker,

    /// <summary>Nouns after a place that make it a field of study, not a place (<c>North Korea studies</c>); compared ignoring case.</summary>
    FieldOfStudy,
}
