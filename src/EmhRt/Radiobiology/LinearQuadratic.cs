using System.Diagnostics.CodeAnalysis;
using EmhRt.Doses;

namespace EmhRt.Radiobiology;

/// <summary>
/// Linear-quadratic model (<c>fowler1989</c>): BED = n·d·(1 + d/(α/β)); EQD2 = BED/(1 + 2/(α/β));
/// EQDx = BED/(1 + x/(α/β)).
/// </summary>
/// <remarks>
/// BED is returned as a <see cref="Dose"/> whose unit is "Gy_{α/β}" (e.g. Gy₂ for α/β = 2 Gy): BEDs computed with
/// different α/β are not comparable. EQD2 and EQDx are physical-dose equivalents in Gy.
/// Check value (<c>nieder2006</c>): 50 Gy in 25 × 2 Gy = 100 Gy₂ = 75 Gy₄.
/// </remarks>
public static class LinearQuadratic
{
    /// <summary>Biologically effective dose n·d·(1 + d/(α/β)) in Gy_{α/β}.</summary>
    /// <param name="fractionation">The scheme.</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <exception cref="ArgumentException"><paramref name="alphaBeta"/> is <c>default</c>.</exception>
    public static Dose Bed(Fractionation fractionation, AlphaBeta alphaBeta)
    {
        ArgumentNullException.ThrowIfNull(fractionation);
        var ab = alphaBeta.Checked(nameof(alphaBeta));
        return Dose.FromGy(fractionation.TotalDose.Gy * (1 + (fractionation.DosePerFraction.Gy / ab)));
    }

