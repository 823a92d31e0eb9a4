using EmhRt.Doses;

namespace EmhRt.Radiobiology;

/// <summary>
/// Rounds the exact solution of an inverse BED/EQD2 solve to a deliverable regimen by its purpose
/// (clinical-facts-organs §7, an [assumption]: no published convention): down for a tolerance limit, so that the BED
/// reached stays at or below it; up for an efficacy target, so that it is reached. A solution within a relative
/// 1e-9 of a whole step is that step (89.3/(5.06·3.53) ≈ 5.00 is 5, not 4).
/// </summary>
public static class InverseRounding
{
    /// <summary>Relative tolerance within which an exact solution counts as a whole step: 1e-9 (clinical-facts-organs §7).</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>Step of a rounded dose per fraction: 0.01 Gy (an EmhRt convention).</summary>
    public const double DosePerFractionStepGy = 0.01;

    /// <summary>The whole number of fractions for an exact solution (may be 0 for a tolerance below one fraction).</summary>
    /// <param name="exactFractions">The exact number of fractions (finite, &gt; 0).</param>
    /// <param name="purpose">Tolerance (down) or efficacy (up).</param>
    public static int WholeFractions(double exactFractions, RoundingPurpose purpose) =>
        (int)Steps(exactFractions, purpose);

    /// <summary>The dose per fraction rounded to <see cref="DosePerFractionStepGy"/> by purpose.</summary>
    /// <param name="exactDosePerFraction">The exact dose per fraction.</param>
    /// <param name="purpose">Tolerance (down) or efficacy (up).</param>
    public static Dose DosePerFraction(Dose exactDosePerFraction, RoundingPurpose purpose) =>
        Dose.FromGy(Math.Round(Steps(exactDosePerFraction.Gy / DosePerFractionStepGy, purpose) * DosePerFractionStepGy, 2));

    /// <summary>The rule in words, for output.</summary>
    /// <param name="purpose">The purpose.</param>
    public static string Describe(RoundingPurpose purpose) => purpose == RoundingPurpose.Tolerance
        ? "rounded down (tolerance limit: the deliverable regimen stays at or below the target)"
        : "rounded up (efficacy target: the deliverable regimen reaches at least the target)";

    private static double Steps(double exact, RoundingPurpose purpose)
    {
        var nearest = Math.Round(exact);
        if (Math.Abs(exact - nearest) <= RelativeTolerance * Math.Abs(exact))
        {
            return nearest;
        }

        return purpose == RoundingPurpose.Tolerance ? Math.Floor(exact) : Math.Ceiling(exact);
    }
}
