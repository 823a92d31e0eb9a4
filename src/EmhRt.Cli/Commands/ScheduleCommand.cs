using System.CommandLine;

namespace EmhRt.Cli;

/// <summary><c>emhrt schedule</c>: treatment calendar.</summary>
internal static class ScheduleCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("schedule", "List the treatment days of a course, skipping weekends and holidays.");
        command.Add(OptionParsers.DateOption("--start", "First treatment day, yyyy-MM-dd."));
        command.Add(OptionParsers.PositiveIntegerOption("--fractions", "Number of fractions (1 or more)."));
        command.Add(OptionParsers.RepeatableDateOption("--holiday", "A day without treatment, yyyy-MM-dd (repeatable)."));
        command.Add(OptionParsers.ExistingFileOption("--holidays-file", "File with days without treatment."));
        command.Add(OptionParsers.TextOption("--treatment-days", "Weekdays with treatment, e.g. Mon-Fri.", "LIST"));
        command.Add(OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Text, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage));
        command.Add(OptionParsers.OutputFileOption("--output", "Write to FILE (atomically) instead of stdout."));
        command.SetAction(parseResult => NotWired.Report(CliApp.GetIO(parseResult), "schedule"));
        examples.Set(command, "emhrt schedule --start 2026-03-02 --fractions 10", "emhrt schedule --start 2026-03-30 --fractions 10 --holiday 2026-04-03 --holiday 2026-04-06");
        return command;
    }
}
