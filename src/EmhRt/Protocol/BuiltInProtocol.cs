using EmhRt.Findings;

namespace EmhRt.Protocol;

/// <summary>
/// The default protocol as code: the same values as the embedded <c>emh-default.protocol.json</c> (a test
/// asserts that both give the same canonical JSON and SHA-256), so that assessing a plan with the default
/// protocol does not parse JSON or hash at start-up. The JSON resource remains the documented form that
/// <c>emhrt protocol show</c> prints and institutions copy.
/// </summary>
internal static class BuiltInProtocol
{
    /// <summary>SHA-256 of the default protocol's canonical JSON (checked by a test against the computed value).</summary>
    public const string Sha256 = "437e9ecd4b37893cfa1ddc7690ac278369181146e898c7bbf62829690bc28890";

    public static EmhProtocol Create() => new()
    {
        Id = "emh-default",
        Version = "1.1.0",
        Description = "EmhRt default protocol for low-dose radiotherapy of spinal extramedullary hematopoiesis. Total dose 16-20 Gy in 1.8-2.0 Gy fractions, CTV one vertebra above and below the lesion, PTV margin 10-20 mm (cailleteau2023, expert opinion). Cord EQD2 warning above 50 Gy (marks2010); caution above 45 Gy and hypofractionation from 3 Gy per fraction are EmhRt conventions. Re-irradiation: interval 6 months, course 98 Gy2, cumulative 120/135.5 Gy2 cord BED (nieder2006). Single linac field 400 mm (secondary source). Alpha/beta: EMH 10 Gy (assumption), cord 2 Gy, lumbar cord 4 Gy (nieder2006). Short-course cord points 12.4/17.0/20.3/23.0/25.3 Gy in 1-5 fractions (sahgal2013), with a 2 % hot spot for the caution (assumption). Field margin beyond the PTV 7 mm (assumption) and junction distance 14 mm between PTV segments (derived). A start moved by more than 2 days is reported (convention).",
        DoseRangeMinGy = 16,
        DoseRangeMaxGy = 20,
        FractionSizeMinGy = 1.8,
        FractionSizeMaxGy = 2.0,
        HypofractionationGy = 3,
        CordEqd2CautionGy = 45,
        CordEqd2WarningGy = 50,
        CordShortCourse1FractionGy = 12.4,
        CordShortCourse2FractionsGy = 17.0,
        CordShortCourse3FractionsGy = 20.3,
        CordShortCourse4FractionsGy = 23.0,
        CordShortCourse5FractionsGy = 25.3,
        CordShortCourseHotSpotPercent = 2,
        PtvMarginMinMm = 10,
        PtvMarginMaxMm = 20,
        SingleFieldLengthMm = 400,
        FieldMarginMm = 7,
        FieldJunctionDistanceMm = 14,
        StartDelayDays = 2,
        PediatricAgeYears = 18,
        LongFieldLevelCount = 8,
        ReirradiationMinIntervalMonths = 6,
        ReirradiationCourseBedLimitGy2 = 98,
        ReirradiationCumulativeBedCautionGy2 = 120,
        ReirradiationCumulativeBedWarningGy2 = 135.5,
        CtvMarginLevelsAbove = 1,
        CtvMarginLevelsBelow = 1,
        EmhAlphaBetaGy = 10,
        CordAlphaBetaGy = 2,
        CordLumbarAlphaBetaGy = 4,
        ConusLevel = "L1",
        CaudaEquinaAlphaBetaGy = 4,
        Rules =
        [
            new(FindingCodes.DoseBelowRange, true, Severity.Warning),
            new(FindingCodes.DoseAboveRange, true, Severity.Caution),
            new(FindingCodes.FractionSizeOutsideRange, true, Severity.Caution),
            new(FindingCodes.Hypofractionation, true, Severity.Warning),
            new(FindingCodes.SingleFraction, true, Severity.Warning),
            new(FindingCodes.CordEqd2High, true, null),
            new(FindingCodes.TreatedSpanMissesLesion, true, Severity.Warning),
            new(FindingCodes.CtvMarginMissing, true, Severity.Warning),
            new(FindingCodes.CtvClamped, true, Severity.Info),
            new(FindingCodes.CtvMultipleSegments, true, Severity.Info),
            new(FindingCodes.PtvMarginOutsideRange, true, Severity.Caution),
            new(FindingCodes.PtvExceedsSingleField, true, Severity.Caution),
            new(FindingCodes.PtvNotAssessed, true, Severity.Caution),
            new(FindingCodes.PtvSegmentsClose, true, Severity.Caution),
            new(FindingCodes.PediatricPatient, true, Severity.Warning),
            new(FindingCodes.Reirradiation, true, Severity.Info),
            new(FindingCodes.ReirradiationIntervalShort, true, Severity.Warning),
            new(FindingCodes.ReirradiationCumulativeBed, true, null),
            new(FindingCodes.ReirradiationCourseBedHigh, true, Severity.Warning),
            new(FindingCodes.StartDelayed, true, Severity.Caution),
            new(FindingCodes.LongFieldBloodCounts, true, Severity.Info),
            new(FindingCodes.GeometryEstimated, true, Severity.Info),
            new(FindingCodes.FollowUp, true, Severity.Info),
        ],
    };
}
