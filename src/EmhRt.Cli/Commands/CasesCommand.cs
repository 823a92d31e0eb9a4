using System.CommandLine;
using EmhRt.Doses;
using EmhRt.Literature;
using EmhRt.Reporting.Cases;
using EmhRt.Spine;
using static EmhRt.Reporting.ReportText;

namespace EmhRt.Cli;

/// <summary>
/// <c>emhrt cases</c>: the published EMH cases shipped with EmhRt (<see cref="CaseLibrary.Default"/>), filtered by
/// region, radiotherapy and EQD2, and optionally placed relative to a proposed regimen
/// (<see cref="CaseLibrary.Position"/>). EQD2 values are the library's.
/// </summary>
internal static class CasesCommand
{
    private static readonly (string Token, SpineRegions Value)[] Regions =
    [
        ("cervical", SpineRegions.Cervical), ("thoracic", SpineRegions.Thoracic), ("lumbar", SpineRegions.Lumbar),
        ("sacral", SpineRegions.Sacral), ("coccygeal", SpineRegions.Coccygeal),
    ];

    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command(
            "cases",
            "List the published EMH cases the checks are based on, with EQD2 and citations; with a regimen, show where it sits among them.");
        var region = RegionOption();
        var rt = new Option<bool>("--rt") { Description = "Only cases treated with radiotherapy." };
        var minEqd2 = OptionParsers.DoseOption("--min-eqd2", "Only cases with a known regimen whose EQD2 is at least this (Gy).");
        var maxEqd2 = OptionParsers.DoseOption("--max-eqd2", "Only cases with a known regimen whose EQD2 is at most this (Gy).");
        var alphaBeta = OptionParsers.AlphaBetaOption("--alpha-beta", "Alpha/beta ratio in Gy for every EQD2. Default: 10 Gy, an assumption for EMH tissue (no published value).");
        command.Add(region);
        command.Add(rt);
        command.Add(minEqd2);
        command.Add(maxEqd2);
        command.Add(alphaBeta);
        var regimen = RegimenOptions.AddTo(command, " of a proposed regimen: its position among the cases is shown and cases are listed nearest first.");
        var format = OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Text, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage);
        var output = OptionParsers.OutputFileOption("--output", "Write to FILE (atomically) instead of stdout.");
        command.Add(format);
        command.Add(output);
        command.SetAction(parseResult =>
        {
            var io = CliApp.GetIO(parseResult);
            var errors = new List<string>();
            double? min = parseResult.GetValue(minEqd2), max = parseResult.GetValue(maxEqd2);
            if (min is not null && max is not null && min > max)
            {
                errors.Add($"--min-eqd2/--max-eqd2: the minimum {Number(min.Value)} Gy is above the maximum {Number(max.Value)} Gy");
            }

            Fractionation? proposed = null;
            if (regimen.AnyGiven(parseResult))
            {
                proposed = regimen.Create(parseResult, out string? regimenError);
                if (regimenError is not null)
                {
                    errors.Add(regimenError);
                }
            }

            if (errors.Count > 0)
            {
                errors.ForEach(e => io.InputError(e));
                return ExitCodes.InvalidInput;
            }

            double? givenAlphaBeta = parseResult.GetValue(alphaBeta);
            var query = new CasesQuery(
                parseResult.GetValue(region),
                parseResult.GetValue(rt),
                min,
                max,
                givenAlphaBeta ?? CaseLibrary.DefaultAlphaBetaGy,
                givenAlphaBeta is null,
                proposed);
            var report = CasesReport.Create(CaseLibrary.Default, query);
            io.WriteReport(parseResult.GetValue(output), report, parseResult.GetValue(format) ?? CliChoices.DefaultFormat);
            return ExitCodes.Success;
        });
        examples.Set(
            command,
            "emhrt cases",
            "emhrt cases --rt",
            "emhrt cases --region thoracic,lumbar --min-eqd2 15 --max-eqd2 25",
            "emhrt cases --dose 20 --fractions 10",
            "emhrt cases --format csv --output cases.csv");
        return command;
    }

    private static Option<SpineRegions?> RegionOption()
    {
        const string Name = "--region";
        var option = new Option<SpineRegions?>(Name)
        {
            Description = "Only cases whose lesion touches one of these regions (repeatable or comma-separated).",
            HelpName = string.Join('|', Regions.Select(r => r.Token)),
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        option.CompletionSources.Add(Regions.Select(r => r.Token).ToArray());
        option.CustomParser = result =>
        {
            var regions = SpineRegions.None;
            foreach (var token in result.Tokens)
            {
                foreach (string part in token.Value.Split(','))
                {
                    if (!OptionParsers.TryParseChoice(part, Regions, out SpineRegions value, out string? error))
                    {
                        result.AddError(Name + ": " + error);
                        return null;
                    }

                    regions |= value;
                }
            }

            return regions == SpineRegions.None ? null : regions;
        };
        return option;
    }
}
