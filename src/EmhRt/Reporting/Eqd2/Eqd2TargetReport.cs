using System.Text;
using EmhRt.Radiobiology;
using static EmhRt.Reporting.ReportText;

namespace EmhRt.Reporting.Eqd2;

/// <summary>
/// The report of <c>emhrt eqd2</c> for a target: the exact total dose or dose per fraction that reaches a target EQD2
/// or BED at one α/β, and the whole-fraction regimen rounded by purpose, with what it reaches
/// (<see cref="InverseSolution"/>; the rounding is an EmhRt assumption, clinical-facts-organs §7).
/// </summary>
/// <remarks>JSON: the <c>eqd2</c> schema, <c>mode</c> <c>target</c> (<see cref="OutputSchemas.Eqd2"/>); doses in Gy rounded to 4 decimals.</remarks>
public sealed class Eqd2TargetReport : IReport
{
    private readonly InverseSolution _s;

    private Eqd2TargetReport(InverseSolution solution) => _s = solution;

    /// <summary>Builds the report of a solution.</summary>
    /// <param name="solution">The inverse solution (<see cref="InverseSolution.TrySolveForTotalDose"/>, <see cref="InverseSolution.TrySolveForDosePerFraction"/>).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="solution"/> is null.</exception>
    public static Eqd2TargetReport Create(InverseSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        return new Eqd2TargetReport(solution);
    }

    private string Quantity => _s.Quantity == TargetQuantity.Eqd2 ? "EQD2" : "BED";

    private string PurposeToken => _s.Purpose == RoundingPurpose.Tolerance ? "tolerance" : "efficacy";

    private string Rounding => _s.Purpose == RoundingPurpose.Tolerance ? "down" : "up";

    /// <inheritdoc/>
    public string ToText()
    {
        var s = _s;
        var text = new StringBuilder();
        text.Line($"Target: {Quantity} {Number(s.Target.Gy)} Gy at α/β {Number(s.AlphaBeta.Gy)} Gy");
        if (s.SolvedForTotalDose)
        {
            text.Line($"At {Number(s.DosePerFraction.Gy)} Gy per fraction: total dose {Fixed(s.TotalDose.Gy, 3)} Gy = {Fixed(s.ExactFractions, 3)} fractions (exact)");
            if (s.WholeFractions != s.ExactFractions)
            {
                text.Line($"Whole fractions ({(s.Purpose == RoundingPurpose.Tolerance ? "rounded down" : "rounded up")}): {Integer(s.WholeFractions)}");
            }
        }
        else
        {
            text.Line($"In {Integer(s.WholeFractions)} {(s.WholeFractions == 1 ? "fraction" : "fractions")}: {Fixed(s.DosePerFraction.Gy, 3)} Gy per fraction, total dose {Fixed(s.TotalDose.Gy, 3)} Gy");
        }

        text.Line($"Purpose: {PurposeToken}; {InverseRounding.Describe(s.Purpose)}. No published rounding convention: an EmhRt assumption.");
        if (s.WholeFractionRegimen is { } rounded)
        {
            text.Line($"Deliverable regimen: {rounded}: BED {Fixed(s.WholeFractionBed!.Value.Gy, 2)} Gy, EQD2 {Fixed(s.WholeFractionEqd2!.Value.Gy, 2)} Gy; {Quantity} reached {Fixed(s.Reached!.Value.Gy, 2)} Gy ({(s.Purpose == RoundingPurpose.Tolerance ? "≤" : "≥")} target {Number(s.Target.Gy)} Gy)");
        }
        else
        {
            text.Line("No deliverable regimen: " + s.WholeFractionProblem);
        }

        text.Line("Linear-quadratic model (fowler1989). Check the rounded regimen against the protocol before use.");
        return text.ToString();
    }

    /// <inheritdoc/>
    public string ToJson() => Json(w =>
    {
        var s = _s;
        w.WriteStartObject();
        w.WriteString("schemaVersion", OutputSchemas.Eqd2Version);
        w.WriteString("mode", "target");
        w.WriteString("targetQuantity", Quantity.ToLowerInvariant());
        WriteNumber(w, "targetGy", s.Target.Gy);
        WriteNumber(w, "alphaBetaGy", s.AlphaBeta.Gy);
        w.WriteString("solvedFor", s.SolvedForTotalDose ? "totalDose" : "dosePerFraction");
        WriteNumber(w, "dosePerFractionGy", s.DosePerFraction.Gy);
        WriteNumber(w, "totalDoseGy", s.TotalDose.Gy);
        WriteNumber(w, "fractionsExact", s.ExactFractions);
        w.WriteNumber("fractionsWhole", s.WholeFractions);
        w.WriteString("purpose", PurposeToken);
        w.WriteString("rounding", Rounding);
        w.WriteString("roundingNote", InverseRounding.Describe(s.Purpose) + "; no published convention (an EmhRt assumption)");
        WriteNumber(w, "reachedGy", s.Reached?.Gy);
        if (s.WholeFractionRegimen is { } rounded)
        {
            w.WriteStartObject("wholeFractionRegimen");
            WriteNumber(w, "totalDoseGy", rounded.TotalDose.Gy);
            w.WriteNumber("fractions", rounded.Fractions);
            WriteNumber(w, "dosePerFractionGy", rounded.DosePerFraction.Gy);
            WriteNumber(w, "bedGy", s.WholeFractionBed!.Value.Gy);
            WriteNumber(w, "eqd2Gy", s.WholeFractionEqd2!.Value.Gy);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("wholeFractionRegimen");
        }

        if (s.WholeFractionProblem is not null)
        {
            w.WriteString("wholeFractionProblem", s.WholeFractionProblem);
        }

        w.WriteEndObject();
    });

    /// <inheritdoc/>
    public string ToCsv()
    {
        var s = _s;
        var rounded = s.WholeFractionRegimen;
        return CsvLine("target_quantity", "target_gy", "alpha_beta_gy", "solved_for", "dose_per_fraction_gy", "total_dose_gy", "fractions_exact", "fractions_whole", "whole_total_dose_gy", "whole_bed_gy", "whole_eqd2_gy", "purpose", "rounding")
            + CsvLine(
                Quantity.ToLowerInvariant(), Number(s.Target.Gy), Number(s.AlphaBeta.Gy), s.SolvedForTotalDose ? "totalDose" : "dosePerFraction",
                Number(s.DosePerFraction.Gy), Number(s.TotalDose.Gy), Number(s.ExactFractions), Integer(s.WholeFractions),
                rounded is null ? string.Empty : Number(rounded.TotalDose.Gy),
                rounded is null ? string.Empty : Number(s.WholeFractionBed!.Value.Gy),
                rounded is null ? string.Empty : Number(s.WholeFractionEqd2!.Value.Gy),
                PurposeToken, Rounding);
    }
}
