using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EmhRt.Doses;

namespace EmhRt.Radiobiology;

/// <summary>
/// The inverse of the linear-quadratic model (fowler1989): the regimen that reaches a target EQD2 or BED at one α/β,
/// solved exactly for the total dose (given the dose per fraction) or for the dose per fraction (given the number of
/// fractions), and the whole-fraction ("deliverable") regimen rounded by its purpose (<see cref="InverseRounding"/>:
/// down for a tolerance limit, up for an efficacy target; clinical-facts-organs §7, an [assumption]).
/// </summary>
/// <remarks>
/// Solved for the total dose, the exact number of fractions is rounded to whole fractions and the dose per fraction is
/// kept; solved for the dose per fraction, the dose per fraction is rounded to <see cref="InverseRounding.DosePerFractionStepGy"/>.
/// A tolerance below one fraction has no deliverable regimen (<see cref="WholeFractionProblem"/>).
/// </remarks>
public sealed class InverseSolution
{
    private InverseSolution(
        TargetQuantity quantity, Dose target, AlphaBeta alphaBeta, RoundingPurpose purpose, bool solvedForTotalDose,
        Dose dosePerFraction, Dose totalDose, double exactFractions, int wholeFractions)
    {
        Quantity = quantity;
        Target = target;
        AlphaBeta = alphaBeta;
        Purpose = purpose;
        SolvedForTotalDose = solvedForTotalDose;
        DosePerFraction = dosePerFraction;
        TotalDose = totalDose;
        ExactFractions = exactFractions;
        WholeFractions = wholeFractions;

        // The regimen actually deliverable (whole fractions, dose per fraction to 0.01 Gy), rounded by purpose: it never
        // overshoots a tolerance limit and never falls short of an efficacy target.
        var deliverablePerFraction = solvedForTotalDose ? dosePerFraction : InverseRounding.DosePerFraction(dosePerFraction, purpose);
        if (wholeFractions < 1 || deliverablePerFraction.Gy <= 0)
        {
            WholeFractionProblem = "no whole number of fractions stays at or below the target (less than one fraction)";
        }
        else
        {
            var deliverable = Fractionation.Create(null, wholeFractions, deliverablePerFraction);
            WholeFractionRegimen = deliverable.Success ? deliverable.Value : null;
            WholeFractionProblem = deliverable.Success ? null : deliverable.Error;
        }
    }

    /// <summary>What the target is: EQD2 or BED.</summary>
    public TargetQuantity Quantity { get; }

    /// <summary>The target EQD2 or BED, Gy.</summary>
    public Dose Target { get; }

    /// <summary>The α/β ratio the target refers to, Gy.</summary>
    public AlphaBeta AlphaBeta { get; }

    /// <summary>Tolerance (round down) or efficacy (round up).</summary>
    public RoundingPurpose Purpose { get; }

    /// <summary>True when solved for the total dose (dose per fraction given); false when solved for the dose per fraction (fractions given).</summary>
    public bool SolvedForTotalDose { get; }

    /// <summary>The dose per fraction, Gy: given, or the exact solution.</summary>
    public Dose DosePerFraction { get; }

    /// <summary>The exact total dose, Gy.</summary>
    public Dose TotalDose { get; }

    /// <summary>The exact number of fractions (total dose / dose per fraction; the given count when solved for the dose per fraction).</summary>
    public double ExactFractions { get; }

    /// <summary>The whole number of fractions, rounded by <see cref="Purpose"/> (may be 0 for a tolerance below one fraction).</summary>
    public int WholeFractions { get; }

    /// <summary>The deliverable regimen (whole fractions, dose per fraction rounded by purpose), or null (<see cref="WholeFractionProblem"/>).</summary>
    public Fractionation? WholeFractionRegimen { get; }

    /// <summary>Why there is no deliverable regimen, or null.</summary>
    public string? WholeFractionProblem { get; }

    /// <summary>BED of <see cref="WholeFractionRegimen"/> at <see cref="AlphaBeta"/>, Gy, or null.</summary>
    public Dose? WholeFractionBed => WholeFractionRegimen is { } r ? LinearQuadratic.Bed(r, AlphaBeta) : null;

