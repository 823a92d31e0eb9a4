using System.Text;
using EmhRt.Scheduling;
using static EmhRt.Reporting.ReportText;

namespace EmhRt.Reporting.Schedule;

/// <summary>
/// The report of <c>emhrt schedule</c>: the treatment calendar of a course (sessions with date, weekday and cumulative
/// dose in Gy, end date, overall treatment time in days, interruptions by holidays), and, after the dates actually
/// treated, the revised schedule with the prolongation in days. Every date and dose is the library's
/// (<see cref="TreatmentCalendar"/>).
/// </summary>
/// <remarks>JSON: the <c>schedule</c> schema (<see cref="OutputSchemas.Schedule"/>); doses in Gy rounded to 4 decimals, dates ISO 8601.</remarks>
public sealed class ScheduleReport : IReport
{
    private readonly TreatmentCalendar _calendar;
    private readonly TreatmentSchedule _plan;
    private readonly RescheduledTreatment? _rescheduled;

    private ScheduleReport(TreatmentCalendar calendar, TreatmentSchedule plan, RescheduledTreatment? rescheduled)
    {
        _calendar = calendar;
        _plan = plan;
        _rescheduled = rescheduled;
    }

    /// <summary>Builds the report.</summary>
    /// <param name="calendar">The calendar (treatment weekdays and holidays).</param>
    /// <param name="plan">The planned schedule (<see cref="TreatmentCalendar.TrySchedule"/>).</param>
    /// <param name="rescheduled">The schedule revised after the dates actually treated (<see cref="TreatmentCalendar.TryReschedule"/>), or null.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="plan"/> is null.</exception>
    public static ScheduleReport Create(TreatmentCalendar calendar, TreatmentSchedule plan, RescheduledTreatment? rescheduled)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(plan);
        return new ScheduleReport(calendar, plan, rescheduled);
    }

    private TreatmentSchedule Shown => _rescheduled?.Revised ?? _plan;

    private string Status(TreatmentSession session) =>
        _rescheduled is null ? "planned" : session.Number <= _rescheduled.TreatedCount ? "treated" : "remaining";

    /// <inheritdoc/>
    public string ToText()
    {
        var text = new StringBuilder();
        var shown = Shown;
        text.Line("Regimen: " + _plan.Fractionation);
        text.Line("Treatment days: " + _calendar.Days + (_calendar.Holidays.Count == 0 ? "; no holidays" : "; holidays: " + string.Join(", ", _calendar.Holidays.Dates.Select(Date))));
        text.Line("Requested start: " + DateWithDay(_plan.RequestedStart));
        if (_plan.StartMoved)
        {
            text.Line("Start moved to " + DateWithDay(_plan.ActualStart) + ": the requested day is not a treatment day");
        }

        text.Line();
        var rows = shown.Sessions.Select(s => _rescheduled is null
            ? new[] { Integer(s.Number), Date(s.Date), s.Date.DayOfWeek.ToString(), Fixed(s.CumulativeDose.Gy, 2) }
            : [Integer(s.Number), Date(s.Date), s.Date.DayOfWeek.ToString(), Fixed(s.CumulativeDose.Gy, 2), Status(s)]).ToList();
        Table(
            text,
            _rescheduled is null ? ["#", "Date", "Day", "Cumulative (Gy)"] : ["#", "Date", "Day", "Cumulative (Gy)", "Status"],
            rows,
            0,
            3);
        text.Line();
        text.Line("End date: " + DateWithDay(shown.EndDate));
        text.Line($"Overall treatment time: {Integer(shown.OverallTreatmentTimeDays)} days (first to last fraction, inclusive); {Integer(shown.WeeksSpanned)} calendar weeks spanned");
        text.Line(shown.Interruptions.IsEmpty
            ? "Interruptions: none"
            : "Interruptions (holidays on treatment days): " + string.Join(", ", shown.Interruptions.Select(DateWithDay)));
        if (_rescheduled is not null)
        {
            text.Line();
            text.Line($"Treated: {Integer(_rescheduled.TreatedCount)} of {Integer(_plan.Fractionation.Fractions)} fractions; remaining fractions scheduled from {DateWithDay(_rescheduled.ResumeFrom)}");
            text.Line(_rescheduled.MissedDates.IsEmpty ? "Missed planned dates: none" : "Missed planned dates: " + string.Join(", ", _rescheduled.MissedDates.Select(Date)));
            text.Line($"Planned end {Date(_plan.EndDate)}, revised end {Date(_rescheduled.Revised.EndDate)}: prolongation {Integer(_rescheduled.ProlongationDays)} days");
        }

        return text.ToString();
    }

    /// <inheritdoc/>
    public string ToJson() => Json(w =>
    {
        var shown = Shown;
        w.WriteStartObject();
        w.WriteString("schemaVersion", OutputSchemas.ScheduleVersion);
        w.WriteStartObject("regimen");
        WriteNumber(w, "totalDoseGy", _plan.Fractionation.TotalDose.Gy);
        w.WriteNumber("fractions", _plan.Fractionation.Fractions);
        WriteNumber(w, "dosePerFractionGy", _plan.Fractionation.DosePerFraction.Gy);
        w.WriteEndObject();
        w.WriteString("treatmentDays", _calendar.Days.ToString());
        WriteStrings(w, "holidays", _calendar.Holidays.Dates.Select(Date));
        w.WriteString("requestedStart", Date(_plan.RequestedStart));
        w.WriteString("actualStart", Date(_plan.ActualStart));
        w.WriteBoolean("startMoved", _plan.StartMoved);
        w.WriteStartArray("sessions");
        foreach (var s in shown.Sessions)
        {
            w.WriteStartObject();
            w.WriteNumber("number", s.Number);
            w.WriteString("date", Date(s.Date));
            w.WriteString("weekday", s.Date.DayOfWeek.ToString());
            WriteNumber(w, "cumulativeDoseGy", s.CumulativeDose.Gy);
            w.WriteString("status", Status(s));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("endDate", Date(shown.EndDate));
        w.WriteNumber("overallTreatmentTimeDays", shown.OverallTreatmentTimeDays);
        w.WriteNumber("weeksSpanned", shown.WeeksSpanned);
        WriteStrings(w, "interruptions", shown.Interruptions.Select(Date));
        if (_rescheduled is null)
        {
            w.WriteNull("reschedule");
        }
        else
        {
            w.WriteStartObject("reschedule");
            w.WriteNumber("treatedCount", _rescheduled.TreatedCount);
            w.WriteString("resumeFrom", Date(_rescheduled.ResumeFrom));
            WriteStrings(w, "missedDates", _rescheduled.MissedDates.Select(Date));
            w.WriteString("plannedEndDate", Date(_plan.EndDate));
            w.WriteString("revisedEndDate", Date(_rescheduled.Revised.EndDate));
            w.WriteNumber("prolongationDays", _rescheduled.ProlongationDays);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    });

    /// <inheritdoc/>
    public string ToCsv()
    {
        var csv = new StringBuilder(CsvLine("number", "date", "weekday", "cumulative_dose_gy", "status"));
        foreach (var s in Shown.Sessions)
        {
            csv.Append(CsvLine(Integer(s.Number), Date(s.Date), s.Date.DayOfWeek.ToString(), Number(s.CumulativeDose.Gy), Status(s)));
        }

        return csv.ToString();
    }
}
