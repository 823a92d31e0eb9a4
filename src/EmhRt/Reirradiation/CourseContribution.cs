using EmhRt.Doses;

namespace EmhRt.Reirradiation;

/// <summary>How one course enters the cumulative cord dose.</summary>
/// <param name="IsCurrent">True for the course being assessed.</param>
/// <param name="Fractionation">The prescription.</param>
/// <param name="Date">Course date (start date for the current course).</param>
/// <param name="IntervalDays">Days from this course to the current start (0 for the current course).</param>
/// <param name="IntervalMonths">Whole months from this course to the current start.</param>
/// <param name="RetainedFraction">Share of the course BED counted after the recovery model (1 = full).</param>
public sealed record CourseContribution(bool IsCurrent, Fractionation Fractionation, DateOnly Date, int IntervalDays, int IntervalMonths, double RetainedFraction)
{
    /// <summary>The prescription.</summary>
    public Fractionation Fractionation { get; init; } = Fractionation ?? throw new ArgumentNullException(nameof(Fractionation));

    /// <summary>
    /// Whether this course shares at least one level with the current course (always true for the current course and
    /// when a region is unknown): a course that shares none is not re-irradiation of the cord treated now.
    /// </summary>
    public bool SharesLevelWithCurrent { get; init; } = true;

    /// <summary>
    /// Whether <see cref="CourseContribution.Fractionation"/> is the course's measured cord Dmax (over its fractions)
    /// rather than its prescription assumed to be the cord dose.
    /// </summary>
    public bool CordDoseMeasured { get; init; }
}
