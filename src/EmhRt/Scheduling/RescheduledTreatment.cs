using System.Collections.Immutable;

namespace EmhRt.Scheduling;

/// <summary>A course after missed fractions: what was treated, when the rest is given, and how much later it ends.</summary>
/// <param name="Plan">The original schedule.</param>
/// <param name="Revised">The revised schedule: treated dates, then the remaining fractions from <paramref name="ResumeFrom"/>.</param>
/// <param name="TreatedCount">Fractions already given.</param>
/// <param name="ResumeFrom">The date from which remaining fractions were scheduled (the day after the last treated date unless given).</param>
/// <param name="MissedDates">Planned dates before <paramref name="ResumeFrom"/> on which no fraction was given.</param>
/// <param name="ProlongationDays">Days added to the end date: revised end − planned end (negative if the course ends earlier).</param>
public sealed record RescheduledTreatment(
    TreatmentSchedule Plan,
    TreatmentSchedule Revised,
    int TreatedCount,
    DateOnly ResumeFrom,
    ImmutableArray<DateOnly> MissedDates,
    int ProlongationDays)
{
    /// <summary>The original schedule.</summary>
    public TreatmentSchedule Plan { get; init; } = Plan ?? throw new ArgumentNullException(nameof(Plan));

    /// <summary>The revised schedule: treated dates, then the remaining fractions from <see cref="ResumeFrom"/>.</summary>
    public TreatmentSchedule Revised { get; init; } = Revised ?? throw new ArgumentNullException(nameof(Revised));
}
