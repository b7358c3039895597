namespace Attache.Evaluation;

/// <summary>How <see cref="ReportWriter"/> formats a report (<c>evaluate --format</c>, by lowercase name).</summary>
internal enum ReportFormat
{
    /// <summary>Aligned plain-text tables.</summary>
    Table,

    /// <summary>One indented JSON object, for tools.</summary>
    Json,

    /// <summary>Markdown tables.</summary>
    Markdown,
}
