namespace Attache.Knowledge;

/// <summary>Which lexicon a phrase belongs to.</summary>
internal enum LexiconKind
{
    Official,
    Title,
    Place,
    Organization,
    Demonym,
    Trigger,
}
