using System.Collections.Immutable;
using EmhRt.Doses;

namespace EmhRt.Radiobiology;

/// <summary>
/// Spinal-cord tolerance for one course, assuming the cord receives the prescribed dose: cord EQD2 against the
/// QUANTEC points (<c>marks2010</c>, <c>kirkpatrick2010</c>) and the logistic dose-response of <c>schultheiss2008</c>.
/// </summary>
/// <remarks>
/// QUANTEC (clinical-facts §5), conventional 1.8–2 Gy fractions, full cord cross-section: 0.2 % at 50 Gy, 6 % at
/// 60 Gy, 50 % at 69 Gy (<c>marks2010</c>); &lt; 1 % at 54 Gy, &lt; 10 % at 61 Gy (<c>kirkpatrick2010</c>).
/// Logistic fit P = 1/(1 + (D50/D)^k) with D50 = 69.4 Gy and α/β 0.87 Gy (<c>schultheiss2008</c>); k = 18.9 is
/// [derived] by us to reproduce 0.2 % at 50 Gy, so every risk from it is model-derived. The fit used eight points of
/// cervical myelopathy after once-daily conventional fractions (<c>schultheiss2008</c>): it is applied only to courses of
/// more than 5 fractions, and labelled as a cervical-cord, conventional-fractionation model.
/// Courses of 1–5 fractions are compared with the short-course points (clinical-facts-organs §3): QUANTEC, &lt; 1 % when
/// cord Dmax is kept to 13 Gy/1 or 20 Gy/3, partial cross-section (<c>kirkpatrick2010</c>); Sahgal 2013, ≤ 5 % with
/// thecal-sac Pmax 12.4 Gy/1, 17.0 Gy/2, 20.3 Gy/3, 23.0 Gy/4, 25.3 Gy/5 (<c>sahgal2013</c>).
/// </remarks>
public static class SpinalCordTolerance
{
    /// <summary>The dose assumption stated in every assessment.</summary>
    public const string DoseAssumption =
        "Assumes the spinal cord receives the full prescribed dose (cord Dmax = prescription); no dose-volume data were used.";

    /// <summary>The cord dose source when the planning system's cord Dmax was given: <c>measured Dmax</c>.</summary>
    public const string MeasuredDoseSource = "measured Dmax";

    /// <summary>The cord dose source when none was measured: <c>prescription assumed</c>.</summary>
    public const string AssumedDoseSource = "prescription assumed";

    /// <summary>The dose statement when the cord Dmax was measured in the planning system.</summary>
    public const string MeasuredDoseStatement =
        "Uses the cord (or cauda equina) Dmax measured in the planning system, delivered in the course's fractions, instead of assuming the cord receives the prescription; no other dose-volume data were used.";

    /// <summary>Label carried with every logistic risk.</summary>
    public const string ModelNote =
        "Model-derived risk: logistic fit of schultheiss2008 (D50 69.4 Gy, alpha/beta 0.87 Gy) with slope k = 18.9 derived by EmhRt from QUANTEC's 0.2 % at 50 Gy; not an observed rate.";

    /// <summary>D50 of the logistic fit: 69.4 Gy (<c>schultheiss2008</c>).</summary>
    public static readonly Dose LogisticD50 = Dose.FromGy(69.4);

    /// <summary>Slope k of the logistic fit: 18.9 [derived] from 0.2 % at 50 Gy (clinical-facts §5).</summary>
    public const double LogisticSlope = 18.9;

    /// <summary>Largest number of fractions compared with the short-course points: 5 (clinical-facts-organs §3).</summary>
    public const int ShortCourseMaxFractions = 5;

    /// <summary>Label of the Schultheiss fit wherever it is used.</summary>
    public const string ConventionalModelScope =
        "schultheiss2008 is a fit to cervical myelopathy after once-daily conventional fractions (the thoracic cord looked less sensitive); it is not applied to 1-5 fractions.";

    /// <summary>Sahgal 2013's ≤ 5 % thecal-sac point maxima for 1–5 fractions (<c>sahgal2013</c>), index = fractions − 1.</summary>
    public static ImmutableArray<ShortCourseCordPoint> SahgalPoints { get; } =
    [
        new(1, Dose.FromGy(12.4), "≤ 5 %", "thecal-sac point maximum", "sahgal2013"),
        new(2, Dose.FromGy(17.0), "≤ 5 %", "thecal-sac point maximum", "sahgal2013"),
        new(3, Dose.FromGy(20.3), "≤ 5 %", "thecal-sac point maximum", "sahgal2013"),
        new(4, Dose.FromGy(23.0), "≤ 5 %", "thecal-sac point maximum", "sahgal2013"),
        new(5, Dose.FromGy(25.3), "≤ 5 %", "thecal-sac point maximum", "sahgal2013"),
    ];

    /// <summary>QUANTEC's radiosurgery points, 13 Gy/1 and 20 Gy/3: myelopathy &lt; 1 %, partial cord cross-section (<c>kirkpatrick2010</c>).</summary>
    public static ImmutableArray<ShortCourseCordPoint> QuantecShortCoursePoints { get; } =
    [
        new(1, Dose.FromGy(13), "< 1 %", "cord Dmax, partial cross-section", "kirkpatrick2010"),
        new(3, Dose.FromGy(20), "< 1 %", "cord Dmax, partial cross-section", "kirkpatrick2010"),
    ];

