using System.CommandLine;

namespace EmhRt.Cli;

/// <summary><c>emhrt protocol show</c> and <c>emhrt protocol check FILE</c>.</summary>
internal static class ProtocolCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("protocol", "Show the built-in protocol or check a protocol file.");

        var show = new Command("show", "Print a protocol (default: the built-in one) with the citation of every number.");
        show.Add(OptionParsers.ExistingFileOption("--protocol", "Protocol file to show instead of the built-in one."));
        show.Add(OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Text, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage));
        show.SetAction(parseResult => NotWired.Report(CliApp.GetIO(parseResult), "protocol show"));
        examples.Set(show, "emhrt protocol show", "emhrt protocol show --format json");

        var check = new Command("check", "Validate a protocol file: every value in range, every number cited.");
        check.Add(OptionParsers.ExistingFileArgument("file", "The protocol file to check."));
        check.SetAction(parseResult => NotWired.Report(CliApp.GetIO(parseResult), "protocol check"));
        examples.Set(check, "emhrt protocol check my-protocol.json");

        command.Add(show);
        command.Add(check);
        examples.Set(command, "emhrt protocol show", "emhrt protocol check my-protocol.json");
        return command;
    }
}
