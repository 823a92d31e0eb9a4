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
    public const string Sha256 = "262f32bde4185bc923a4cf4a631d0e079e9a200697e5f2002c0c50c483a2ca28";

    public static EmhProtocol Create() => new()
    {
        Id = "emh-default",
        Version = "1.0.0",
        Description = "EmhRt default protocol for low-dose radiotherapy of spinal extramedullary hematopoiesis. Total dose 16-20 Gy in 1.8-2.0 Gy fractions, CTV one vertebra above and below the lesion, PTV margin 10-20 mm (cailleteau2023, expert opinion). Cord EQD2 warning above 50 Gy (marks2010); caution above 45 Gy and hypofractionation from 3 Gy per fraction are EmhRt conventions. Re-irradiation: interval 6 months, course 98 Gy2, cumulative 120/135.5 Gy2 cord BED (nieder2006). Single linac field 400 mm (secondary source). Alpha/beta: EMH 10 Gy (assumption), cord 2 Gy, lumbar cord 4 Gy (nieder2006).",
        DoseRangeMinGy = 16,
        DoseRangeMaxGy = 20,
        FractionSizeMinGy = 1.8,
        FractionSizeMaxGy = 2.0,
        HypofractionationGy = 3,
        CordEqd2CautionGy = 45,
        CordEqd2WarningGy = 50,
        PtvMarginMinMm = 10,
        PtvMarginMaxMm = 20,
        SingleFieldLengthMm = 400,
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
            new(FindingCodes.PediatricPatient, true, Severity.Warning),
            new(FindingCodes.Reirradiation, true, Severity.Info),
            new(FindingCodes.ReirradiationIntervalShort, true, Severity.Warning),
            new(FindingCodes.ReirradiationCumulativeBed, true, null),
            new(FindingCodes.ReirradiationCourseBedHigh, true, Severity.Warning),
            new(FindingCodes.LongFieldBloodCounts, true, Severity.Info),
            new(FindingCodes.GeometryEstimated, true, Severity.Info),
            new(FindingCodes.FollowUp, true, Severity.Info),
        ],
    };
}
