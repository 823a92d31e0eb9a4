using EmhRt.Doses;

namespace EmhRt.Radiobiology;

/// <summary>Spinal-cord tolerance check of one course. See <see cref="SpinalCordTolerance"/>.</summary>
/// <param name="Fractionation">The cord dose assessed: the prescription, or the measured cord Dmax over its fractions.</param>
/// <param name="Assumption">The dose assumption, in words (the cord receives the full prescribed dose, or its measured Dmax).</param>
/// <param name="QuantecAlphaBeta">α/β used for <paramref name="CordEqd2"/> (2 Gy by default).</param>
/// <param name="CordEqd2">Cord EQD2 in Gy, compared with the QUANTEC points.</param>
/// <param name="HighestPointReached">Highest QUANTEC point whose dose the EQD2 reaches or exceeds, or null.</param>
/// <param name="NextPoint">Lowest QUANTEC point above the EQD2, or null when all are reached.</param>
/// <param name="ModelAlphaBeta">α/β used for the model EQD2 (0.87 Gy by default, <c>schultheiss2008</c>).</param>
/// <param name="ModelEqd2">EQD2 in Gy at <paramref name="ModelAlphaBeta"/>.</param>
/// <param name="ModelNote">Label for <paramref name="ModelDerivedRisk"/>: model-derived, with its source.</param>
/// <param name="ModelDerivedRisk">
/// Myelopathy probability 0–1 from the logistic fit; model-derived (k is derived), not observed. Null for 1–5 fractions:
/// the fit is a conventional-fractionation, cervical-cord model (<c>schultheiss2008</c>) and is not applied there.
/// </param>
public sealed record SpinalCordAssessment(
    Fractionation Fractionation,
    string Assumption,
    AlphaBeta QuantecAlphaBeta,
    Dose CordEqd2,
    QuantecPoint? HighestPointReached,
    QuantecPoint? NextPoint,
    AlphaBeta ModelAlphaBeta,
    Dose ModelEqd2,
    double? ModelDerivedRisk,
    string ModelNote)
{
    /// <summary>The cord dose assessed: the prescription, or the measured cord Dmax over its fractions.</summary>
    public Fractionation Fractionation { get; init; } = Fractionation ?? throw new ArgumentNullException(nameof(Fractionation));

    /// <summary>The dose assumption, in words (the cord receives the full prescribed dose, or its measured Dmax).</summary>
    public string Assumption { get; init; } = Assumption ?? throw new ArgumentNullException(nameof(Assumption));

    /// <summary>Label for <see cref="ModelDerivedRisk"/>: model-derived, with its source.</summary>
    public string ModelNote { get; init; } = ModelNote ?? throw new ArgumentNullException(nameof(ModelNote));

    /// <summary>
    /// Whether the course has 1–5 fractions (<see cref="SpinalCordTolerance.ShortCourseMaxFractions"/>): it is then compared
    /// with the short-course points (<see cref="SahgalPoint"/>, <see cref="QuantecShortCoursePoint"/>), not with the
    /// conventional QUANTEC curve or the Schultheiss fit (clinical-facts-organs §3).
    /// </summary>
    public bool IsShortCourse { get; init; }

    /// <summary>
    /// Which cord dose was assessed: <see cref="SpinalCordTolerance.MeasuredDoseSource"/> (<c>measured Dmax</c>, from the
    /// planning system) or <see cref="SpinalCordTolerance.AssumedDoseSource"/> (<c>prescription assumed</c>, the default).
    /// </summary>
    public string DoseSource { get; init; } = SpinalCordTolerance.AssumedDoseSource;

    /// <summary>For 1–5 fractions: the point of Sahgal 2013's ≤ 5 % table for this number of fractions (<c>sahgal2013</c>).</summary>
    public ShortCourseCordPoint? SahgalPoint { get; init; }

    /// <summary>For 1 or 3 fractions: QUANTEC's radiosurgery point, 13 Gy/1 or 20 Gy/3, &lt; 1 % (<c>kirkpatrick2010</c>).</summary>
    public ShortCourseCordPoint? QuantecShortCoursePoint { get; init; }
}
