using System.CommandLine;
using System.Text;
using EmhRt.Reporting;
using EmhRt.Scheduling;
using static EmhRt.Cli.ReportText;

namespace EmhRt.Cli;

/// <summary>
/// <c>emhrt schedule</c>: the treatment calendar of a course (library <see cref="TreatmentCalendar"/>), optionally
/// rescheduled after the dates actually treated (<c>--treated-on</c>). A regimen (two of dose, fractions, dose per
/// fraction) is required so that every session carries its cumulative dose: a dose is never invented.
/// </summary>
internal static class ScheduleCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command(
            "schedule",
            "List the treatment days of a course (sessions, cumulative dose, end date, overall time), skipping weekends and holidays; " +
            "with --treated-on, reschedule the remaining fractions and report the prolongation.");
        var start = OptionParsers.DateOption("--start", "Requested first treatment day, yyyy-MM-dd (moved to the next treatment day if needed).");
        start.Required = true;
        command.Add(start);
        var regimen = RegimenOptions.AddTo(command, "; give two of --dose, --fractions and --dose-per-fraction.");
        var holiday = OptionParsers.RepeatableDateOption("--holiday", "A day without treatment, yyyy-MM-dd (repeatable).");
        var holidaysFile = OptionParsers.ExistingFileOption("--holidays-file", "File with days without treatment: one yyyy-MM-dd per line, # comments allowed.");
        var treatmentDays = OptionParsers.TextOption("--treatment-days", "Weekdays with treatment, e.g. Mon-Fri (default) or Mon,Wed,Fri.", "DAYS");
        var treatedOn = OptionParsers.RepeatableDateOption("--treated-on", "A date on which a fraction was actually given (repeatable): the remaining fractions are rescheduled from the day after the last one.");
        var format = OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Text, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage);
        var output = OptionParsers.OutputFileOption("--output", "Write to FILE (atomically) instead of stdout.");
        command.Add(holiday);
        command.Add(holidaysFile);
        command.Add(treatmentDays);
        command.Add(treatedOn);
        command.Add(format);
        command.Add(output);
        command.SetAction(parseResult =>
        {
            var io = CliApp.GetIO(parseResult);
            var errors = new List<string>();

            var fractionation = regimen.Create(parseResult, out string? regimenError);
            if (regimenError is not null)
            {
                errors.Add(regimenError);
            }

            var days = TreatmentDays.MondayToFriday;
            if (parseResult.GetValue(treatmentDays) is { } daysText)
            {
                var parsedDays = TreatmentDays.Parse(daysText);
                if (parsedDays.Success)
                {
                    days = parsedDays.Value;
                }
                else
                {
                    errors.Add($"--treatment-days: '{daysText}': {parsedDays.Error}");
                }
            }

            var holidayDates = new List<DateOnly>(parseResult.GetValue(holiday) ?? []);
            if (parseResult.GetValue(holidaysFile) is { } file)
            {
                CommandFiles.ReadHolidays(file, holidayDates, errors);
            }

            if (errors.Count > 0)
            {
                errors.ForEach(e => io.InputError(e));
                return ExitCodes.InvalidInput;
            }

            var calendar = new TreatmentCalendar(days, HolidayList.From(holidayDates));
            if (!calendar.TrySchedule(parseResult.GetValue(start)!.Value, fractionation!, out var schedule, out string? scheduleError))
            {
                return io.InputError("--start: " + scheduleError);
            }

            RescheduledTreatment? rescheduled = null;
            var treated = parseResult.GetValue(treatedOn) ?? [];
            if (treated.Length > 0 && !calendar.TryReschedule(schedule, treated, null, out rescheduled, out string? rescheduleError))
            {
                return io.InputError("--treated-on: " + rescheduleError);
            }

            var report = new ScheduleReport(calendar, schedule, rescheduled);
            io.WriteReport(parseResult.GetValue(output), report, parseResult.GetValue(format) ?? CliChoices.DefaultFormat);
            return ExitCodes.Success;
        });
        examples.Set(
            command,
            "emhrt schedule --start 2026-03-02 --dose 20 --fractions 10",
            "emhrt schedule --start 2026-12-18 --dose 20 --fractions 10 --holiday 2026-12-25 --holiday 2027-01-01",
            "emhrt schedule --start 2026-03-30 --dose-per-fraction 2 --fractions 10 --holidays-file holidays.txt --format csv",
            "emhrt schedule --start 2026-03-02 --dose 20 --fractions 10 --treated-on 2026-03-02 --treated-on 2026-03-03 --treated-on 2026-03-05");
        return command;
    }

    private sealed class ScheduleReport(TreatmentCalendar calendar, TreatmentSchedule plan, RescheduledTreatment? rescheduled) : ICommandReport
    {
        private TreatmentSchedule Shown => rescheduled?.Revised ?? plan;

        private string Status(TreatmentSession session) =>
            rescheduled is null ? "planned" : session.Number <= rescheduled.TreatedCount ? "treated" : "remaining";

        public string ToText()
        {
            var text = new StringBuilder();
            var shown = Shown;
            text.Line("Regimen: " + Regimen(plan.Fractionation));
            text.Line("Treatment days: " + calendar.Days + (calendar.Holidays.Count == 0 ? "; no holidays" : "; holidays: " + string.Join(", ", calendar.Holidays.Dates.Select(Date))));
            text.Line("Requested start: " + DateWithDay(plan.RequestedStart));
            if (plan.StartMoved)
            {
                text.Line("Start moved to " + DateWithDay(plan.ActualStart) + ": the requested day is not a treatment day");
            }

            text.Line();
            var rows = shown.Sessions.Select(s => rescheduled is null
                ? new[] { Integer(s.Number), Date(s.Date), s.Date.DayOfWeek.ToString(), Fixed(s.CumulativeDose.Gy, 2) }
                : [Integer(s.Number), Date(s.Date), s.Date.DayOfWeek.ToString(), Fixed(s.CumulativeDose.Gy, 2), Status(s)]).ToList();
            Table(
                text,
                rescheduled is null ? ["#", "Date", "Day", "Cumulative (Gy)"] : ["#", "Date", "Day", "Cumulative (Gy)", "Status"],
                rows,
                0,
                3);
            text.Line();
            text.Line("End date: " + DateWithDay(shown.EndDate));
            text.Line($"Overall treatment time: {Integer(shown.OverallTreatmentTimeDays)} days (first to last fraction, inclusive); {Integer(shown.WeeksSpanned)} calendar weeks spanned");
            text.Line(shown.Interruptions.IsEmpty
                ? "Interruptions: none"
                : "Interruptions (holidays on treatment days): " + string.Join(", ", shown.Interruptions.Select(DateWithDay)));
            if (rescheduled is not null)
            {
                text.Line();
                text.Line($"Treated: {Integer(rescheduled.TreatedCount)} of {Integer(plan.Fractionation.Fractions)} fractions; remaining fractions scheduled from {DateWithDay(rescheduled.ResumeFrom)}");
                text.Line(rescheduled.MissedDates.IsEmpty ? "Missed planned dates: none" : "Missed planned dates: " + string.Join(", ", rescheduled.MissedDates.Select(Date)));
                text.Line($"Planned end {Date(plan.EndDate)}, revised end {Date(rescheduled.Revised.EndDate)}: prolongation {Integer(rescheduled.ProlongationDays)} days");
            }

            return text.ToString();
        }

        public string ToJson() => Json(w =>
        {
            var shown = Shown;
            w.WriteStartObject();
            w.WriteString("schemaVersion", OutputSchemas.ScheduleVersion);
            w.WriteStartObject("regimen");
            WriteNumber(w, "totalDoseGy", plan.Fractionation.TotalDose.Gy);
            w.WriteNumber("fractions", plan.Fractionation.Fractions);
            WriteNumber(w, "dosePerFractionGy", plan.Fractionation.DosePerFraction.Gy);
            w.WriteEndObject();
            w.WriteString("treatmentDays", calendar.Days.ToString());
            WriteStrings(w, "holidays", calendar.Holidays.Dates.Select(Date));
            w.WriteString("requestedStart", Date(plan.RequestedStart));
            w.WriteString("actualStart", Date(plan.ActualStart));
            w.WriteBoolean("startMoved", plan.StartMoved);
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
            if (rescheduled is null)
            {
                w.WriteNull("reschedule");
            }
            else
            {
                w.WriteStartObject("reschedule");
                w.WriteNumber("treatedCount", rescheduled.TreatedCount);
                w.WriteString("resumeFrom", Date(rescheduled.ResumeFrom));
                WriteStrings(w, "missedDates", rescheduled.MissedDates.Select(Date));
                w.WriteString("plannedEndDate", Date(plan.EndDate));
                w.WriteString("revisedEndDate", Date(rescheduled.Revised.EndDate));
                w.WriteNumber("prolongationDays", rescheduled.ProlongationDays);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });

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
}
