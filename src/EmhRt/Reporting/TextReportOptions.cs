namespace EmhRt.Reporting;

/// <summary>How the text report is laid out: width, detail and colour.</summary>
public sealed record TextReportOptions
{
    /// <summary>The width when the output is not a terminal and none is given: 80 columns.</summary>
    public const int DefaultWidth = 80;

    /// <summary>Narrowest width accepted: 40 columns.</summary>
    public const int MinimumWidth = 40;

    private readonly int _width = DefaultWidth;

    /// <summary>
    /// Columns that wrapped text (labels, findings, notes, references) fits in; default <see cref="DefaultWidth"/>. The
    /// spine diagram's rows and the tables are not wrapped: they stay within 80 columns for the usual plans.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than <see cref="MinimumWidth"/>.</exception>
    public int Width
    {
        get => _width;
        init => _width = value >= MinimumWidth ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The width must be at least 40 columns.");
    }

    /// <summary>The short report: verdict, volumes, doses and the findings' codes with one-line messages; no diagram, calendar or references.</summary>
    public bool Brief { get; init; }

    /// <summary>Whether to write ANSI colour codes (only for a terminal that shows them).</summary>
    public bool UseColor { get; init; }
}
