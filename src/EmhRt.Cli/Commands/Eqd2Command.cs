using System.CommandLine;
using System.Globalization;
using System.Text;
using EmhRt.Doses;
using EmhRt.Radiobiology;
using EmhRt.Reporting;
using static EmhRt.Cli.ReportText;

namespace EmhRt.Cli;

/// <summary>
/// <c>emhrt eqd2</c>: BED, EQD2 (and optionally EQDx) of a regimen for one or more α/β ratios, or the inverse:
/// the total dose or dose per fraction that reaches a target EQD2 or BED. All arithmetic is the library's
/// <see cref="LinearQuadratic"/>; the command only checks the combination of options and formats.
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

    /// <summary>One α/β row: the tissue in words, the value, and where it comes from.</summary>
    private sealed record AlphaBetaRow(string Tissue, AlphaBeta Value, string Source, bool IsAssumption);

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

    private static List<AlphaBetaRow> AlphaBetaRows(double[] given)
    {
        if (given.Length > 0)
        {
            return [.. given.Select(gy => new AlphaBetaRow("given", AlphaBeta.FromGy(gy), "--alpha-beta", false))];
        }

        return
        [
            Default(AlphaBetaDefaults.EmhTissue),
            Default(AlphaBetaDefaults.SpinalCordCervicalThoracic),
            Default(AlphaBetaDefaults.SpinalCordLumbar),
            Default(AlphaBetaDefaults.SpinalCordSchultheiss),
        ];

        static AlphaBetaRow Default(TissueAlphaBeta tissue) =>
            new(tissue.Tissue, tissue.Value, tissue.IsAssumption ? "assumption" : tissue.Citation ?? "assumption", tissue.IsAssumption);
    }

    // ---------------------------------------------------------------- forward: regimen -> BED/EQD2

    private static int RunForward(ParseResult parseResult, RegimenOptions regimenOptions, Eqd2Request request, CommandIO io, string? output)
    {
        var regimen = regimenOptions.Create(parseResult, out string? error);
        if (regimen is null)
        {
            return io.InputError(error!);
        }

        var rows = AlphaBetaRows(request.AlphaBetas);
        Dose? eqdx = request.EqdxGy is { } x ? Dose.FromGy(x) : null;
        var results = rows.Select(row => (
            Row: row,
            Bed: LinearQuadratic.Bed(regimen, row.Value),
            Eqd2: LinearQuadratic.Eqd2(regimen, row.Value),
            Eqdx: eqdx is { } reference ? LinearQuadratic.Eqdx(regimen, row.Value, reference) : (Dose?)null)).ToList();

        string content;
        switch (request.Format)
        {
            case OutputFormat.Json:
                content = Json(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("schemaVersion", OutputSchemas.Eqd2Version);
                    w.WriteString("mode", "regimen");
                    WriteRegimen(w, regimen);
                    WriteNumber(w, "eqdxReferenceGy", eqdx?.Gy);
                    w.WriteString("model", "linear-quadratic, fowler1989");
                    w.WriteStartArray("rows");
                    foreach (var r in results)
                    {
                        w.WriteStartObject();
                        w.WriteString("tissue", r.Row.Tissue);
                        WriteNumber(w, "alphaBetaGy", r.Row.Value.Gy);
                        w.WriteString("source", r.Row.Source);
                        w.WriteBoolean("isAssumption", r.Row.IsAssumption);
                        WriteNumber(w, "bedGy", r.Bed.Gy);
                        WriteNumber(w, "eqd2Gy", r.Eqd2.Gy);
                        WriteNumber(w, "eqdxGy", r.Eqdx?.Gy);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Csv:
                var csv = new StringBuilder();
                csv.Append(eqdx is null
                    ? CsvLine("tissue", "alpha_beta_gy", "source", "total_dose_gy", "fractions", "dose_per_fraction_gy", "bed_gy", "eqd2_gy")
                    : CsvLine("tissue", "alpha_beta_gy", "source", "total_dose_gy", "fractions", "dose_per_fraction_gy", "bed_gy", "eqd2_gy", "eqdx_reference_gy", "eqdx_gy"));
                foreach (var r in results)
                {
                    string[] fields =
                    [
                        r.Row.Tissue, Number(r.Row.Value.Gy), r.Row.Source, Number(regimen.TotalDose.Gy), Integer(regimen.Fractions),
                        Number(regimen.DosePerFraction.Gy), Number(r.Bed.Gy), Number(r.Eqd2.Gy),
                    ];
                    csv.Append(eqdx is { } reference ? CsvLine([.. fields, Number(reference.Gy), Number(r.Eqdx!.Value.Gy)]) : CsvLine(fields));
                }

                content = csv.ToString();
                break;
            default:
                var text = new StringBuilder();
                text.Line("Regimen: " + Regimen(regimen));
                text.Line();
                string eqdxHeader = eqdx is { } refDose ? "EQD" + Number(refDose.Gy) + " (Gy)" : string.Empty;
                string[] header = eqdx is null
                    ? ["Tissue", "α/β (Gy)", "BED (Gy)", "EQD2 (Gy)", "Source"]
                    : ["Tissue", "α/β (Gy)", "BED (Gy)", "EQD2 (Gy)", eqdxHeader, "Source"];
                var tableRows = results.Select(r => eqdx is null
                    ? new[] { r.Row.Tissue, Number(r.Row.Value.Gy), Fixed(r.Bed.Gy, 2), Fixed(r.Eqd2.Gy, 2), r.Row.Source }
                    : [r.Row.Tissue, Number(r.Row.Value.Gy), Fixed(r.Bed.Gy, 2), Fixed(r.Eqd2.Gy, 2), Fixed(r.Eqdx!.Value.Gy, 2), r.Row.Source]).ToList();
                Table(text, header, tableRows, eqdx is null ? [1, 2, 3] : [1, 2, 3, 4]);
                text.Line();
                text.Line("Linear-quadratic model (fowler1989): BED = D(1 + d/(α/β)), EQD2 = BED/(1 + 2/(α/β)).");
                if (request.AlphaBetas.Length == 0)
                {
                    text.Line("No --alpha-beta given: the documented default ratios are listed; the EMH value 10 Gy is an assumption (no published value).");
                }

                content = text.ToString();
                break;
        }

        io.WriteReport(output, content);
        return ExitCodes.Success;
    }

    private static void WriteRegimen(System.Text.Json.Utf8JsonWriter w, Fractionation regimen)
    {
        w.WriteStartObject("regimen");
        WriteNumber(w, "totalDoseGy", regimen.TotalDose.Gy);
        w.WriteNumber("fractions", regimen.Fractions);
        WriteNumber(w, "dosePerFractionGy", regimen.DosePerFraction.Gy);
        w.WriteEndObject();
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
        bool isEqd2 = request.TargetEqd2Gy is not null;
        var target = Dose.FromGy(request.TargetEqd2Gy ?? request.TargetBedGy!.Value);
        string quantity = isEqd2 ? "EQD2" : "BED";

        Dose perFraction, total;
        double exactFractions;
        int wholeFractions;
        bool solvedForTotal = dpf is not null;
        if (solvedForTotal)
        {
            perFraction = Dose.FromGy(dpf!.Value);
            bool ok = isEqd2
                ? LinearQuadratic.TryTotalDoseForEqd2(target, perFraction, alphaBeta, out total)
                : LinearQuadratic.TryTotalDoseForBed(target, perFraction, alphaBeta, out total);
            if (!ok)
            {
                return io.InputError($"--target-{quantity.ToLowerInvariant()}: the target {target} cannot be reached");
            }

            exactFractions = total.Gy / perFraction.Gy;
            if (!(exactFractions <= InputLimits.MaxFractions))
            {
                return io.InputError(string.Create(
                    CultureInfo.InvariantCulture,
                    $"--dose-per-fraction: the target {target} needs {exactFractions:0.#} fractions of {perFraction}: implausible (input-sanity limit {InputLimits.MaxFractions} fractions)"));
            }

            wholeFractions = InverseRounding.WholeFractions(exactFractions, request.Purpose);
        }
        else
        {
            wholeFractions = fractions!.Value;
            exactFractions = wholeFractions;
            bool ok = isEqd2
                ? LinearQuadratic.TryDosePerFractionForEqd2(target, wholeFractions, alphaBeta, out perFraction)
                : LinearQuadratic.TryDosePerFractionForBed(target, wholeFractions, alphaBeta, out perFraction);
            if (!ok)
            {
                return io.InputError($"--target-{quantity.ToLowerInvariant()}: the target {target} cannot be reached");
            }

            total = Dose.FromGy(perFraction.Gy * wholeFractions);
        }

        // The regimen actually deliverable (whole fractions, dose per fraction to 0.01 Gy), rounded by purpose, and what
        // it reaches (library arithmetic): it never overshoots a tolerance limit and never falls short of an efficacy target.
        var deliverablePerFraction = solvedForTotal ? perFraction : InverseRounding.DosePerFraction(perFraction, request.Purpose);
        Fractionation? rounded = null;
        string? roundedProblem;
        if (wholeFractions < 1 || deliverablePerFraction.Gy <= 0)
        {
            roundedProblem = "no whole number of fractions stays at or below the target (less than one fraction)";
        }
        else
        {
            var deliverable = Fractionation.Create(null, wholeFractions, deliverablePerFraction);
            rounded = deliverable.Success ? deliverable.Value : null;
            roundedProblem = deliverable.Success ? null : deliverable.Error;
        }

        var rule = InverseRounding.Describe(request.Purpose);
        var purposeToken = request.Purpose == RoundingPurpose.Tolerance ? "tolerance" : "efficacy";
        var reached = rounded is null ? (double?)null : (isEqd2 ? LinearQuadratic.Eqd2(rounded, alphaBeta).Gy : LinearQuadratic.Bed(rounded, alphaBeta).Gy);

        string content;
        switch (request.Format)
        {
            case OutputFormat.Json:
                content = Json(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("schemaVersion", OutputSchemas.Eqd2Version);
                    w.WriteString("mode", "target");
                    w.WriteString("targetQuantity", quantity.ToLowerInvariant());
                    WriteNumber(w, "targetGy", target.Gy);
                    WriteNumber(w, "alphaBetaGy", alphaBeta.Gy);
                    w.WriteString("solvedFor", solvedForTotal ? "totalDose" : "dosePerFraction");
                    WriteNumber(w, "dosePerFractionGy", perFraction.Gy);
                    WriteNumber(w, "totalDoseGy", total.Gy);
                    WriteNumber(w, "fractionsExact", exactFractions);
                    w.WriteNumber("fractionsWhole", wholeFractions);
                    w.WriteString("purpose", purposeToken);
                    w.WriteString("rounding", request.Purpose == RoundingPurpose.Tolerance ? "down" : "up");
                    w.WriteString("roundingNote", rule + "; no published convention (an EmhRt assumption)");
                    if (reached is { } value)
                    {
                        WriteNumber(w, "reachedGy", value);
                    }
                    else
                    {
                        w.WriteNull("reachedGy");
                    }

                    if (rounded is not null)
                    {
                        w.WriteStartObject("wholeFractionRegimen");
                        WriteNumber(w, "totalDoseGy", rounded.TotalDose.Gy);
                        w.WriteNumber("fractions", rounded.Fractions);
                        WriteNumber(w, "dosePerFractionGy", rounded.DosePerFraction.Gy);
                        WriteNumber(w, "bedGy", LinearQuadratic.Bed(rounded, alphaBeta).Gy);
                        WriteNumber(w, "eqd2Gy", LinearQuadratic.Eqd2(rounded, alphaBeta).Gy);
                        w.WriteEndObject();
                    }
                    else
                    {
                        w.WriteNull("wholeFractionRegimen");
                    }

                    if (roundedProblem is not null)
                    {
                        w.WriteString("wholeFractionProblem", roundedProblem);
                    }

                    w.WriteEndObject();
                });
                break;
            case OutputFormat.Csv:
                content = CsvLine("target_quantity", "target_gy", "alpha_beta_gy", "solved_for", "dose_per_fraction_gy", "total_dose_gy", "fractions_exact", "fractions_whole", "whole_total_dose_gy", "whole_bed_gy", "whole_eqd2_gy", "purpose", "rounding")
                    + CsvLine(
                        quantity.ToLowerInvariant(), Number(target.Gy), Number(alphaBeta.Gy), solvedForTotal ? "totalDose" : "dosePerFraction",
                        Number(perFraction.Gy), Number(total.Gy), Number(exactFractions), Integer(wholeFractions),
                        rounded is null ? string.Empty : Number(rounded.TotalDose.Gy),
                        rounded is null ? string.Empty : Number(LinearQuadratic.Bed(rounded, alphaBeta).Gy),
                        rounded is null ? string.Empty : Number(LinearQuadratic.Eqd2(rounded, alphaBeta).Gy),
                        purposeToken, request.Purpose == RoundingPurpose.Tolerance ? "down" : "up");
                break;
            default:
                var text = new StringBuilder();
                text.Line($"Target: {quantity} {Number(target.Gy)} Gy at α/β {Number(alphaBeta.Gy)} Gy");
                if (solvedForTotal)
                {
                    text.Line($"At {Number(perFraction.Gy)} Gy per fraction: total dose {Fixed(total.Gy, 3)} Gy = {Fixed(exactFractions, 3)} fractions (exact)");
                    if (wholeFractions != exactFractions)
                    {
                        text.Line($"Whole fractions ({(request.Purpose == RoundingPurpose.Tolerance ? "rounded down" : "rounded up")}): {Integer(wholeFractions)}");
                    }
                }
                else
                {
                    text.Line($"In {Integer(wholeFractions)} {(wholeFractions == 1 ? "fraction" : "fractions")}: {Fixed(perFraction.Gy, 3)} Gy per fraction, total dose {Fixed(total.Gy, 3)} Gy");
                }

                text.Line($"Purpose: {purposeToken}; {rule}. No published rounding convention: an EmhRt assumption.");
                if (rounded is not null)
                {
                    text.Line($"Deliverable regimen: {Regimen(rounded)}: BED {Fixed(LinearQuadratic.Bed(rounded, alphaBeta).Gy, 2)} Gy, EQD2 {Fixed(LinearQuadratic.Eqd2(rounded, alphaBeta).Gy, 2)} Gy; {quantity} reached {Fixed(reached!.Value, 2)} Gy ({(request.Purpose == RoundingPurpose.Tolerance ? "≤" : "≥")} target {Number(target.Gy)} Gy)");
                }
                else
                {
                    text.Line("No deliverable regimen: " + roundedProblem);
                }

                text.Line("Linear-quadratic model (fowler1989). Check the rounded regimen against the protocol before use.");
                content = text.ToString();
                break;
        }

        io.WriteReport(output, content);
        return ExitCodes.Success;
    }
}
