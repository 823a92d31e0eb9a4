using System.Collections.Immutable;

namespace EmhRt.Findings;

/// <summary>The stable codes of <see cref="Finding"/>. Public contract: never renamed or reused.</summary>
public static class FindingCodes
{
    /// <summary>Total dose below the recommended range (default 16 Gy; cailleteau2023).</summary>
    public const string DoseBelowRange = "DOSE_BELOW_RANGE";

    /// <summary>Total dose above the recommended range (default 20 Gy; cailleteau2023).</summary>
    public const string DoseAboveRange = "DOSE_ABOVE_RANGE";

    /// <summary>Dose per fraction outside the classical 1.8–2.0 Gy (cailleteau2023).</summary>
    public const string FractionSizeOutsideRange = "FRACTION_SIZE_OUTSIDE_RANGE";

    /// <summary>Dose per fraction at or above the hypofractionation threshold (default 3 Gy, an EmhRt convention).</summary>
    public const string Hypofractionation = "HYPOFRACTIONATION";

    /// <summary>The whole course is one fraction (a single 15 Gy fraction did not help in the case in cailleteau2023's table).</summary>
    public const string SingleFraction = "SINGLE_FRACTION";

    /// <summary>Spinal cord EQD2 above the caution (45 Gy) or warning (50 Gy) threshold (marks2010, kirkpatrick2010).</summary>
    public const string CordEqd2High = "CORD_EQD2_HIGH";

    /// <summary>The proposed treated span leaves part of a lesion untreated.</summary>
    public const string TreatedSpanMissesLesion = "TREATED_SPAN_MISSES_LESION";

    /// <summary>The proposed treated span has fewer margin levels than the protocol asks above or below a lesion (cailleteau2023).</summary>
    public const string CtvMarginMissing = "CTV_MARGIN_MISSING";

    /// <summary>The CTV level margin would run past C1 or the coccyx and was stopped there.</summary>
    public const string CtvClamped = "CTV_CLAMPED";

    /// <summary>The CTV consists of separate spans with untreated levels between them.</summary>
    public const string CtvMultipleSegments = "CTV_MULTIPLE_SEGMENTS";

    /// <summary>A PTV margin outside 10–20 mm (cailleteau2023).</summary>
    public const string PtvMarginOutsideRange = "PTV_MARGIN_OUTSIDE_RANGE";

    /// <summary>The PTV is longer than one C-arm linac field (400 mm): junctions, multi-isocentre VMAT or helical tomotherapy (li2015).</summary>
    public const string PtvExceedsSingleField = "PTV_EXCEEDS_SINGLE_FIELD";

    /// <summary>No PTV margin was given: no PTV was assessed, and the CTV itself is checked against the field length.</summary>
    public const string PtvNotAssessed = "PTV_NOT_ASSESSED";

    /// <summary>
    /// The PTVs of two CTV segments overlap (one field) or come closer than the protocol's junction distance (fields would
    /// abut or overlap: plan a junction); clinical-facts-organs §5.
    /// </summary>
    public const string PtvSegmentsClose = "PTV_SEGMENTS_CLOSE";

    /// <summary>The patient is younger than 18 years (nanda2024, hoeben2019).</summary>
    public const string PediatricPatient = "PEDIATRIC_PATIENT";

    /// <summary>Prior courses were given at this site.</summary>
    public const string Reirradiation = "REIRRADIATION";

    /// <summary>Less than 6 months since the last course (nieder2006).</summary>
    public const string ReirradiationIntervalShort = "REIRRADIATION_INTERVAL_SHORT";

    /// <summary>Cumulative cord BED above 120 Gy₂ (caution) or 135.5 Gy₂ (warning) (nieder2006).</summary>
    public const string ReirradiationCumulativeBed = "REIRRADIATION_CUMULATIVE_BED";

    /// <summary>A single course above 98 Gy₂ at the cord (nieder2006).</summary>
    public const string ReirradiationCourseBedHigh = "REIRRADIATION_COURSE_BED_HIGH";

    /// <summary>Holidays or non-treatment days move the first fraction later than the protocol's allowed delay (cord compression is urgent).</summary>
    public const string StartDelayed = "START_DELAYED";

