using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using EmhRt.Doses;

namespace EmhRt.Scheduling;

/// <summary>
/// Treatment days and holidays; lays courses out on the calendar. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Every search is bounded: a schedule may span at most <see cref="MaximumSearchDays"/> days from its first possible
/// day, so a holiday list that blocks every treatment day gives an error instead of an endless loop.
/// </remarks>
public sealed class TreatmentCalendar
{
    /// <summary>Longest span searched for one schedule: 3660 days (about ten years).</summary>
    public const int MaximumSearchDays = 3660;

    /// <summary>Creates a calendar.</summary>
    /// <param name="days">Treatment days (never empty by construction).</param>
    /// <param name="holidays">Holidays, or null for none.</param>
    public TreatmentCalendar(TreatmentDays days, HolidayList? holidays = null)
    {
        Days = days;
        Holidays = holidays ?? HolidayList.Empty;
    }

    /// <summary>Monday–Friday without holidays.</summary>
    public static TreatmentCalendar Weekdays { get; } = new(TreatmentDays.MondayToFriday);

    /// <summary>The treatment days of the week.</summary>
    public TreatmentDays Days { get; }

    /// <summary>The holidays.</summary>
    public HolidayList Holidays { get; }

    /// <summary>Whether a fraction can be given on <paramref name="date"/>: a treatment weekday that is not a holiday.</summary>
    /// <param name="date">The date.</param>
    public bool IsTreatmentDay(DateOnly date) => Days.Contains(date.DayOfWeek) && !Holidays.Contains(date);

    /// <summary>Lays out <paramref name="fractionation"/> from <paramref name="start"/> (moved to the next treatment day if needed).</summary>
    /// <param name="start">Requested start date.</param>
    /// <param name="fractionation">The prescription.</param>
    /// <exception cref="InvalidOperationException">No schedule fits within <see cref="MaximumSearchDays"/> (e.g. holidays block every day).</exception>
    public TreatmentSchedule Schedule(DateOnly start, Fractionation fractionation) =>
        TrySchedule(start, fractionation, out var schedule, out var error) ? schedule : throw new InvalidOperationException(error);

    /// <summary>Try form of <see cref="Schedule"/>.</summary>
    /// <param name="start">Requested start date.</param>
    /// <param name="fractionation">The prescription.</param>
    /// <param name="schedule">The schedule, or null.</param>
    /// <param name="error">Why no schedule fits, or null.</param>
    public bool TrySchedule(
        DateOnly start,
        Fractionation fractionation,
        [NotNullWhen(true)] out TreatmentSchedule? schedule,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(fractionation);
        schedule = null;

        // The dates of the first and last fraction only: the session list is laid out again, by the same walk, when read.
        if (!Walk(null, 0, fractionation.Fractions, start.DayNumber, fractionation, out var first, out var last, out error))
        {
            return false;
        }

        schedule = new TreatmentSchedule(
            fractionation, start, DateOnly.FromDayNumber(first), DateOnly.FromDayNumber(last), Interruptions(first, last), this);
        return true;
    }

    /// <summary>
    /// The sessions of a schedule <see cref="TrySchedule"/> laid out from <paramref name="start"/>: the same walk, which
    /// succeeded then, so it cannot fail now.
    /// </summary>
    internal TreatmentSession[] Sessions(DateOnly start, Fractionation fractionation)
    {
        var sessions = new TreatmentSession[fractionation.Fractions];
        return Fill(sessions, 0, start.DayNumber, fractionation, out var error)
            ? sessions
            : throw new InvalidOperationException("A schedule laid out before no longer fits: " + error);
    }

    /// <summary>
    /// Reschedules after missed fractions: the treated dates are kept and the remaining fractions are given from the day
    /// after the last treated date (or from <paramref name="resumeFrom"/>).
    /// </summary>
    /// <param name="plan">The original schedule (made with this calendar or another).</param>
    /// <param name="treatedDates">Dates on which a fraction was actually given (any order, distinct, at most the planned number).</param>
    /// <param name="resumeFrom">First date to consider for the remaining fractions; must be after every treated date.</param>
    /// <exception cref="InvalidOperationException">The input is inconsistent or no schedule fits.</exception>
    public RescheduledTreatment Reschedule(TreatmentSchedule plan, IEnumerable<DateOnly> treatedDates, DateOnly? resumeFrom = null) =>
        TryReschedule(plan, treatedDates, resumeFrom, out var result, out var error) ? result : throw new InvalidOperationException(error);

