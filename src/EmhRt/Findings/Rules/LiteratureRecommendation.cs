using System.Globalization;
using EmhRt.Protocol;
using EmhRt.Volumes;

namespace EmhRt.Findings.Rules;

/// <summary>
/// What the literature itself recommends, for the sentences that quote it. The protocol in force
/// (<see cref="EmhProtocol"/>) sets every threshold a rule compares with; these values are only what a source says,
/// so that a message under a protocol that differs can say both ("the protocol in force recommends 12-24 Gy;
/// cailleteau2023 recommends 16-20 Gy"). The built-in protocol (<see cref="BuiltInProtocol"/>) takes these values from here,
/// so each is written once, and under it every message reads as before. Keys are those of <c>clinical-facts.md</c> and <c>clinical-facts-organs.md</c>.
/// </summary>
internal static class LiteratureRecommendation
{
    /// <summary>Lower end of the recommended total dose, 16 Gy (cailleteau2023, clinical-facts §2: expert opinion).</summary>
    public const double DoseMinGy = 16;

    /// <summary>Upper end of the recommended total dose, 20 Gy (cailleteau2023, clinical-facts §2: expert opinion).</summary>
    public const double DoseMaxGy = 20;

    /// <summary>Lower end of the classical fraction size, 1.8 Gy (cailleteau2023, clinical-facts §2).</summary>
    public const double FractionMinGy = 1.8;

    /// <summary>Upper end of the classical fraction size, 2.0 Gy (cailleteau2023, clinical-facts §2).</summary>
    public const double FractionMaxGy = 2.0;

    /// <summary>Lower end of the PTV expansion of the CTV, 10 mm (cailleteau2023, clinical-facts §3, as for vertebral metastases).</summary>
    public const double PtvMarginMinMm = 10;

    /// <summary>Upper end of the PTV expansion of the CTV, 20 mm (cailleteau2023, clinical-facts §3).</summary>
    public const double PtvMarginMaxMm = 20;

    /// <summary>CTV margin, vertebral levels above and below the lesion: 1 (cailleteau2023, clinical-facts §3: expert opinion).</summary>
    public const int CtvMarginLevels = CtvLevelMargin.RecommendedLevels;

    /// <summary>Longest field of a C-arm linac at isocentre, 400 mm (clinical-facts §3, secondary source).</summary>
    public const double LinacFieldLengthMm = 400;

    /// <summary>Lower end of the field margin beyond the PTV a secondary source gives, 6 mm (clinical-facts-organs §5.1).</summary>
    public const double FieldMarginMinMm = 6;

    /// <summary>Upper end of the field margin beyond the PTV a secondary source gives, 10 mm (clinical-facts-organs §5.1).</summary>
    public const double FieldMarginMaxMm = 10;

    /// <summary>Lower end of the deterministic fetal threshold, 0.1 Gy (lancetoncol2005, clinical-facts-organs §2.4).</summary>
    public const double FetalThresholdMinGy = 0.1;

    /// <summary>Upper end of the deterministic fetal threshold, 0.2 Gy (lancetoncol2005, clinical-facts-organs §2.4).</summary>
    public const double FetalThresholdMaxGy = 0.2;

    /// <summary>Testicular dose from which recovery of spermatogenesis is less likely, 1.2 Gy (howell2005, clinical-facts-organs §2.3).</summary>
    public const double TestesRecoveryGy = 1.2;

    /// <summary>Cervical spine's share of proliferating marrow, 4.3 % (hayman2011, clinical-facts-organs §2.12).</summary>
    public const double MarrowCervicalPercent = 4.3;

    /// <summary>Thoracic spine's share of proliferating marrow, 19.9 % (hayman2011, clinical-facts-organs §2.12).</summary>
    public const double MarrowThoracicPercent = 19.9;

    /// <summary>Lumbar spine's share of proliferating marrow, 16.6 % (hayman2011, clinical-facts-organs §2.12).</summary>
    public const double MarrowLumbarPercent = 16.6;

    /// <summary>Sacrum's share of proliferating marrow, 9.2 % (hayman2011, clinical-facts-organs §2.12).</summary>
    public const double MarrowSacralPercent = 9.2;

    /// <summary>Whether the protocol's total dose range is cailleteau2023's.</summary>
    public static bool SameDoseRange(EmhProtocol protocol) =>
        protocol.DoseRangeMinGy == DoseMinGy && protocol.DoseRangeMaxGy == DoseMaxGy;

    /// <summary>Whether the protocol's total dose and fraction size ranges are cailleteau2023's.</summary>
    public static bool SameRegimen(EmhProtocol protocol) =>
        SameDoseRange(protocol) && protocol.FractionSizeMinGy == FractionMinGy && protocol.FractionSizeMaxGy == FractionMaxGy;

    /// <summary>Whether the protocol's PTV margin range is cailleteau2023's.</summary>
    public static bool SamePtvMargin(EmhProtocol protocol) =>
        protocol.PtvMarginMinMm == PtvMarginMinMm && protocol.PtvMarginMaxMm == PtvMarginMaxMm;

    /// <summary>Whether the protocol's CTV level margin is cailleteau2023's one level above and below.</summary>
    public static bool SameCtvMargin(EmhProtocol protocol) =>
        protocol.CtvMarginLevelsAbove == CtvMarginLevels && protocol.CtvMarginLevelsBelow == CtvMarginLevels;

    /// <summary>Whether the protocol's active-marrow shares are hayman2011's.</summary>
    public static bool SameMarrow(EmhProtocol protocol) =>
        protocol.ActiveMarrowCervicalPercent == MarrowCervicalPercent && protocol.ActiveMarrowThoracicPercent == MarrowThoracicPercent
        && protocol.ActiveMarrowLumbarPercent == MarrowLumbarPercent && protocol.ActiveMarrowSacralPercent == MarrowSacralPercent;

    /// <summary>cailleteau2023's dose range, <c>16-20 Gy</c>.</summary>
    public static string DoseRangeText => string.Create(CultureInfo.InvariantCulture, $"{DoseMinGy:0.#####}-{DoseMaxGy:0.#####} Gy");

    /// <summary>cailleteau2023's PTV margin range with <paramref name="dash"/> between the ends, e.g. <c>10-20 mm</c>.</summary>
    public static string PtvMarginText(string dash) =>
        string.Create(CultureInfo.InvariantCulture, $"{PtvMarginMinMm:0.#####}{dash}{PtvMarginMaxMm:0.#####} mm");
}
