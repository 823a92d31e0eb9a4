namespace EmhRt.Radiobiology;

/// <summary>
/// Optional overall-time (repopulation) correction of BED: BED − ln2·(T − Tk)/(α·Tpot), applied only when
/// T &gt; Tk. Every parameter is supplied by the user; there are no defaults. Off unless passed explicitly.
/// </summary>
/// <remarks>
/// clinical-facts §4: late-responding tissue (cord) shows no overall-time effect (<c>fowler1989</c>), and a
/// two-week EMH course is short, so the correction defaults to none.
/// </remarks>
public sealed record RepopulationCorrection
{
    /// <summary>Creates a correction.</summary>
    /// <param name="alpha">α in Gy⁻¹ (finite, &gt; 0).</param>
    /// <param name="kickoffDays">Tk: day repopulation starts (finite, ≥ 0).</param>
    /// <param name="potentialDoublingTimeDays">Tpot in days (finite, &gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public RepopulationCorrection(double alpha, double kickoffDays, double potentialDoublingTimeDays)
    {
        Alpha = Guard.Positive(alpha);
        KickoffDays = Guard.InRange(kickoffDays, 0, double.MaxValue);
        PotentialDoublingTimeDays = Guard.Positive(potentialDoublingTimeDays);
    }

    /// <summary>α in Gy⁻¹.</summary>
    public double Alpha { get; }

    /// <summary>Tk in days.</summary>
    public double KickoffDays { get; }

    /// <summary>Tpot in days.</summary>
    public double PotentialDoublingTimeDays { get; }

    /// <summary>The BED subtracted for an overall treatment time: ln2·(T − Tk)/(α·Tpot) in Gy, or 0 when T ≤ Tk.</summary>
    /// <param name="overallTreatmentTimeDays">T in days (finite, ≥ 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="overallTreatmentTimeDays"/> is negative or not finite.</exception>
    public double BedReductionGy(double overallTreatmentTimeDays)
    {
        Guard.InRange(overallTreatmentTimeDays, 0, double.MaxValue);
        return overallTreatmentTimeDays <= KickoffDays
            ? 0
            : Math.Log(2) * (overallTreatmentTimeDays - KickoffDays) / (Alpha * PotentialDoublingTimeDays);
    }
}
