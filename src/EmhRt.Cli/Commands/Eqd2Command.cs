using System.CommandLine;

namespace EmhRt.Cli;

/// <summary><c>emhrt eqd2</c>: BED and EQD2 of a regimen.</summary>
internal static class Eqd2Command
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("eqd2", "Compute BED and EQD2 (Gy) of a regimen for a given alpha/beta ratio.");
        var dose = OptionParsers.DoseOption("--dose", "Total dose in Gy (20, 20Gy or 2000cGy).");
        var fractions = OptionParsers.PositiveIntegerOption("--fractions", "Number of fractions (1 or more).");
        var dosePerFraction = OptionParsers.DoseOption("--dose-per-fraction", "Dose per fraction in Gy.");
        var alphaBeta = OptionParsers.AlphaBetaOption("--alpha-beta", "Alpha/beta ratio in Gy.");
        var format = OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Text, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage);
        command.Add(dose);
        command.Add(fractions);
        command.Add(dosePerFraction);
        command.Add(alphaBeta);
        command.Add(format);
        command.SetAction(parseResult => NotWired.Report(CliApp.GetIO(parseResult), "eqd2"));
        examples.Set(command, "emhrt eqd2 --dose 20 --fractions 10 --alpha-beta 10", "emhrt eqd2 --dose-per-fraction 2 --fractions 15 --alpha-beta 2 --format json");
        return command;
    }
}
