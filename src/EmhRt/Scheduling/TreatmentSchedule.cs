using System.Collections.Immutable;
using System.Runtime.InteropServices;
using EmhRt.Doses;

namespace EmhRt.Scheduling;

/// <summary>A course laid out on the calendar. Created by <see cref="TreatmentCalendar"/>.</summary>
/// <remarks>
/// Overall treatment time is counted inclusively from the first to the last treatment day:
/// <c>end − actual start + 1</c> days (a single fraction is 1 day; Monday to Friday of one week is 5 days).
/// </remarks>
public sealed class TreatmentSchedule
{
    private readonly TreatmentCalendar? _calendar;
    private TreatmentSession[]? _sessions;

    /// <summary>A schedule over <paramref name="sessions"/> (taken over, no copy).</summary>
    internal TreatmentSchedule(Fractionation fractionation, DateOnly requestedStart, ImmutableArray<TreatmentSession> sessions, ImmutableArray<DateOnly> interruptions)
        : this(fractionation, requestedStart, sessions[0].Date, sessions[^1].Date, interruptions, null)
    {
        _sessions = ImmutableCollectionsMarshal.AsArray(sessions);
    }

    /// <summary>
    /// A schedule whose sessions <paramref name="calendar"/> lays out from <paramref name="requestedStart"/> when they are
    /// first read (<see cref="TreatmentCalendar.Sessions"/>): reports that show only the dates never build them.
    /// </summary>
    internal TreatmentSchedule(
        Fractionation fractionation, DateOnly requestedStart, DateOnly actualStart, DateOnly endDate, ImmutableArray<DateOnly> interruptions,
        TreatmentCalendar? calendar)
    {
        Fractionation = fractionation;
        RequestedStart = requestedStart;
        Interruptions = interruptions;
        ActualStart = actualStart;
        EndDate = endDate;
        _calendar = calendar;
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

    /// <summary>
    /// The fractions in order; exactly <see cref="Fractionation.Fractions"/> of them, strictly increasing dates. Laid out on
    /// first read and kept (a race lays out equal arrays; the reference write is atomic).
    /// </summary>
    public ImmutableArray<TreatmentSession> Sessions =>
        ImmutableCollectionsMarshal.AsImmutableArray(_sessions ?? (_sessions = _calendar!.Sessions(RequestedStart, Fractionation)));

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