    /// <summary>
    /// BED with the user-supplied overall-time correction: BED − ln2·(T − Tk)/(α·Tpot) (no correction when T ≤ Tk;
    /// clinical-facts §4). The result may be below zero only for extreme user parameters and is returned as is.
    /// </summary>
    /// <param name="fractionation">The scheme.</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <param name="correction">The repopulation parameters.</param>
    /// <param name="overallTreatmentTimeDays">T: overall treatment time in days (≥ 0).</param>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    public static Dose Bed(Fractionation fractionation, AlphaBeta alphaBeta, RepopulationCorrection correction, double overallTreatmentTimeDays)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return Dose.FromGy(Bed(fractionation, alphaBeta).Gy - correction.BedReductionGy(overallTreatmentTimeDays));
    }

    /// <summary>Equivalent dose in 2-Gy fractions, BED/(1 + 2/(α/β)), in Gy.</summary>
    /// <param name="fractionation">The scheme.</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <exception cref="ArgumentException"><paramref name="alphaBeta"/> is <c>default</c>.</exception>
    /// <remarks>
    /// Evaluated as D·(α/β + d)/(α/β + 2), algebraically the same as BED/(1 + 2/(α/β)) (fowler1989) with fewer
    /// rounding steps: at d = 2 Gy it returns the physical dose exactly.
    /// </remarks>
    public static Dose Eqd2(Fractionation fractionation, AlphaBeta alphaBeta)
    {
        ArgumentNullException.ThrowIfNull(fractionation);
        var ab = alphaBeta.Checked(nameof(alphaBeta));
        return Dose.FromGy(fractionation.TotalDose.Gy * (ab + fractionation.DosePerFraction.Gy) / (ab + 2));
    }

    /// <summary>EQD2 of the time-corrected BED (see <see cref="Bed(Fractionation, AlphaBeta, RepopulationCorrection, double)"/>).</summary>
    /// <param name="fractionation">The scheme.</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <param name="correction">The repopulation parameters.</param>
    /// <param name="overallTreatmentTimeDays">T in days (≥ 0).</param>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    public static Dose Eqd2(Fractionation fractionation, AlphaBeta alphaBeta, RepopulationCorrection correction, double overallTreatmentTimeDays) =>
        Eqd2FromBed(Bed(fractionation, alphaBeta, correction, overallTreatmentTimeDays), alphaBeta);

    /// <summary>Equivalent dose in fractions of <paramref name="referenceDosePerFraction"/>: BED/(1 + x/(α/β)), in Gy.</summary>
    /// <param name="fractionation">The scheme.</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <param name="referenceDosePerFraction">x, the reference dose per fraction (&gt; 0).</param>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    public static Dose Eqdx(Fractionation fractionation, AlphaBeta alphaBeta, Dose referenceDosePerFraction)
    {
        var x = Guard.Positive(referenceDosePerFraction.Gy, nameof(referenceDosePerFraction));
        var ab = alphaBeta.Checked(nameof(alphaBeta));
        return Dose.FromGy(Bed(fractionation, alphaBeta).Gy / (1 + (x / ab)));
    }

    /// <summary>EQD2 from a BED: BED/(1 + 2/(α/β)).</summary>
    /// <param name="bed">BED in Gy_{α/β}.</param>
    /// <param name="alphaBeta">The α/β the BED was computed with.</param>
    /// <exception cref="ArgumentException"><paramref name="alphaBeta"/> is <c>default</c>.</exception>
    public static Dose Eqd2FromBed(Dose bed, AlphaBeta alphaBeta) => Dose.FromGy(bed.Gy / (1 + (2 / alphaBeta.Checked(nameof(alphaBeta)))));

    /// <summary>BED from an EQD2: EQD2·(1 + 2/(α/β)).</summary>
    /// <param name="eqd2">EQD2 in Gy.</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <exception cref="ArgumentException"><paramref name="alphaBeta"/> is <c>default</c>.</exception>
    public static Dose BedFromEqd2(Dose eqd2, AlphaBeta alphaBeta) => Dose.FromGy(eqd2.Gy * (1 + (2 / alphaBeta.Checked(nameof(alphaBeta)))));

    /// <summary>Total physical dose that reaches <paramref name="targetBed"/> at a given dose per fraction: BED/(1 + d/(α/β)).</summary>
    /// <remarks>The implied number of fractions (total/d) is generally not whole; round it yourself.</remarks>
    /// <param name="targetBed">Target BED in Gy_{α/β}; must be &gt; 0 to be reachable.</param>
    /// <param name="dosePerFraction">d (&gt; 0).</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <exception cref="ArgumentOutOfRangeException">The target is unreachable (not &gt; 0) or d is not &gt; 0.</exception>
    public static Dose TotalDoseForBed(Dose targetBed, Dose dosePerFraction, AlphaBeta alphaBeta) =>
        TryTotalDoseForBed(targetBed, dosePerFraction, alphaBeta, out var total) ? total : throw Unreachable(nameof(targetBed), targetBed);

    /// <summary>Try form of <see cref="TotalDoseForBed"/>: false when the target is not &gt; 0 (unreachable).</summary>
    /// <param name="targetBed">Target BED in Gy_{α/β}.</param>
    /// <param name="dosePerFraction">d (&gt; 0).</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <param name="totalDose">The total dose, or zero.</param>
    /// <exception cref="ArgumentException">d is not &gt; 0 or α/β is <c>default</c> (programmer errors).</exception>
    public static bool TryTotalDoseForBed(Dose targetBed, Dose dosePerFraction, AlphaBeta alphaBeta, out Dose totalDose)
    {
        var d = Guard.Positive(dosePerFraction.Gy, nameof(dosePerFraction));
        var ab = alphaBeta.Checked(nameof(alphaBeta));
        totalDose = Dose.Zero;
        if (!(targetBed.Gy > 0))
        {
            return false;
        }

        totalDose = Dose.FromGy(targetBed.Gy / (1 + (d / ab)));
        return true;
    }

    /// <summary>Total physical dose that reaches <paramref name="targetEqd2"/> at a given dose per fraction.</summary>
    /// <param name="targetEqd2">Target EQD2 in Gy; must be &gt; 0 to be reachable.</param>
    /// <param name="dosePerFraction">d (&gt; 0).</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <exception cref="ArgumentOutOfRangeException">The target is unreachable (not &gt; 0) or d is not &gt; 0.</exception>
    public static Dose TotalDoseForEqd2(Dose targetEqd2, Dose dosePerFraction, AlphaBeta alphaBeta) =>
        TryTotalDoseForEqd2(targetEqd2, dosePerFraction, alphaBeta, out var total) ? total : throw Unreachable(nameof(targetEqd2), targetEqd2);

    /// <summary>Try form of <see cref="TotalDoseForEqd2"/>: false when the target is not &gt; 0.</summary>
    /// <param name="targetEqd2">Target EQD2 in Gy.</param>
    /// <param name="dosePerFraction">d (&gt; 0).</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <param name="totalDose">The total dose, or zero.</param>
    /// <exception cref="ArgumentException">d is not &gt; 0 or α/β is <c>default</c>.</exception>
    public static bool TryTotalDoseForEqd2(Dose targetEqd2, Dose dosePerFraction, AlphaBeta alphaBeta, out Dose totalDose) =>
        TryTotalDoseForBed(BedFromEqd2(targetEqd2, alphaBeta), dosePerFraction, alphaBeta, out totalDose);

    /// <summary>
    /// Dose per fraction that reaches <paramref name="targetBed"/> in <paramref name="fractions"/> fractions: the positive
    /// root of d²/(α/β) + d − BED/n = 0, computed as d = 2(BED/n)/(1 + √(1 + 4·BED/(n·α/β))).
    /// </summary>
    /// <param name="targetBed">Target BED in Gy_{α/β}; must be &gt; 0 to be reachable.</param>
    /// <param name="fractions">n (≥ 1).</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <exception cref="ArgumentOutOfRangeException">The target is unreachable (not &gt; 0) or n &lt; 1.</exception>
    public static Dose DosePerFractionForBed(Dose targetBed, int fractions, AlphaBeta alphaBeta) =>
        TryDosePerFractionForBed(targetBed, fractions, alphaBeta, out var d) ? d : throw Unreachable(nameof(targetBed), targetBed);

    /// <summary>Try form of <see cref="DosePerFractionForBed"/>: false when the target is not &gt; 0.</summary>
    /// <param name="targetBed">Target BED in Gy_{α/β}.</param>
    /// <param name="fractions">n (≥ 1).</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <param name="dosePerFraction">d, or zero.</param>
    /// <exception cref="ArgumentException">n &lt; 1 or α/β is <c>default</c>.</exception>
    public static bool TryDosePerFractionForBed(Dose targetBed, int fractions, AlphaBeta alphaBeta, out Dose dosePerFraction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fractions, 1);
        var ab = alphaBeta.Checked(nameof(alphaBeta));
        dosePerFraction = Dose.Zero;
        if (!(targetBed.Gy > 0))
        {
            return false;
        }

        var perFraction = targetBed.Gy / fractions;
        dosePerFraction = Dose.FromGy(2 * perFraction / (1 + Math.Sqrt(1 + (4 * perFraction / ab))));
        return true;
    }

    /// <summary>Dose per fraction that reaches <paramref name="targetEqd2"/> in <paramref name="fractions"/> fractions.</summary>
    /// <param name="targetEqd2">Target EQD2 in Gy; must be &gt; 0 to be reachable.</param>
    /// <param name="fractions">n (≥ 1).</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <exception cref="ArgumentOutOfRangeException">The target is unreachable (not &gt; 0) or n &lt; 1.</exception>
    public static Dose DosePerFractionForEqd2(Dose targetEqd2, int fractions, AlphaBeta alphaBeta) =>
        TryDosePerFractionForEqd2(targetEqd2, fractions, alphaBeta, out var d) ? d : throw Unreachable(nameof(targetEqd2), targetEqd2);

    /// <summary>Try form of <see cref="DosePerFractionForEqd2"/>: false when the target is not &gt; 0.</summary>
    /// <param name="targetEqd2">Target EQD2 in Gy.</param>
    /// <param name="fractions">n (≥ 1).</param>
    /// <param name="alphaBeta">α/β in Gy.</param>
    /// <param name="dosePerFraction">d, or zero.</param>
    /// <exception cref="ArgumentException">n &lt; 1 or α/β is <c>default</c>.</exception>
    public static bool TryDosePerFractionForEqd2(Dose targetEqd2, int fractions, AlphaBeta alphaBeta, out Dose dosePerFraction) =>
        TryDosePerFractionForBed(BedFromEqd2(targetEqd2, alphaBeta), fractions, alphaBeta, out dosePerFraction);

    [SuppressMessage("Globalization", "CA1305", Justification = "Dose.ToString is invariant.")]
    private static ArgumentOutOfRangeException Unreachable(string name, Dose target) =>
        new(name, target.Gy, "The target " + target.ToString() + " cannot be reached: a target must be greater than 0 Gy.");
}
