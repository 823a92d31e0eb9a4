using System.CommandLine;

namespace EmhRt.Cli;

/// <summary><c>emhrt ctv</c>: CTV and PTV extent.</summary>
internal static class CtvCommand
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command("ctv", "Compute the CTV (vertebral levels) and PTV extent (mm) for a lesion.");
        command.Add(OptionParsers.TextOption("--lesion", "Vertebral span(s) of the EMH lesion.", "SPANS", required: true));
        command.Add(OptionParsers.NonNegativeIntegerOption("--ctv-levels", "Levels added above and below the lesion."));
        command.Add(OptionParsers.NonNegativeIntegerOption("--ctv-levels-above", "Levels added above the lesion."));
        command.Add(OptionParsers.NonNegativeIntegerOption("--ctv-levels-below", "Levels added below the lesion."));
        command.Add(OptionParsers.LengthOption("--margin", "CTV-to-PTV margin in mm."));
        command.Add(OptionParsers.PositiveIntegerOption("--thoracic-vertebrae", "Number of thoracic vertebrae."));
        command.Add(OptionParsers.PositiveIntegerOption("--lumbar-vertebrae", "Number of lumbar vertebrae."));
        command.Add(OptionParsers.ExistingFileOption("--spine-geometry", "File with the patient's vertebral geometry."));
        command.Add(OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Text, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage));
        command.SetAction(parseResult => NotWired.Report(CliApp.GetIO(parseResult), "ctv"));
        examples.Set(command, "emhrt ctv --lesion T5-T9", "emhrt ctv --lesion T11-L2 --ctv-levels 1 --margin 5mm");
        return command;
    }
}