    /// <summary>Try form of <see cref="Reschedule"/>.</summary>
    /// <param name="plan">The original schedule.</param>
    /// <param name="treatedDates">Dates on which a fraction was given.</param>
    /// <param name="resumeFrom">First date for the remaining fractions, or null for the day after the last treated date.</param>
    /// <param name="result">The rescheduled course, or null.</param>
    /// <param name="error">What was wrong, or null.</param>
    public bool TryReschedule(
        TreatmentSchedule plan,
        IEnumerable<DateOnly> treatedDates,
        DateOnly? resumeFrom,
        [NotNullWhen(true)] out RescheduledTreatment? result,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(treatedDates);
        result = null;
        var treated = treatedDates.ToList();
        treated.Sort();
        var n = plan.Fractionation.Fractions;
        for (var i = 1; i < treated.Count; i++)
        {
            if (treated[i] == treated[i - 1])
            {
                error = "treated date " + IsoDate.Format(treated[i]) + " is listed twice";
                return false;
            }
        }

        if (treated.Count > n)
        {
            error = FormattableString.Invariant($"{treated.Count} treated dates but only {n} fractions were planned");
            return false;
        }

        var resume = resumeFrom ?? (treated.Count > 0 ? treated[^1].AddDays(1) : plan.RequestedStart);
        if (treated.Count > 0 && resume <= treated[^1])
        {
            error = "resume date " + IsoDate.Format(resume) + " must be after the last treated date " + IsoDate.Format(treated[^1]);
            return false;
        }

        var sessions = new TreatmentSession[n];
        for (var i = 0; i < treated.Count; i++)
        {
            sessions[i] = new TreatmentSession(i + 1, treated[i], Cumulative(plan.Fractionation, i + 1));
        }

        if (!Fill(sessions, treated.Count, resume.DayNumber, plan.Fractionation, out error))
        {
            return false;
        }

        var revised = Build(plan.Fractionation, plan.RequestedStart, sessions);
        var treatedSet = new HashSet<DateOnly>(treated);
        var missed = ImmutableArray.CreateBuilder<DateOnly>();
        foreach (var s in plan.Sessions)
        {
            if (s.Date < resume && !treatedSet.Contains(s.Date))
            {
                missed.Add(s.Date);
            }
        }

        result = new RescheduledTreatment(
            plan, revised, treated.Count, resume, missed.ToImmutable(), revised.EndDate.DayNumber - plan.EndDate.DayNumber);
        return true;
    }

    private static Dose Cumulative(Fractionation f, int count) =>
        count == f.Fractions ? f.TotalDose : Dose.FromGy(f.DosePerFraction.Gy * count);

    private bool Fill(TreatmentSession[] sessions, int from, int firstDay, Fractionation f, [NotNullWhen(false)] out string? error) =>
        Walk(sessions, from, sessions.Length, firstDay, f, out _, out _, out error);

    /// <summary>
    /// Places fractions <paramref name="from"/> + 1 to <paramref name="count"/> on treatment days from
    /// <paramref name="firstDay"/> on, into <paramref name="sessions"/> when given; <paramref name="placedFirst"/> and
    /// <paramref name="lastDay"/> are the day numbers of the first and the last one placed.
    /// </summary>
    private bool Walk(
        TreatmentSession[]? sessions, int from, int count, int firstDay, Fractionation f, out int placedFirst, out int lastDay,
        [NotNullWhen(false)] out string? error)
    {
        var limit = (int)Math.Min((long)firstDay + MaximumSearchDays, DateOnly.MaxValue.DayNumber);
        var day = firstDay;
        placedFirst = firstDay;
        lastDay = firstDay;
        for (var k = from; k < count; k++)
        {
            while (!IsTreatmentDay(DateOnly.FromDayNumber(day)))
            {
                if (++day > limit)
                {
                    error = FormattableString.Invariant(
                        $"no treatment day for fraction {k + 1} of {count} within {MaximumSearchDays} days of {IsoDate.Format(DateOnly.FromDayNumber(firstDay))}: check the treatment days ({Days}) and the holiday list");
                    return false;
                }
            }

            if (sessions is not null)
            {
                sessions[k] = new TreatmentSession(k + 1, DateOnly.FromDayNumber(day), Cumulative(f, k + 1));
            }

            if (k == from)
            {
                placedFirst = day;
            }

            lastDay = day;
            if (k + 1 < count && ++day > limit)
            {
                error = FormattableString.Invariant(
                    $"the course does not fit within {MaximumSearchDays} days of {IsoDate.Format(DateOnly.FromDayNumber(firstDay))}");
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>The schedule over <paramref name="sessions"/>, a fresh array that the schedule takes over (no copy).</summary>
    private TreatmentSchedule Build(Fractionation f, DateOnly requestedStart, TreatmentSession[] sessions) =>
        new(f, requestedStart, ImmutableCollectionsMarshal.AsImmutableArray(sessions), Interruptions(sessions[0].Date.DayNumber, sessions[^1].Date.DayNumber));

    /// <summary>The holidays on a treatment weekday strictly between the first and the last fraction (day numbers).</summary>
    private ImmutableArray<DateOnly> Interruptions(int firstDay, int lastDay)
    {
        ImmutableArray<DateOnly>.Builder? interruptions = null;
        foreach (var holiday in Holidays.Dates)
        {
            if (holiday.DayNumber > firstDay && holiday.DayNumber < lastDay && Days.Contains(holiday.DayOfWeek))
            {
                (interruptions ??= ImmutableArray.CreateBuilder<DateOnly>()).Add(holiday);
            }
        }

        return interruptions?.ToImmutable() ?? [];
    }
}
