using System.CommandLine;
using System.Globalization;
using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Reporting.Eqd2;
using static EmhRt.Reporting.ReportText;

namespace EmhRt.Cli;

/// <summary>
/// <c>emhrt eqd2</c>: BED, EQD2 (and optionally EQDx) of a regimen for one or more α/β ratios, or the inverse:
/// the total dose or dose per fraction that reaches a target EQD2 or BED. All arithmetic is the library's
/// <see cref="LinearQuadratic"/> and <see cref="InverseSolution"/>, the reports the library's <see cref="Eqd2Report"/> and
/// <see cref="Eqd2TargetReport"/>; the command only checks the combination of options and writes.
/// </summary>
internal static class Eqd2Command
{
    public static Command Create(CommandExamples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var command = new Command(
            "eqd2",
            "Compute BED and EQD2 (Gy) of a regimen for one or more alpha/beta ratios (default: the documented tissue values, " +
            "each with its source), or the dose that reaches a target EQD2/BED.");
        var regimen = RegimenOptions.AddTo(command, ".");
        var alphaBeta = RepeatableAlphaBetaOption();
        var eqdx = OptionParsers.DoseOption("--eqdx", "Also give EQDx: the equivalent dose in fractions of this size (Gy), e.g. 3.");
        var targetEqd2 = OptionParsers.DoseOption("--target-eqd2", "Inverse: the EQD2 (Gy) to reach; give exactly one --alpha-beta and --dose-per-fraction or --fractions.");
        var targetBed = OptionParsers.DoseOption("--target-bed", "Inverse: the BED (Gy) to reach; give exactly one --alpha-beta and --dose-per-fraction or --fractions.");
        var purpose = OptionParsers.ChoiceOption(
            "--purpose",
            "Inverse: what the target is, which decides the rounding to a deliverable regimen: tolerance (a limit: round down, never above it) or efficacy (round up, never below it). No published convention: an EmhRt assumption.",
            Purposes,
            RoundingPurpose.Tolerance);
        var format = OptionParsers.ChoiceOption("--format", "Output format.", CliChoices.Formats, OutputFormat.Text, CliChoices.UnavailableFormats, CliChoices.HtmlUnavailableMessage);
        var output = OptionParsers.OutputFileOption("--output", "Write to FILE (atomically) instead of stdout.");
        command.Add(alphaBeta);
        command.Add(eqdx);
        command.Add(targetEqd2);
        command.Add(targetBed);
        command.Add(purpose);
        command.Add(format);
        command.Add(output);
        command.SetAction(parseResult =>
        {
            var io = CliApp.GetIO(parseResult);
            var request = new Eqd2Request(
                parseResult.GetValue(alphaBeta) ?? [],
                parseResult.GetValue(eqdx),
                parseResult.GetValue(targetEqd2),
                parseResult.GetValue(targetBed),
                parseResult.GetValue(format) ?? CliChoices.DefaultFormat,
                parseResult.GetValue(purpose) ?? RoundingPurpose.Tolerance);
            return request.TargetEqd2Gy is not null || request.TargetBedGy is not null
                ? RunInverse(parseResult, regimen, request, io, parseResult.GetValue(output))
                : RunForward(parseResult, regimen, request, io, parseResult.GetValue(output));
        });
        examples.Set(
            command,
            "emhrt eqd2 --dose 20 --fractions 10",
            "emhrt eqd2 --dose 18 --fractions 10 --alpha-beta 10 --alpha-beta 2",
            "emhrt eqd2 --dose-per-fraction 2 --fractions 15 --alpha-beta 2 --eqdx 3 --format json",
            "emhrt eqd2 --target-eqd2 20 --dose-per-fraction 1.8 --alpha-beta 10 --purpose efficacy",
            "emhrt eqd2 --target-bed 135.5 --alpha-beta 2 --dose-per-fraction 2 --purpose tolerance",
            "emhrt eqd2 --target-bed 24 --fractions 10 --alpha-beta 10 --format csv");
        return command;
    }

    private sealed record Eqd2Request(double[] AlphaBetas, double? EqdxGy, double? TargetEqd2Gy, double? TargetBedGy, OutputFormat Format, RoundingPurpose Purpose);

    private static readonly IReadOnlyList<(string Token, RoundingPurpose Value)> Purposes =
        [("tolerance", RoundingPurpose.Tolerance), ("efficacy", RoundingPurpose.Efficacy)];

