using System.CommandLine;
using EmhRt.Reporting.Schedule;
using EmhRt.Scheduling;

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

            var report = ScheduleReport.Create(calendar, schedule, rescheduled);
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
}
