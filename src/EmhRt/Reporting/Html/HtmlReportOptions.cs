namespace EmhRt.Reporting.Html;

/// <summary>What the HTML report shows besides the assessment: a case label and the assessment time.</summary>
/// <remarks>
/// Neither is clinical: the label is free text chosen by the user (no patient identity by default; it is escaped),
/// and the time is only printed, so that a fixed time gives the same bytes on every run.
/// </remarks>
public sealed record HtmlReportOptions
{
    /// <summary>Default options: no label, no assessment time.</summary>
    public static HtmlReportOptions Default { get; } = new();

    /// <summary>An optional case label shown in the title (e.g. a ticket number); <see langword="null"/> for none.</summary>
    public string? Label { get; init; }

    /// <summary>When the plan was assessed, printed in UTC as <c>yyyy-MM-ddTHH:mm:ssZ</c>; <see langword="null"/> prints "not recorded".</summary>
    public DateTimeOffset? AssessedAt { get; init; }
}