    private static Option<double[]> RepeatableAlphaBetaOption()
    {
        const string Name = "--alpha-beta";
        var option = new Option<double[]>(Name)
        {
            Description = "Alpha/beta ratio in Gy (repeatable). Default: EMH 10 Gy (assumption), cord 2 Gy and lumbar cord 4 Gy " +
                "(nieder2006), cord 0.87 Gy (schultheiss2008).",
            HelpName = "GY",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        option.CustomParser = result =>
        {
            var values = new double[result.Tokens.Count];
            for (int i = 0; i < values.Length; i++)
            {
                if (!OptionParsers.TryParseAlphaBetaGy(result.Tokens[i].Value, out values[i], out string? error))
                {
                    result.AddError(Name + ": " + error);
                    return [];
                }
            }

            return values;
        };
        return option;
    }

    // ---------------------------------------------------------------- forward: regimen -> BED/EQD2

    private static int RunForward(ParseResult parseResult, RegimenOptions regimenOptions, Eqd2Request request, CommandIO io, string? output)
    {
        var regimen = regimenOptions.Create(parseResult, out string? error);
        if (regimen is null)
        {
            return io.InputError(error!);
        }

        var report = Eqd2Report.Create(
            regimen, [.. request.AlphaBetas.Select(AlphaBeta.FromGy)], request.EqdxGy is { } x ? Dose.FromGy(x) : null, givenSource: "--alpha-beta", alphaBetaOptionName: "--alpha-beta");
        io.WriteReport(output, report, request.Format);
        return ExitCodes.Success;
    }

    // ---------------------------------------------------------------- inverse: target -> dose

    private static int RunInverse(ParseResult parseResult, RegimenOptions regimenOptions, Eqd2Request request, CommandIO io, string? output)
    {
        var errors = new List<string>();
        if (request.TargetEqd2Gy is not null && request.TargetBedGy is not null)
        {
            errors.Add("--target-eqd2/--target-bed: give one target, not both");
        }

        if (request.AlphaBetas.Length != 1)
        {
            errors.Add(request.AlphaBetas.Length == 0
                ? "--alpha-beta: a target needs exactly one alpha/beta ratio, e.g. --alpha-beta 10"
                : "--alpha-beta: a target needs exactly one alpha/beta ratio, not " + Integer(request.AlphaBetas.Length));
        }

        if (request.EqdxGy is not null)
        {
            errors.Add("--eqdx: applies to a regimen, not to --target-eqd2/--target-bed");
        }

        double? dose = parseResult.GetValue(regimenOptions.Dose), dpf = parseResult.GetValue(regimenOptions.DosePerFraction);
        int? fractions = parseResult.GetValue(regimenOptions.Fractions);
        if (dose is not null)
        {
            errors.Add("--dose: a target gives the total dose; give --dose-per-fraction or --fractions instead");
        }

        if ((dpf is null) == (fractions is null))
        {
            errors.Add("--dose-per-fraction/--fractions: with a target give exactly one of them (the total dose follows)");
        }

        if (fractions > InputLimits.MaxFractions)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"--fractions: {fractions} fractions is implausible (input-sanity limit {InputLimits.MaxFractions} fractions)"));
        }

        if (errors.Count > 0)
        {
            errors.ForEach(e => io.InputError(e));
            return ExitCodes.InvalidInput;
        }

        var alphaBeta = AlphaBeta.FromGy(request.AlphaBetas[0]);
        var quantity = request.TargetEqd2Gy is not null ? TargetQuantity.Eqd2 : TargetQuantity.Bed;
        var target = Dose.FromGy(request.TargetEqd2Gy ?? request.TargetBedGy!.Value);
        var targetOption = quantity == TargetQuantity.Eqd2 ? "--target-eqd2" : "--target-bed";
        InverseSolution? solution;
        string? solveError;
        if (dpf is { } perFraction)
        {
            if (!InverseSolution.TrySolveForTotalDose(quantity, target, Dose.FromGy(perFraction), alphaBeta, request.Purpose, out solution, out var failure, out solveError))
            {
                return io.InputError((failure == InverseSolveFailure.ImplausibleFractions ? "--dose-per-fraction" : targetOption) + ": " + solveError);
            }
        }
        else if (!InverseSolution.TrySolveForDosePerFraction(quantity, target, fractions!.Value, alphaBeta, request.Purpose, out solution, out solveError))
        {
            return io.InputError(targetOption + ": " + solveError);
        }

        io.WriteReport(output, Eqd2TargetReport.Create(solution), request.Format);
        return ExitCodes.Success;
    }
}