    /// <summary>The QUANTEC points for conventional fractions, in ascending dose (used for more than 5 fractions).</summary>
    public static ImmutableArray<QuantecPoint> QuantecPoints { get; } =
    [
        new(Dose.FromGy(50), 0.2, false, "marks2010"),
        new(Dose.FromGy(54), 1, true, "kirkpatrick2010"),
        new(Dose.FromGy(60), 6, false, "marks2010"),
        new(Dose.FromGy(61), 10, true, "kirkpatrick2010"),
        new(Dose.FromGy(69), 50, false, "marks2010"),
    ];

    /// <summary>Assesses one course with the default α/β: 2 Gy for the QUANTEC comparison, 0.87 Gy for the logistic model.</summary>
    /// <param name="fractionation">The prescription (assumed to be the cord dose).</param>
    public static SpinalCordAssessment Assess(Fractionation fractionation) =>
        Assess(fractionation, AlphaBetaDefaults.SpinalCordCervicalThoracic.Value, AlphaBetaDefaults.SpinalCordSchultheiss.Value);

    /// <summary>Assesses one course.</summary>
    /// <param name="fractionation">The prescription (assumed to be the cord dose).</param>
    /// <param name="quantecAlphaBeta">α/β for the EQD2 compared with QUANTEC (2 Gy cervical/thoracic, 4 Gy lumbar, <c>nieder2006</c>).</param>
    /// <param name="modelAlphaBeta">α/β for the logistic model (0.87 Gy as fitted by <c>schultheiss2008</c>).</param>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    public static SpinalCordAssessment Assess(Fractionation fractionation, AlphaBeta quantecAlphaBeta, AlphaBeta modelAlphaBeta)
    {
        ArgumentNullException.ThrowIfNull(fractionation);
        var eqd2 = LinearQuadratic.Eqd2(fractionation, quantecAlphaBeta);
        var modelEqd2Short = LinearQuadratic.Eqd2(fractionation, modelAlphaBeta);
        if (fractionation.Fractions <= ShortCourseMaxFractions)
        {
            ShortCourseCordPoint? quantec = null;
            foreach (var point in QuantecShortCoursePoints)
            {
                quantec = point.Fractions == fractionation.Fractions ? point : quantec;
            }

            return new SpinalCordAssessment(
                fractionation, DoseAssumption, quantecAlphaBeta, eqd2, null, null, modelAlphaBeta, modelEqd2Short, null, ConventionalModelScope)
            {
                IsShortCourse = true,
                SahgalPoint = SahgalPoints[fractionation.Fractions - 1],
                QuantecShortCoursePoint = quantec,
            };
        }

        QuantecPoint? reached = null;
        QuantecPoint? next = null;
        foreach (var point in QuantecPoints)
        {
            if (eqd2 >= point.MaximumCordDose)
            {
                reached = point;
            }
            else
            {
                next = point;
                break;
            }
        }

        var modelEqd2 = LinearQuadratic.Eqd2(fractionation, modelAlphaBeta);
        return new SpinalCordAssessment(
            fractionation, DoseAssumption, quantecAlphaBeta, eqd2, reached, next, modelAlphaBeta, modelEqd2, LogisticRisk(modelEqd2), ModelNote + " " + ConventionalModelScope);
    }

    /// <summary>
    /// Assesses the cord Dmax measured in the planning system (<paramref name="measuredDmax"/>, the course's total over its
    /// fractions) instead of the prescription: the same comparisons as <see cref="Assess(Fractionation, AlphaBeta, AlphaBeta)"/>,
    /// labelled <see cref="MeasuredDoseSource"/>.
    /// </summary>
    /// <param name="measuredDmax">The measured cord Dmax of the course, total physical dose (0 to <see cref="InputLimits.MaxCordMaxDose"/>).</param>
    /// <param name="fractions">The course's fractions (1 to <see cref="InputLimits.MaxFractions"/>).</param>
    /// <param name="quantecAlphaBeta">α/β for the EQD2 compared with QUANTEC (2 Gy cervical/thoracic, 4 Gy lumbar, <c>nieder2006</c>).</param>
    /// <param name="modelAlphaBeta">α/β for the logistic model (0.87 Gy as fitted by <c>schultheiss2008</c>).</param>
    /// <exception cref="ArgumentException">An argument is invalid.</exception>
    public static SpinalCordAssessment AssessMeasured(Dose measuredDmax, int fractions, AlphaBeta quantecAlphaBeta, AlphaBeta modelAlphaBeta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fractions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(fractions, InputLimits.MaxFractions);
        if (!(measuredDmax.Gy >= 0 && measuredDmax <= InputLimits.MaxCordMaxDose))
        {
            throw new ArgumentOutOfRangeException(nameof(measuredDmax), measuredDmax, "A measured cord Dmax must be 0 to 100 Gy.");
        }

        return Assess(Fractionation.ForMeasuredDose(measuredDmax, fractions), quantecAlphaBeta, modelAlphaBeta) with
        {
            Assumption = MeasuredDoseStatement,
            DoseSource = MeasuredDoseSource,
        };
    }

    /// <summary>Model-derived myelopathy probability 1/(1 + (D50/D)^k) for a cord EQD2 D (0 for D ≤ 0).</summary>
    /// <param name="eqd2">Cord EQD2 in Gy (at the α/β the model was fitted with, 0.87 Gy).</param>
    public static double LogisticRisk(Dose eqd2) =>
        eqd2.Gy <= 0 ? 0 : 1 / (1 + Math.Pow(LogisticD50.Gy / eqd2.Gy, LogisticSlope));
}
