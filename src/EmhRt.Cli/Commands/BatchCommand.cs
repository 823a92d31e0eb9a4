using System.CommandLine;

namespace EmhRt.Cli;

/// <summary><c>emhrt batch</c>: many plans from a CSV file.</summary>
internal static class BatchCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("batch", "Check many plans from a CSV file (one plan per row, columns named like the plan options).");
        command.Add(OptionParsers.ExistingFileArgument("input", "CSV file with one plan per row."));
        command.Add(OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Csv, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage));
        command.Add(OptionParsers.OutputFileOption("--output", "Write the results to FILE (atomically) instead of stdout."));
        command.Add(OptionParsers.ChoiceOption("--fail-on", "Exit with code 1 when any plan has a finding at or above this severity.", CliChoices.FailOn, FailOnThreshold.Warning));
        command.SetAction(parseResult => NotWired.Report(CliApp.GetIO(parseResult), "batch"));
        examples.Set(command, "emhrt batch plans.csv --output results.csv", "emhrt batch plans.csv --format json --fail-on never");
        return command;
    }
}
