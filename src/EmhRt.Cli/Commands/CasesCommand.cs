using System.CommandLine;

namespace EmhRt.Cli;

/// <summary><c>emhrt cases</c>: published cases.</summary>
internal static class CasesCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("cases", "List the published EMH cases the checks are based on, with citations.");
        command.Add(OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Text, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage));
        command.Add(OptionParsers.OutputFileOption("--output", "Write to FILE (atomically) instead of stdout."));
        command.SetAction(parseResult => NotWired.Report(CliApp.GetIO(parseResult), "cases"));
        examples.Set(command, "emhrt cases", "emhrt cases --format csv --output cases.csv");
        return command;
    }
}