    /// <summary>The CTV spans 8 or more levels: monitor blood counts (derived advice).</summary>
    public const string LongFieldBloodCounts = "LONG_FIELD_BLOOD_COUNTS";

    /// <summary>
    /// An organ next to the irradiated levels whose threshold the prescription could reach if the whole organ received it:
    /// kidneys, small bowel, or the ovaries of a patient recorded female (clinical-facts-organs §2). One per organ.
    /// </summary>
    public const string OrganThresholdReachable = "ORGAN_THRESHOLD_REACHABLE";

    /// <summary>Any other organ that may lie in or near the field, with the threshold to check its dose against. One per organ.</summary>
    public const string OrganNearField = "ORGAN_NEAR_FIELD";

    /// <summary>
    /// A dose measured in the planning system (<c>--organ-dose</c>) at or above the organ's cited constraint for conventional
    /// fractionation, in the limit's unit, naming the constraint and its source (clinical-facts-organs §2). Caution; the fetal
    /// threshold (lancetoncol2005) raises it at least to warning. One per measured dose.
    /// </summary>
    public const string OrganDoseAboveConstraint = "ORGAN_DOSE_ABOVE_CONSTRAINT";

    /// <summary>
    /// A measured organ dose that was not compared: 1-5 fractions (no short-course organ constraint is cited) or a metric with
    /// no cited constraint for that organ. One per measured dose.
    /// </summary>
    public const string OrganDoseNotAssessed = "ORGAN_DOSE_NOT_ASSESSED";

    /// <summary>A patient recorded female aged 12-55 with a field reaching the abdomen or pelvis and no negative pregnancy status (kharod2017).</summary>
    public const string PregnancyStatusUnknown = "PREGNANCY_STATUS_UNKNOWN";

    /// <summary>The patient is pregnant: fetal threshold 0.1-0.2 Gy (lancetoncol2005, icrp84).</summary>
    public const string PregnancyFetalDose = "PREGNANCY_FETAL_DOSE";

    /// <summary>Gonads near the field in a patient of reproductive age or a child: fertility counselling (loren2013).</summary>
    public const string FertilityCounselling = "FERTILITY_COUNSELLING";

    /// <summary>Lengths come from population geometry (gray1918), not the patient.</summary>
    public const string GeometryEstimated = "GEOMETRY_ESTIMATED";

    /// <summary>The plan raised no caution or warning: plan follow-up, as EMH recurs.</summary>
    public const string FollowUp = "FOLLOW_UP";

    /// <summary>Every code, in the order of the rules table.</summary>
    public static ImmutableArray<string> All { get; } =
    [
        DoseBelowRange,
        DoseAboveRange,
        FractionSizeOutsideRange,
        Hypofractionation,
        SingleFraction,
        CordEqd2High,
        TreatedSpanMissesLesion,
        CtvMarginMissing,
        CtvClamped,
        CtvMultipleSegments,
        PtvMarginOutsideRange,
        PtvExceedsSingleField,
        PtvNotAssessed,
        PtvSegmentsClose,
        PediatricPatient,
        Reirradiation,
        ReirradiationIntervalShort,
        ReirradiationCumulativeBed,
        ReirradiationCourseBedHigh,
        StartDelayed,
        LongFieldBloodCounts,
        OrganThresholdReachable,
        OrganNearField,
        OrganDoseAboveConstraint,
        OrganDoseNotAssessed,
        PregnancyStatusUnknown,
        PregnancyFetalDose,
        FertilityCounselling,
        GeometryEstimated,
        FollowUp,
    ];

    /// <summary>The index of <paramref name="code"/> in <see cref="All"/> (exact, case-sensitive), or -1.</summary>
    /// <param name="code">The code to look up; the constants of this class are found by reference first.</param>
    internal static int IndexOf(string code)
    {
        var all = All;
        for (var i = 0; i < all.Length; i++)
        {
            if (ReferenceEquals(all[i], code))
            {
                return i;
            }
        }

        for (var i = 0; i < all.Length; i++)
        {
            if (string.Equals(all[i], code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="code"/> is one of <see cref="All"/> (exact, case-sensitive).</summary>
    /// <param name="code">The code to look up.</param>
    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
