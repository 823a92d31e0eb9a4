using EmhRt.Doses;
using EmhRt.Scheduling;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Scheduling;

public class TreatmentCalendarTests
{
    private static readonly HolidayList ChristmasAndNewYear = HolidayList.Parse("2026-12-25\n2027-01-01").Value;

    private static Fractionation F(string text) => Fractionation.Parse(text).Value;

    [Fact]
    public void Ten_fractions_from_friday_18_december_2026_skip_christmas_and_new_year()
    {
        var calendar = new TreatmentCalendar(TreatmentDays.MondayToFriday, ChristmasAndNewYear);
        var start = new DateOnly(2026, 12, 18);
        Assert.Equal(DayOfWeek.Friday, start.DayOfWeek);
        var s = calendar.Schedule(start, F("20 Gy/10"));
        DateOnly[] expected =
        [
            new(2026, 12, 18), new(2026, 12, 21), new(2026, 12, 22), new(2026, 12, 23), new(2026, 12, 24),
            new(2026, 12, 28), new(2026, 12, 29), new(2026, 12, 30), new(2026, 12, 31), new(2027, 1, 4),
        ];
        Assert.Equal(expected, s.Sessions.Select(x => x.Date));
        Assert.Equal(Enumerable.Range(1, 10), s.Sessions.Select(x => x.Number));
        Assert.Equal(new DateOnly(2027, 1, 4), s.EndDate);
        Assert.Equal(18, s.OverallTreatmentTimeDays);
        Assert.Equal(4, s.WeeksSpanned);
        Assert.False(s.StartMoved);
        Assert.Equal([new DateOnly(2026, 12, 25), new DateOnly(2027, 1, 1)], s.Interruptions.ToArray());
        Assert.Equal(Dose.FromGy(2), s.Sessions[0].CumulativeDose);
        Assert.Equal(Dose.FromGy(20), s.Sessions[^1].CumulativeDose);
    }

    [Fact]
    public void A_saturday_start_moves_to_monday_and_says_so()
    {
        var s = TreatmentCalendar.Weekdays.Schedule(new DateOnly(2026, 12, 19), F("10 x 1.8 Gy"));
        Assert.True(s.StartMoved);
        Assert.Equal(new DateOnly(2026, 12, 19), s.RequestedStart);
        Assert.Equal(new DateOnly(2026, 12, 21), s.ActualStart);
        Assert.Equal(new DateOnly(2027, 1, 1), s.EndDate);
        Assert.Equal(12, s.OverallTreatmentTimeDays);
        Assert.Equal(2, s.WeeksSpanned);
        Assert.Empty(s.Interruptions);
        Assert.Equal(Dose.FromGy(18), s.Sessions[^1].CumulativeDose);
    }

    [Fact]
    public void Single_fraction_is_one_day_and_one_week()
    {
        var s = TreatmentCalendar.Weekdays.Schedule(new DateOnly(2026, 12, 16), F("15 Gy/1"));
        Assert.Equal(1, s.OverallTreatmentTimeDays);
        Assert.Equal(1, s.WeeksSpanned);
    }

    [Fact]
    public void Holidays_blocking_every_day_give_an_error_not_an_endless_loop()
    {
        var start = new DateOnly(2026, 1, 1);
        var all = HolidayList.From(Enumerable.Range(0, 4000).Select(start.AddDays));
        var calendar = new TreatmentCalendar(TreatmentDays.MondayToFriday, all);
        Assert.False(calendar.TrySchedule(start, F("20 Gy/10"), out var schedule, out var error));
        Assert.Null(schedule);
        Assert.Contains("no treatment day for fraction 1 of 10 within 3660 days of 2026-01-01", error, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => calendar.Schedule(start, F("20 Gy/10")));
    }

