namespace Attache.Training;

/// <summary>What <see cref="EventAnnotationAudit"/> found.</summary>
/// <param name="Candidates">Every lexicon event candidate of the corpus.</param>
/// <param name="Misses">Unannotated candidates whose phrase is annotated elsewhere, not reviewed.</param>
/// <param name="Excused">Such candidates that a reviewed exception explains.</param>
/// <param name="UnusedExceptions">Exceptions that match no candidate any more (the text or the annotation changed).</param>
internal sealed record AuditReport(
    IReadOnlyList<AuditCandidate> Candidates,
    IReadOnlyList<AuditCandidate> Misses,
    IReadOnlyList<AuditCandidate> Excused,
    IReadOnlyList<AuditException> UnusedExceptions);