    /// <summary>EQD2 of <see cref="WholeFractionRegimen"/> at <see cref="AlphaBeta"/>, Gy, or null.</summary>
    public Dose? WholeFractionEqd2 => WholeFractionRegimen is { } r ? LinearQuadratic.Eqd2(r, AlphaBeta) : null;

    /// <summary>The target quantity the deliverable regimen reaches (its EQD2 or BED), Gy, or null.</summary>
    public Dose? Reached => Quantity == TargetQuantity.Eqd2 ? WholeFractionEqd2 : WholeFractionBed;

    /// <summary>Solves for the total dose at a given dose per fraction, then rounds the number of fractions by purpose.</summary>
    /// <param name="quantity">EQD2 or BED.</param>
    /// <param name="target">The target, Gy.</param>
    /// <param name="dosePerFraction">The dose per fraction, Gy (&gt; 0).</param>
    /// <param name="alphaBeta">The α/β ratio, Gy.</param>
    /// <param name="purpose">Tolerance (down) or efficacy (up).</param>
    /// <param name="solution">The solution, or null.</param>
    /// <param name="failure">Why not, or <see cref="InverseSolveFailure.None"/>.</param>
    /// <param name="error">Why not in words (no option or column name), or null.</param>
    /// <returns>Whether a solution exists within <see cref="InputLimits.MaxFractions"/> fractions.</returns>
    public static bool TrySolveForTotalDose(
        TargetQuantity quantity, Dose target, Dose dosePerFraction, AlphaBeta alphaBeta, RoundingPurpose purpose,
        [NotNullWhen(true)] out InverseSolution? solution, out InverseSolveFailure failure, [NotNullWhen(false)] out string? error)
    {
        solution = null;
        var ok = quantity == TargetQuantity.Eqd2
            ? LinearQuadratic.TryTotalDoseForEqd2(target, dosePerFraction, alphaBeta, out var total)
            : LinearQuadratic.TryTotalDoseForBed(target, dosePerFraction, alphaBeta, out total);
        if (!ok)
        {
            failure = InverseSolveFailure.Unreachable;
            error = Unreachable(target);
            return false;
        }

        var exactFractions = total.Gy / dosePerFraction.Gy;
        if (!(exactFractions <= InputLimits.MaxFractions))
        {
            failure = InverseSolveFailure.ImplausibleFractions;
            error = string.Create(
                CultureInfo.InvariantCulture,
                $"the target {target} needs {exactFractions:0.#} fractions of {dosePerFraction}: implausible (input-sanity limit {InputLimits.MaxFractions} fractions)");
            return false;
        }

        solution = new InverseSolution(
            quantity, target, alphaBeta, purpose, true, dosePerFraction, total, exactFractions, InverseRounding.WholeFractions(exactFractions, purpose));
        failure = InverseSolveFailure.None;
        error = null;
        return true;
    }

    /// <summary>Solves for the dose per fraction in a given number of fractions, then rounds it to 0.01 Gy by purpose.</summary>
    /// <param name="quantity">EQD2 or BED.</param>
    /// <param name="target">The target, Gy.</param>
    /// <param name="fractions">The number of fractions (≥ 1).</param>
    /// <param name="alphaBeta">The α/β ratio, Gy.</param>
    /// <param name="purpose">Tolerance (down) or efficacy (up).</param>
    /// <param name="solution">The solution, or null.</param>
    /// <param name="error">Why not in words (no option or column name), or null.</param>
    /// <returns>Whether the target can be reached.</returns>
    public static bool TrySolveForDosePerFraction(
        TargetQuantity quantity, Dose target, int fractions, AlphaBeta alphaBeta, RoundingPurpose purpose,
        [NotNullWhen(true)] out InverseSolution? solution, [NotNullWhen(false)] out string? error)
    {
        solution = null;
        var ok = quantity == TargetQuantity.Eqd2
            ? LinearQuadratic.TryDosePerFractionForEqd2(target, fractions, alphaBeta, out var perFraction)
            : LinearQuadratic.TryDosePerFractionForBed(target, fractions, alphaBeta, out perFraction);
        if (!ok)
        {
            error = Unreachable(target);
            return false;
        }

        solution = new InverseSolution(
            quantity, target, alphaBeta, purpose, false, perFraction, Dose.FromGy(perFraction.Gy * fractions), fractions, fractions);
        error = null;
        return true;
    }

    private static string Unreachable(Dose target) => "the target " + target + " cannot be reached";
}
