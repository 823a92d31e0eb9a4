using System.Collections.Immutable;
using EmhRt.Doses;

namespace EmhRt.Scheduling;

/// <summary>A course laid out on the calendar. Created by <see cref="TreatmentCalendar"/>.</summary>
/// <remarks>
/// Overall treatment time is counted inclusively from the first to the last treatment day:
/// <c>end − actual start + 1</c> days (a single fraction is 1 day; Monday to Friday of one week is 5 days).
/// </remarks>
public sealed class TreatmentSchedule
{
    internal TreatmentSchedule(Fractionation fractionation, DateOnly requestedStart, ImmutableArray<TreatmentSession> sessions, ImmutableArray<DateOnly> interruptions)
    {
        Fractionation = fractionation;
        RequestedStart = requestedStart;
        Sessions = sessions;
        Interruptions = interruptions;
        ActualStart = sessions[0].Date;
        EndDate = sessions[^1].Date;
        OverallTreatmentTimeDays = EndDate.DayNumber - ActualStart.DayNumber + 1;
        WeeksSpanned = ((MondayOf(EndDate) - MondayOf(ActualStart)) / 7) + 1;
    }

    /// <summary>The prescription.</summary>
    public Fractionation Fractionation { get; }

    /// <summary>The start date asked for.</summary>
    public DateOnly RequestedStart { get; }

    /// <summary>The first treatment date (the first treatment day on or after the requested start).</summary>
    public DateOnly ActualStart { get; }

    /// <summary>True when the requested start was not a treatment day (weekend, holiday) and the first fraction moved later.</summary>
    public bool StartMoved => ActualStart != RequestedStart;

    /// <summary>The fractions in order; exactly <see cref="Fractionation.Fractions"/> of them, strictly increasing dates.</summary>
    public ImmutableArray<TreatmentSession> Sessions { get; }

    /// <summary>The last treatment date.</summary>
    public DateOnly EndDate { get; }

    /// <summary>Overall treatment time in days: end − actual start + 1 (inclusive).</summary>
    public int OverallTreatmentTimeDays { get; }

    /// <summary>Number of calendar weeks (Monday–Sunday) touched from actual start to end.</summary>
    public int WeeksSpanned { get; }

    /// <summary>Holidays that fell on a treatment weekday strictly between the first and last fraction and were skipped.</summary>
    public ImmutableArray<DateOnly> Interruptions { get; }

    private static int MondayOf(DateOnly date) => date.DayNumber - (((int)date.DayOfWeek + 6) % 7);
}