    [Fact]
    public void Schedules_near_the_end_of_the_calendar_fail_cleanly()
    {
        Assert.False(TreatmentCalendar.Weekdays.TrySchedule(DateOnly.MaxValue.AddDays(-3), F("20 Gy/10"), out _, out var error));
        Assert.NotNull(error);
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Schedule_properties_hold_for_any_days_holidays_and_start(Sample<(int mask, int n, int offset, List<int> holidayOffsets)> sample)
    {
        var t = sample.Value;
        var origin = new DateOnly(2024, 1, 1);
        var days = TreatmentDays.FromDays(Enumerable.Range(0, 7).Where(i => (t.mask & (1 << i)) != 0).Select(i => (DayOfWeek)i));
        var start = origin.AddDays(t.offset);
        var holidays = HolidayList.From(t.holidayOffsets.Select(start.AddDays));
        var calendar = new TreatmentCalendar(days, holidays);
        var s = calendar.Schedule(start, Fractionation.FromDosePerFraction(t.n, Dose.FromGy(2)));
        var dates = s.Sessions.Select(x => x.Date).ToList();
        return dates.Count == t.n
            && dates.All(d => days.Contains(d.DayOfWeek) && !holidays.Contains(d))
            && dates.Zip(dates.Skip(1)).All(p => p.First < p.Second)
            && dates[0] >= start
            && s.EndDate == dates[^1]
            && s.OverallTreatmentTimeDays == s.EndDate.DayNumber - s.ActualStart.DayNumber + 1
            && s.Interruptions.All(h => holidays.Contains(h) && h > dates[0] && h < dates[^1])
            && Enumerable.Range(dates[0].DayNumber, s.OverallTreatmentTimeDays).Select(DateOnly.FromDayNumber)
                .Count(calendar.IsTreatmentDay) == t.n;
    }

    [Fact]
    public void Missed_fractions_are_added_after_the_last_treated_day()
    {
        var calendar = new TreatmentCalendar(TreatmentDays.MondayToFriday, ChristmasAndNewYear);
        var plan = calendar.Schedule(new DateOnly(2026, 12, 18), F("20 Gy/10"));
        // Treated 18, 21, 23 December (missed the 22nd); resume on 24 December.
        var r = calendar.Reschedule(plan, [new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 18), new DateOnly(2026, 12, 23)]);
        Assert.Equal(3, r.TreatedCount);
        Assert.Equal(new DateOnly(2026, 12, 24), r.ResumeFrom);
        Assert.Equal([new DateOnly(2026, 12, 22)], r.MissedDates.ToArray());
        Assert.Equal(new DateOnly(2027, 1, 5), r.Revised.EndDate);
        Assert.Equal(1, r.ProlongationDays);
        Assert.Equal(10, r.Revised.Sessions.Length);
        Assert.Equal(new DateOnly(2026, 12, 23), r.Revised.Sessions[2].Date);
        Assert.Equal(Dose.FromGy(20), r.Revised.Sessions[^1].CumulativeDose);
    }

    [Fact]
    public void Rescheduling_from_a_given_date_reports_the_prolongation()
    {
        var plan = TreatmentCalendar.Weekdays.Schedule(new DateOnly(2026, 3, 2), F("20 Gy/10"));
        Assert.Equal(new DateOnly(2026, 3, 13), plan.EndDate);
        var r = TreatmentCalendar.Weekdays.Reschedule(plan, [new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3)], new DateOnly(2026, 3, 9));
        Assert.Equal(new DateOnly(2026, 3, 18), r.Revised.EndDate);
        Assert.Equal(5, r.ProlongationDays);
        Assert.Equal(3, r.MissedDates.Length);
    }

    [Fact]
    public void Rescheduling_errors_are_reported()
    {
        var plan = TreatmentCalendar.Weekdays.Schedule(new DateOnly(2026, 3, 2), F("4 Gy/2"));
        var d = new DateOnly(2026, 3, 2);
        Assert.False(TreatmentCalendar.Weekdays.TryReschedule(plan, [d, d], null, out _, out var e1));
        Assert.Contains("listed twice", e1, StringComparison.Ordinal);
        Assert.False(TreatmentCalendar.Weekdays.TryReschedule(plan, [d, d.AddDays(1), d.AddDays(2)], null, out _, out var e2));
        Assert.Contains("3 treated dates but only 2 fractions", e2, StringComparison.Ordinal);
        Assert.False(TreatmentCalendar.Weekdays.TryReschedule(plan, [d], d, out _, out var e3));
        Assert.Contains("must be after the last treated date", e3, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => TreatmentCalendar.Weekdays.Reschedule(plan, [d, d]));
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(int mask, int n, int offset, List<int> holidayOffsets)>> Schedules() =>
            (from mask in Draw.Choose(1, 127)
             from n in Draw.Choose(1, 40)
             from offset in Draw.Choose(0, 3000)
             from holidayOffsets in Draw.ListOf(Draw.Choose(0, 120))
             select (mask, n, offset, holidayOffsets)).ToArbitrary();
    }
}
