using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EmhRt.Organs;
using EmhRt.Protocol;
using EmhRt.Radiobiology;

namespace EmhRt.Findings;

/// <summary>
/// The finding rules of one <see cref="EmhProtocol"/>: thresholds, enabled flags and severities are read once at
/// construction. Immutable and thread-safe; <see cref="Evaluate"/> turns <see cref="PlanFacts"/> into findings.
/// </summary>
/// <remarks>
/// Messages use only facts from the project's clinical facts with their keys (cailleteau2023, fontanesi2020,
/// munn1998, actabiomed2017, marks2010, kirkpatrick2010, fowler1989, nieder2006, nanda2024, hoeben2019,
/// federico2009, kitanaka2016, gray1918, li2015) and say where evidence is one case or expert opinion.
/// Thresholds are compared with a tolerance of 1e-9 (Gy, Gy₂, mm, months, years) so that binary rounding does not
/// cross a limit: 16.2 Gy in 9 fractions gives 16.2 / 9 = 1.7999999999999998 Gy in floating point, which is
/// 1.8 Gy and inside 1.8-2.0 Gy. Values further than that from a limit are compared exactly.
/// </remarks>
internal sealed class FindingRules
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Absolute tolerance of threshold comparisons (see remarks).</summary>
    private const double Tolerance = 1e-9;

    /// <summary>
    /// Findings kept on the stack while rules run; more (many lesions or fields) go to a heap buffer. The bound is
    /// codes + organs near the field + lesions + fields + gaps: 48 keeps a plan with a treated span and a few fields on the
    /// stack (24 sent the typical plan to a 1 KB heap buffer once issue 18 added codes: 2.18 -> 1.36 KB per assessment;
    /// 32 did again once issue 21 added five codes and one slot per organ).
    /// </summary>
    private const int InlineCapacity = 48;

    private static readonly Lazy<FindingRules> DefaultRules = new(() => new FindingRules(EmhProtocol.Default));

    private static readonly ImmutableArray<string> CiteRegimen = [Bibliography.Cailleteau2023];
    private static readonly ImmutableArray<string> CiteRegimenLq = [Bibliography.Cailleteau2023, Bibliography.Fowler1989];
    private static readonly ImmutableArray<string> CiteCord = [Bibliography.Marks2010, Bibliography.Kirkpatrick2010, Bibliography.Fowler1989];
    private static readonly ImmutableArray<string> CiteCordShortCourse = [Bibliography.Sahgal2013, Bibliography.Kirkpatrick2010];
    private static readonly ImmutableArray<string> CiteMargin = [Bibliography.Cailleteau2023, Bibliography.Fontanesi2020];
    private static readonly ImmutableArray<string> CiteNone = [];
    private static readonly ImmutableArray<string> CiteLongPtv = [Bibliography.Anticancerres2026, Bibliography.Li2015, Bibliography.Koksal2022, Bibliography.Cailleteau2023];
    private static readonly ImmutableArray<string> CiteJunction = [Bibliography.Li2015, Bibliography.Anticancerres2026];
    private static readonly ImmutableArray<string> CiteChildren = [Bibliography.Actabiomed2017, Bibliography.Gray1918, Bibliography.Nanda2024, Bibliography.Hoeben2019, Bibliography.Loren2013];
    private static readonly ImmutableArray<string> CiteChildrenWithoutFertility = [Bibliography.Actabiomed2017, Bibliography.Gray1918, Bibliography.Nanda2024, Bibliography.Hoeben2019];
    private static readonly ImmutableArray<string> CiteBloodMarrow = [Bibliography.Federico2009, Bibliography.Kitanaka2016, Bibliography.Cailleteau2023, Bibliography.Hayman2011];
    private static readonly ImmutableArray<string> CitePregnancyStatus = [Bibliography.Kharod2017, Bibliography.Lancetoncol2005];
    private static readonly ImmutableArray<string> CiteFetalDose = [Bibliography.Lancetoncol2005, Bibliography.Icrp84, Bibliography.Kal2002, Bibliography.Medphys2007, Bibliography.Stovall1995];
    private static readonly ImmutableArray<string> CiteFertility = [Bibliography.Loren2013, Bibliography.Wallace2005, Bibliography.Wallace2003, Bibliography.Howell2005];
    private static readonly ImmutableArray<string> CiteReirradiation = [Bibliography.Munn1998, Bibliography.Actabiomed2017, Bibliography.Nieder2006];
    private static readonly ImmutableArray<string> CiteInterval = [Bibliography.Nieder2006, Bibliography.Kirkpatrick2010];
    private static readonly ImmutableArray<string> CiteNieder = [Bibliography.Nieder2006];
    private static readonly ImmutableArray<string> CiteBlood = [Bibliography.Federico2009, Bibliography.Kitanaka2016, Bibliography.Cailleteau2023];
    private static readonly ImmutableArray<string> CiteGeometry = [Bibliography.Gray1918];
    private static readonly ImmutableArray<string> CiteFollowUp = [Bibliography.Munn1998, Bibliography.Actabiomed2017, Bibliography.Cailleteau2023];

    private const string GeometryMessage =
        "Lengths are population estimates from adult vertebral dimensions (gray1918: cervical 125 mm, thoracic 280 mm, "
        + "lumbar 180 mm, sacrum and coccyx 125 mm in the adult male; female about 0.86 times these), not this patient's "
        + "anatomy. Measure the levels on the planning CT before deciding field lengths or junctions.";

    private const string FollowUpMessage =
        "No caution or warning for this plan. EMH often recurs after radiotherapy: relapse rates of 37.5 % (munn1998) and "
        + "19-37.5 % (quoted by actabiomed2017) are reported, and re-treatment gives a good chance of a second remission "
        + "(munn1998). Plan clinical and MRI follow-up: MRI is the most effective method of demonstrating EMH "
        + "(actabiomed2017), and in the case of cailleteau2023 MRI at 3 and 6 months confirmed the response.";

    private readonly double _doseMin, _doseMax, _fractionMin, _fractionMax, _hypo, _cordCaution, _cordWarning;
    private readonly double _ptvMin, _ptvMax, _fieldLength, _pediatricAge, _intervalMonths, _courseBed, _cumulativeCaution, _cumulativeWarning;
    private readonly int _longFieldLevels, _marginAbove, _marginBelow;
    private readonly double _shortCourseHotSpot, _fieldMargin, _junctionDistance, _startDelay;

    private readonly RuleState _doseBelow, _doseAbove, _fractionSize, _hypofractionation, _singleFraction, _cordEqd2;
    private readonly RuleState _spanMisses, _marginMissing, _clamped, _segments, _ptvMargin, _ptvLength, _pediatric, _ptvNotAssessed, _segmentsClose, _startDelayed;
    private readonly RuleState _reirradiation, _interval, _cumulativeBed, _courseBedHigh, _bloodCounts, _geometry, _followUp;
    private readonly RuleState _organReachable, _organNear, _organDoseAbove, _organDoseNotAssessed, _pregnancyUnknown, _fetalDose, _fertility;

    // Findings whose message has no number: built once per protocol.
    private readonly Finding _geometryFinding, _geometryMaleFinding, _followUpFinding;

    /// <summary>Builds the rules of <paramref name="protocol"/>.</summary>
    /// <param name="protocol">A valid protocol.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is invalid (<see cref="EmhProtocol.Validate"/>).</exception>
    public FindingRules(EmhProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var errors = protocol.Validate();
        if (errors.Length > 0)
        {
            throw new ArgumentException("The protocol is invalid: " + string.Join("; ", errors), nameof(protocol));
        }

        Protocol = protocol;
        _doseMin = protocol.DoseRangeMinGy;
        _doseMax = protocol.DoseRangeMaxGy;
        _fractionMin = protocol.FractionSizeMinGy;
        _fractionMax = protocol.FractionSizeMaxGy;
        _hypo = protocol.HypofractionationGy;
        _cordCaution = protocol.CordEqd2CautionGy;
        _cordWarning = protocol.CordEqd2WarningGy;
        _shortCourseHotSpot = protocol.CordShortCourseHotSpotPercent;
        _fieldMargin = protocol.FieldMarginMm;
        _junctionDistance = protocol.FieldJunctionDistanceMm;
        _startDelay = protocol.StartDelayDays;
        _ptvMin = protocol.PtvMarginMinMm;
        _ptvMax = protocol.PtvMarginMaxMm;
        _fieldLength = protocol.SingleFieldLengthMm;
        _pediatricAge = protocol.PediatricAgeYears;
        _longFieldLevels = protocol.LongFieldLevelCount;
        _intervalMonths = protocol.ReirradiationMinIntervalMonths;
        _courseBed = protocol.ReirradiationCourseBedLimitGy2;
        _cumulativeCaution = protocol.ReirradiationCumulativeBedCautionGy2;
        _cumulativeWarning = protocol.ReirradiationCumulativeBedWarningGy2;
        _marginAbove = protocol.CtvMarginLevelsAbove;
        _marginBelow = protocol.CtvMarginLevelsBelow;

        _doseBelow = State(protocol, FindingCodes.DoseBelowRange);
        _doseAbove = State(protocol, FindingCodes.DoseAboveRange);
        _fractionSize = State(protocol, FindingCodes.FractionSizeOutsideRange);
        _hypofractionation = State(protocol, FindingCodes.Hypofractionation);
        _singleFraction = State(protocol, FindingCodes.SingleFraction);
        _cordEqd2 = State(protocol, FindingCodes.CordEqd2High);
        _spanMisses = State(protocol, FindingCodes.TreatedSpanMissesLesion);
        _marginMissing = State(protocol, FindingCodes.CtvMarginMissing);
        _clamped = State(protocol, FindingCodes.CtvClamped);
        _segments = State(protocol, FindingCodes.CtvMultipleSegments);
        _ptvMargin = State(protocol, FindingCodes.PtvMarginOutsideRange);
        _ptvLength = State(protocol, FindingCodes.PtvExceedsSingleField);
        _ptvNotAssessed = State(protocol, FindingCodes.PtvNotAssessed);
        _segmentsClose = State(protocol, FindingCodes.PtvSegmentsClose);
        _startDelayed = State(protocol, FindingCodes.StartDelayed);
        _pediatric = State(protocol, FindingCodes.PediatricPatient);
        _reirradiation = State(protocol, FindingCodes.Reirradiation);
        _interval = State(protocol, FindingCodes.ReirradiationIntervalShort);
        _cumulativeBed = State(protocol, FindingCodes.ReirradiationCumulativeBed);
        _courseBedHigh = State(protocol, FindingCodes.ReirradiationCourseBedHigh);
        _bloodCounts = State(protocol, FindingCodes.LongFieldBloodCounts);
        _geometry = State(protocol, FindingCodes.GeometryEstimated);
        _followUp = State(protocol, FindingCodes.FollowUp);
        _organReachable = State(protocol, FindingCodes.OrganThresholdReachable);
        _organNear = State(protocol, FindingCodes.OrganNearField);
        _organDoseAbove = State(protocol, FindingCodes.OrganDoseAboveConstraint);
        _organDoseNotAssessed = State(protocol, FindingCodes.OrganDoseNotAssessed);
        _pregnancyUnknown = State(protocol, FindingCodes.PregnancyStatusUnknown);
        _fetalDose = State(protocol, FindingCodes.PregnancyFetalDose);
        _fertility = State(protocol, FindingCodes.FertilityCounselling);
        OrganRules = new OrganModel(protocol);
        _geometryFinding = new(FindingCodes.GeometryEstimated, _geometry.Severity, GeometryMessage, CiteGeometry);
        _geometryMaleFinding = new(
            FindingCodes.GeometryEstimated, _geometry.Severity,
            GeometryMessage + " No sex was given, so the male values were used; female lengths are about 0.86 times these (about 14 % shorter).",
            CiteGeometry);
        _followUpFinding = new(FindingCodes.FollowUp, _followUp.Severity, FollowUpMessage, CiteFollowUp);
    }

    /// <summary>The rules of <see cref="EmhProtocol.Default"/>, built once.</summary>
    public static FindingRules Default => DefaultRules.Value;

    /// <summary>The protocol these rules were built from.</summary>
    public EmhProtocol Protocol { get; }

    /// <summary>The protocol's organs-at-risk bands and thresholds.</summary>
    public OrganModel OrganRules { get; }

    /// <summary>
    /// Applies every enabled rule to <paramref name="facts"/>. Findings are ordered by severity (warning first),
    /// then by code (ordinal), then in lesion order. <c>FOLLOW_UP</c> is added only when no other finding is a
    /// caution or warning.
    /// </summary>
    /// <param name="facts">The plan's facts.</param>
    /// <returns>The findings; empty only when every applicable rule is disabled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fact is non-finite or out of its documented range.</exception>
    public ImmutableArray<Finding> Evaluate(PlanFacts facts)
    {
        var pending = Pending(facts);
        var findings = new Finding[pending.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = pending[i].Write(this, facts);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(findings);
    }

    /// <summary>
    /// <see cref="Evaluate"/>'s findings in its order, each with the code, severity and citations but its message not yet
    /// written (<see cref="PendingFinding.Write"/>): an assessment writes the texts only when a report reads them.
    /// </summary>
    /// <param name="facts">The plan's facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fact is non-finite or out of its documented range.</exception>
    internal PendingFinding[] Pending(PlanFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Check(facts);
        var possible = FindingCodes.All.Length + System.Numerics.BitOperations.PopCount((uint)facts.OrgansInField) + (facts.Lesions.IsDefault ? 0 : facts.Lesions.Length)
            + (facts.FieldLengthsMm.IsDefault ? 0 : facts.FieldLengthsMm.Length) + (facts.OrganDoses.IsDefault ? 0 : facts.OrganDoses.Length) + (facts.TargetGapsMm.IsDefault ? 0 : facts.TargetGapsMm.Length);
        var slots = default(FindingSlots);
        var found = new Collector(possible <= InlineCapacity ? slots : new PendingFinding[possible]);
        Run(ref found, facts);
        return found.ToSorted();
    }

    /// <summary>Applies every enabled rule to <paramref name="facts"/>, in rule order, handing each finding to <paramref name="found"/>.</summary>
    private void Run<TFound>(ref TFound found, PlanFacts facts)
        where TFound : IFindingCollector, allows ref struct
    {
        var total = facts.TotalDoseGy;
        var dpf = facts.DosePerFractionGy;

        if (_doseBelow.Enabled && Below(total, _doseMin))
        {
            found.Add(_doseBelow, _doseBelow.Severity, static (r, f, i) => string.Create(Inv, 
                $"Total dose {f.TotalDoseGy:0.#####} Gy in {f.Fractions} {(f.Fractions == 1 ? "fraction" : "fractions")} is below the recommended "
                + $"{r._doseMin:0.#####}-{r._doseMax:0.#####} Gy. That range is the recommendation of one case report with a literature "
                + $"review (expert opinion, cailleteau2023); in its table, 9 Gy in 3 fractions did not improve symptoms "
                + $"(Rice 1980, a single case).{EmhEqd2Clause(r, f)}"), CiteRegimenLq, this, facts);
        }

        if (_doseAbove.Enabled && Above(total, _doseMax))
        {
            found.Add(_doseAbove, _doseAbove.Severity, static (r, f, i) => string.Create(Inv, 
                $"Total dose {f.TotalDoseGy:0.#####} Gy is above the recommended {r._doseMin:0.#####}-{r._doseMax:0.#####} Gy (cailleteau2023, "
                + $"expert opinion). More than 20 Gy showed no apparent added benefit there, although published cases treated "
                + $"with 25 Gy/10, 30 Gy/15 and 30.6 Gy/17 fractions reached complete response (cailleteau2023's table). "
                + $"Check that the higher dose is intended."), CiteRegimen, this, facts);
        }

        if (_fractionSize.Enabled && (Below(dpf, _fractionMin) || Above(dpf, _fractionMax)))
        {
            found.Add(_fractionSize, _fractionSize.Severity, static (r, f, i) => Below(f.DosePerFractionGy, r._fractionMin)
                ? string.Create(Inv,
                    $"Dose per fraction {f.DosePerFractionGy:0.#####} Gy is outside the classical {r._fractionMin:0.#####}-{r._fractionMax:0.#####} Gy "
                    + $"recommended with 16-20 Gy in total (cailleteau2023, expert opinion). "
                    + $"Smaller fractions fall outside the regimen the recommendation was based on.")
                : string.Create(Inv,
                    $"Dose per fraction {f.DosePerFractionGy:0.#####} Gy is outside the classical {r._fractionMin:0.#####}-{r._fractionMax:0.#####} Gy "
                    + $"recommended with 16-20 Gy in total (cailleteau2023, expert opinion). "
                    + $"Larger fractions weigh more on the late-responding spinal cord (low α/β) than on the target "
                    + $"(linear-quadratic model, fowler1989); the spinal cord statement of this report gives the cord figures."), CiteRegimenLq, this, facts);
        }

        if (_hypofractionation.Enabled && !Below(dpf, _hypo))
        {
            found.Add(_hypofractionation, _hypofractionation.Severity, static (r, f, i) => string.Create(Inv, 
                $"Dose per fraction {f.DosePerFractionGy:0.#####} Gy is hypofractionated (EmhRt flags {r._hypo:0.#####} Gy or more, a convention). "
                + $"In the literature table of cailleteau2023 a single 15 Gy fraction did not benefit the patient (Jackson 1989, one "
                + $"case); 9 Gy in 3 fractions did not improve symptoms either (Rice 1980), which cailleteau2023 cites for lower total "
                + $"doses being insufficient, not for the fraction size. Large fractions raise the cord's biologically effective dose more "
                + $"than the target's (fowler1989); the spinal cord statement of this report gives the cord figures."), CiteRegimenLq, this, facts);
        }

        if (_singleFraction.Enabled && facts.Fractions == 1)
        {
            found.Add(_singleFraction, _singleFraction.Severity, static (r, f, i) => string.Create(Inv, 
                $"The whole course is a single fraction of {f.TotalDoseGy:0.#####} Gy. A single 15 Gy fraction did not benefit the "
                + $"patient in the case listed by cailleteau2023 (Jackson 1989, one case); the authors recommend 16-20 Gy in "
                + $"1.8-2.0 Gy fractions (expert opinion). A single fraction is a different kind of regimen from a conventional "
                + $"course: its cord dose is compared with the short-course points (spinal cord statement of this report)."), CiteRegimen, this, facts);
        }

        AddCord(ref found, facts);
        AddVolumes(ref found, facts);
        AddPtv(ref found, facts);
        AddPatient(ref found, facts);
        AddReirradiation(ref found, facts);
        AddOrgans(ref found, facts);

        if (_geometry.Enabled && facts.GeometryIsEstimate)
        {
            if (facts.SexAssumedMale)
            {
                found.Add(_geometry, _geometryMaleFinding);
            }
            else
            {
                found.Add(_geometry, _geometryFinding);
            }
        }

        if (_followUp.Enabled && !found.HasConcern)
        {
            found.Add(_followUp, _followUpFinding);
        }
    }

    private void AddCord<TFound>(ref TFound found, PlanFacts facts)
        where TFound : IFindingCollector, allows ref struct
    {
        if (!_cordEqd2.Enabled)
        {
            return;
        }

        if (facts.Fractions <= SpinalCordTolerance.ShortCourseMaxFractions)
        {
            // 1-5 fractions: the short-course points, in physical dose for this number of fractions (sahgal2013,
            // kirkpatrick2010); the conventional EQD2 curve does not apply.
            // A measured Dmax already holds the plan's hot spots: the assumed hot spot applies to the prescription only.
            var point = Protocol.CordShortCourseGy(facts.Fractions);
            var hotSpot = facts.CordMaxDoseGy ?? facts.TotalDoseGy * (1 + (_shortCourseHotSpot / 100));
            if (!Above(hotSpot, point))
            {
                return;
            }

            var warning = Above(facts.CordDoseGy, point);
            found.Add(_cordEqd2, warning ? Severity.Warning : Severity.Caution, static (r, f, i) => CaudaPrefix(f) + r.ShortCourseCordText(f), CiteCordShortCourse, this, facts);
            return;
        }

        var eqd2 = facts.CordEqd2Gy;
        if (!Above(eqd2, _cordCaution))
        {
            return;
        }

        var high = Above(eqd2, _cordWarning);
        found.Add(_cordEqd2, high ? Severity.Warning : Severity.Caution, static (r, f, i) => CaudaPrefix(f) + (Above(f.CordEqd2Gy, r._cordWarning)
            ? string.Create(Inv, $"Spinal cord EQD2 {f.CordEqd2Gy:0.#####} Gy (α/β {f.CordAlphaBetaGy:0.#####} Gy, {f.Fractions} fractions of {f.CordDosePerFractionGy:0.#####} Gy{CordSource(f)} converted "
                + $"to 2 Gy fractions) is above {r._cordWarning:0.#####} Gy.{CordEvidence}")
            : string.Create(Inv, $"Spinal cord EQD2 {f.CordEqd2Gy:0.#####} Gy (α/β {f.CordAlphaBetaGy:0.#####} Gy, {f.Fractions} fractions of {f.CordDosePerFractionGy:0.#####} Gy{CordSource(f)} converted "
                + $"to 2 Gy fractions) is above {r._cordCaution:0.#####} Gy, EmhRt's safety margin below the {r._cordWarning:0.#####} Gy tolerance point.{CordEvidence}")), CiteCord, this, facts);
    }

    private const string CordEvidence =
        " For conventional 1.8-2 Gy fractions to the full cord cross-section (this course has more than 5 fractions), QUANTEC gives a "
        + "myelopathy risk of 0.2 % at 50 Gy, 6 % at 60 Gy and 50 % at 69 Gy (marks2010), and under 1 % at 54 Gy (kirkpatrick2010). "
        + "EMH needs little dose: 20 Gy in 10 fractions of 2 Gy gives a cord EQD2 of 20 Gy; values this high come from large "
        + "fractions or a high total (fowler1989).";

    /// <summary>Which cord dose the figures use, as a clause: the measured Dmax or the prescription assumed.</summary>
    private static string CordSource(PlanFacts facts) =>
        facts.CordMaxDoseGy is null ? ", prescription assumed" : ", measured Dmax";

    /// <summary>For a plan whose irradiated levels all lie below the conus: what the "cord" figures are, or empty.</summary>
    private static string CaudaPrefix(PlanFacts facts) =>
        facts.CordIsCaudaEquina
            ? string.Create(Inv, $"Every irradiated level lies below the conus, so this is the cauda equina, compared here with spinal-cord points as an approximation (its α/β {facts.CordAlphaBetaGy:0.#####} Gy is an assumption; no human value was found). ")
            : string.Empty;

    /// <summary>The message of <c>CORD_EQD2_HIGH</c> for 1-5 fractions.</summary>
    private string ShortCourseCordText(PlanFacts facts)
    {
        var n = facts.Fractions;
        var point = Protocol.CordShortCourseGy(n);
        var opening = facts.CordMaxDoseGy is { } measured
            ? string.Create(Inv, $"Cord Dmax {measured:0.#####} Gy in {n} {Plural(n, "fraction")} (measured Dmax, from the planning system) is above {point:0.#####} Gy/{n}")
            : Above(facts.TotalDoseGy, point)
            ? string.Create(Inv, $"Cord Dmax {facts.TotalDoseGy:0.#####} Gy in {n} {Plural(n, "fraction")} (prescription assumed: EmhRt assumes the cord receives the prescription) is above {point:0.#####} Gy/{n}")
            : string.Create(Inv, $"Cord Dmax {facts.TotalDoseGy:0.#####} Gy in {n} {Plural(n, "fraction")} (prescription assumed: EmhRt assumes the cord receives the prescription) is within {point:0.#####} Gy/{n}, "
                + $"but a hot spot of {_shortCourseHotSpot:0.#####} % (an EmhRt assumption) would take it to {facts.TotalDoseGy * (1 + (_shortCourseHotSpot / 100)):0.###} Gy, above it");
        return opening + string.Create(Inv,
            $". For 1-5 fractions the short-course points apply, not the conventional curve: myelopathy risk was ≤ 5 % with the thecal-sac "
            + $"point maximum kept to 12.4 Gy/1, 17.0 Gy/2, 20.3 Gy/3, 23.0 Gy/4 or 25.3 Gy/5 (sahgal2013, 9 SBRT myelopathy cases "
            + $"and 66 controls), and QUANTEC found myelopathy rare (< 1 %) with cord Dmax kept to the equivalent of 13 Gy/1 or "
            + $"20 Gy/3, partial cord cross-section (kirkpatrick2010). "
            + $"Long-term data are too few for a dose-volume relation (kirkpatrick2010).");
    }

    private void AddVolumes<TFound>(ref TFound found, PlanFacts facts)
        where TFound : IFindingCollector, allows ref struct
    {
        if (facts.TreatedSpanGiven && !facts.Lesions.IsDefault)
        {
            for (var index = 0; index < facts.Lesions.Length; index++)
            {
                var lesion = facts.Lesions[index];
                var requiredAbove = Math.Min(_marginAbove, lesion.LevelsAvailableAbove ?? int.MaxValue);
                var requiredBelow = Math.Min(_marginBelow, lesion.LevelsAvailableBelow ?? int.MaxValue);
                if (!lesion.Covered)
                {
                    if (_spanMisses.Enabled)
                    {
                        found.Add(_spanMisses, _spanMisses.Severity, static (r, f, i) => string.Create(Inv, 
                            $"The proposed treated span leaves {f.Lesions[i].UncoveredLevelsText ?? "part"} of lesion {f.Lesions[i].Text} "
                            + $"untreated. The whole lesion belongs in the CTV, with at least {Levels(r._marginAbove)} above and "
                            + $"{Levels(r._marginBelow)} below it (recommended by cailleteau2023, expert opinion)."), CiteRegimen, this, facts, index);
                    }
                }
                else if (_marginMissing.Enabled && (lesion.MarginLevelsAbove < requiredAbove || lesion.MarginLevelsBelow < requiredBelow))
                {
                    found.Add(_marginMissing, _marginMissing.Severity, static (r, f, i) => string.Create(Inv, 
                        $"The proposed treated span extends {Levels(Math.Max(0, f.Lesions[i].MarginLevelsAbove))} above and "
                        + $"{Levels(Math.Max(0, f.Lesions[i].MarginLevelsBelow))} below lesion {f.Lesions[i].Text}; the protocol asks for at "
                        + $"least {Levels(Math.Min(r._marginAbove, f.Lesions[i].LevelsAvailableAbove ?? int.MaxValue))} above and {Levels(Math.Min(r._marginBelow, f.Lesions[i].LevelsAvailableBelow ?? int.MaxValue))} below.{MarginEvidence}"), CiteMargin, this, facts, index);
                }
            }
        }
        else if (_marginMissing.Enabled && !facts.TreatedSpanGiven
            && (facts.CtvMarginLevelsAbove < _marginAbove || facts.CtvMarginLevelsBelow < _marginBelow))
        {
            // The same volume written as a CTV level margin (--ctv-levels) rather than a treated span.
            found.Add(_marginMissing, _marginMissing.Severity, static (r, f, i) => string.Create(Inv,
                $"The CTV was built with {Levels(f.CtvMarginLevelsAbove!.Value)} above and {Levels(f.CtvMarginLevelsBelow!.Value)} below "
                + $"each lesion; the protocol asks for at least {Levels(r._marginAbove)} above and {Levels(r._marginBelow)} below.{MarginEvidence}"), CiteMargin, this, facts);
        }

        if (_clamped.Enabled && (facts.CtvClampedCranially || facts.CtvClampedCaudally))
        {
            found.Add(_clamped, _clamped.Severity, static (r, f, i) => string.Create(Inv, 
                $"The CTV level margin ({r._marginAbove} {LevelNoun(r._marginAbove)} above, {r._marginBelow} {LevelNoun(r._marginBelow)} below the lesion) would run "
                + $"{ClampWhere(f)}{(f.CtvSegmentsText is null ? string.Empty : " (CTV ")}{f.CtvSegmentsText}{(f.CtvSegmentsText is null ? string.Empty : ")")}. No vertebral "
                + $"level exists beyond, so the margin there is shorter than the protocol's (cailleteau2023)."), CiteRegimen, this, facts);
        }

        if (_segments.Enabled && facts.CtvSegmentCount > 1)
        {
            found.Add(_segments, _segments.Severity, static (r, f, i) => string.Create(Inv, 
                $"The CTV has {f.CtvSegmentCount} separate spans{(f.CtvSegmentsText is null ? string.Empty : " (")}{f.CtvSegmentsText}{(f.CtvSegmentsText is null ? string.Empty : ")")} "
                + $"with {GapsText(f)} between them. Each span carries its own margin.{SegmentGapsText(f)} EMH has recurred outside an "
                + $"earlier field (fontanesi2020); decide whether to treat the spans as separate targets or as one."), CiteMargin, this, facts);
        }

        if (_bloodCounts.Enabled && facts.CtvLevelCount >= _longFieldLevels)
        {
            found.Add(_bloodCounts, _bloodCounts.Severity, static (r, f, i) => string.Create(Inv, 
                $"The CTV spans {f.CtvLevelCount} vertebral levels ({r._longFieldLevels} or more). EMH is compensatory blood "
                + $"production, and irradiating it or long marrow-bearing fields can lower blood counts: splenic irradiation "
                + $"in myelofibrosis caused severe cytopenias in 13 % of courses (federico2009) and marked thrombocytopenia or "
                + $"neutropenia in about half of 14 patients (kitanaka2016), while the T1-S2 field of cailleteau2023 caused no "
                + $"significant acute toxicity. Monitoring blood counts during the course is EmhRt's derived advice, not an "
                + $"EMH-specific rule.{MarrowClause(f)}"), facts.IrradiatedLevelMask == 0 ? CiteBlood : CiteBloodMarrow, this, facts);
        }
    }

    private void AddPtv<TFound>(ref TFound found, PlanFacts facts)
        where TFound : IFindingCollector, allows ref struct
    {
        if (_ptvMargin.Enabled)
        {
            if (MarginOutside(facts.PtvMarginSuperiorMm) || MarginOutside(facts.PtvMarginInferiorMm) || MarginOutside(facts.PtvMarginRadialMm))
            {
                found.Add(_ptvMargin, _ptvMargin.Severity, static (r, f, i) => string.Create(Inv, 
                    $"PTV margin outside the recommended {r._ptvMin:0.#####}-{r._ptvMax:0.#####} mm: {r.OutsideText(f)}. The 10-20 mm "
                    + $"expansion of the CTV is taken from radiotherapy of vertebral metastases (cailleteau2023, expert opinion)."), CiteRegimen, this, facts);
            }
        }

        if (_ptvNotAssessed.Enabled && facts.PtvMarginSuperiorMm is null && facts.PtvMarginInferiorMm is null && facts.PtvMarginRadialMm is null)
        {
            found.Add(_ptvNotAssessed, _ptvNotAssessed.Severity, static (r, f, i) => string.Create(Inv,
                $"No PTV margin was given, so no PTV was assessed: its length, its borders and its fit in one field are unknown. "
                + $"The field-length check uses the CTV alone{(f.CtvLengthMm is { } ctv ? string.Create(Inv, $" ({ctv:0.#} mm)") : string.Empty)}, which understates "
                + $"the field. The protocol recommends a PTV margin of {r._ptvMin:0.#####}-{r._ptvMax:0.#####} mm (cailleteau2023, expert opinion)."), CiteRegimen, this, facts);
        }

        if (_ptvLength.Enabled)
        {
            var fields = facts.FieldLengthsMm.IsDefaultOrEmpty
                ? (facts.PtvLengthMm is { } envelope ? 1 : 0)
                : facts.FieldLengthsMm.Length;
            for (var index = 0; index < fields; index++)
            {
                if (Above(FieldTarget(facts, index) + (2 * _fieldMargin), _fieldLength))
                {
                    found.Add(_ptvLength, _ptvLength.Severity, static (r, f, i) => r.FieldLengthText(f, i), CiteLongPtv, this, facts, index);
                }
            }
        }

        if (_segmentsClose.Enabled && !facts.TargetGapsMm.IsDefault)
        {
            for (var index = 0; index < facts.TargetGapsMm.Length; index++)
            {
                if (Below(facts.TargetGapsMm[index], _junctionDistance))
                {
                    found.Add(_segmentsClose, _segmentsClose.Severity, static (r, f, i) => r.SegmentsCloseText(f, i), CiteJunction, this, facts, index);
                }
            }
        }
    }

    /// <summary>Length of field <paramref name="index"/>'s target (mm): <see cref="PlanFacts.FieldLengthsMm"/>, else the PTV.</summary>
    private static double FieldTarget(PlanFacts facts, int index) =>
        facts.FieldLengthsMm.IsDefaultOrEmpty ? facts.PtvLengthMm!.Value : facts.FieldLengthsMm[index];

    /// <summary>What the target of a field is called in a message.</summary>
    private static string TargetName(PlanFacts facts, int index)
    {
        var ptv = facts.PtvLengthMm is not null;
        var several = !facts.FieldLengthsMm.IsDefaultOrEmpty && facts.FieldLengthsMm.Length > 1 || facts.CtvSegmentCount > 1;
        var text = !facts.FieldTexts.IsDefaultOrEmpty && index < facts.FieldTexts.Length ? facts.FieldTexts[index] : null;
        return (ptv, several && text is not null) switch
        {
            (true, true) => "The PTV of CTV " + text,
            (true, false) => "The PTV",
            (false, true) => "CTV " + text + " (no PTV margin given)",
            _ => "The CTV (no PTV margin given)",
        };
    }

    /// <summary>The message of <c>PTV_EXCEEDS_SINGLE_FIELD</c> for field <paramref name="index"/>.</summary>
    private string FieldLengthText(PlanFacts facts, int index)
    {
        var length = FieldTarget(facts, index);
        var others = facts.FieldLengthsMm.IsDefaultOrEmpty ? 0 : facts.FieldLengthsMm.Length - 1;
        var envelope = others > 0 && facts.PtvLengthMm is { } whole
            ? string.Create(Inv, $" The plan has {others + 1} separate fields (envelope {whole:0.#} mm); each is checked on its own.")
            : string.Empty;
        return string.Create(Inv,
            $"{TargetName(facts, index)} is {length:0.#} mm long; with a field margin of {_fieldMargin:0.#####} mm beyond it at each end (an EmhRt "
            + $"assumption within the 6-10 mm a secondary source gives) the field would be {length + (2 * _fieldMargin):0.#} mm, more than "
            + $"{_fieldLength:0.#} mm, the longest field a C-arm linac gives at isocentre (secondary source).{envelope} It needs junctioned "
            + $"fields or multi-isocentre VMAT (junction overlaps of about 10-12 cm were needed for adequate junction coverage in "
            + $"craniospinal VMAT, anticancerres2026; two isocentres covered targets up to 90 cm with the collimator at 45 degrees, li2015) "
            + $"or helical tomotherapy, which treats targets up to 135 cm in one plan (koksal2022). The T1-S2 case of cailleteau2023 "
            + $"was treated with helical tomotherapy.");
    }

    /// <summary>The message of <c>PTV_SEGMENTS_CLOSE</c> for the gap <paramref name="index"/>.</summary>
    private string SegmentsCloseText(PlanFacts facts, int index)
    {
        var gap = facts.TargetGapsMm[index];
        var names = !facts.CtvSegmentTexts.IsDefaultOrEmpty && index + 1 < facts.CtvSegmentTexts.Length
            ? facts.CtvSegmentTexts[index] + " and " + facts.CtvSegmentTexts[index + 1]
            : "two CTV segments";
        var what = facts.PtvLengthMm is null ? "CTV segments" : "PTVs of CTV segments";
        if (!Above(gap, 0))
        {
            return string.Create(Inv,
                $"The {what} {names} {(gap < 0 ? string.Create(Inv, $"overlap by {-gap:0.#} mm") : "touch")}: they form one field, and the levels "
                + $"between the CTV segments lie inside it, not untreated. Plan and check them as one target.");
        }

        return string.Create(Inv,
            $"The {what} {names} are only {gap:0.#} mm apart, less than the protocol's junction distance of {_junctionDistance:0.#####} mm "
            + $"(twice a {_fieldMargin:0.#####} mm field margin, an EmhRt assumption): their fields would abut or overlap. Plan them as one "
            + $"field or as a matched junction: with both beam sets at collimator 0 degrees a 1 mm low-dose gap was measured in a VMAT "
            + $"junction (li2015), and junction coverage needed overlaps of about 10 cm (anticancerres2026).");
    }

    private void AddPatient<TFound>(ref TFound found, PlanFacts facts)
        where TFound : IFindingCollector, allows ref struct
    {
        if (_startDelayed.Enabled && facts.StartDelayDays is { } delay && delay > _startDelay + Tolerance)
        {
            found.Add(_startDelayed, _startDelayed.Severity, static (r, f, i) => string.Create(Inv,
                $"Holidays or non-treatment days move the first fraction by {f.StartDelayDays!.Value} days ({f.StartDelayText}), more than the "
                + $"protocol's {r._startDelay:0.#####} days (an EmhRt convention). Spinal cord compression is urgent: consider treating on "
                + $"those days or starting sooner."), CiteNone, this, facts);
        }

        if (!_pediatric.Enabled || facts.AgeYears is not { } age || !Below(age, _pediatricAge))
        {
            return;
        }

        found.Add(_pediatric, _pediatric.Severity, static (r, f, i) => string.Create(Inv,
            $"Patient aged {f.AgeYears!.Value:0.#####} years (under {r._pediatricAge:0.#####}). Spinal cord compression from EMH is very rare "
            + $"in the first two decades (actabiomed2017). The vertebral lengths are adult population values (gray1918): for a child they "
            + $"are rough estimates; give the patient's own level positions from the planning CT. Vertebral irradiation affects spinal "
            + $"growth (nanda2024, conventional fractionation; no data on hypofractionated regimens): under age 2, clinically significant "
            + $"scoliosis can occur at 15 Gy or more; at ages 2-6, scoliosis of any grade exceeded 30 % above 20 Gy; over age 6 the "
            + $"risk remains above 30 Gy, mostly mild.{PediatricBand(f)} Until the pubertal growth spurt is over, give a homogeneous dose "
            + $"to whole vertebrae (body and arch), and in young children irradiate as few vertebrae as possible (hoeben2019).{(r.FertilityApplies(f) ? " Fertility: see FERTILITY_COUNSELLING." : " Before treatment, raise the possibility of infertility with the patient and the parents, discuss fertility preservation and refer to reproductive specialists early (loren2013, an oncology guideline applied to EMH by analogy).")}"),
            FertilityApplies(facts) ? CiteChildrenWithoutFertility : CiteChildren, this, facts);
    }

    /// <summary>Organs near the field, pregnancy and fertility (clinical-facts-organs §2, §2.4, §6).</summary>
    private void AddOrgans<TFound>(ref TFound found, PlanFacts facts)
        where TFound : IFindingCollector, allows ref struct
    {
        // One caution per organ whose threshold the prescription could reach; the other organs together in one info.
        var bits = facts.OrgansCaution;
        while (_organReachable.Enabled && bits != 0)
        {
            var organ = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            found.Add(_organReachable, _organReachable.Severity, static (r, f, i) => r.OrganText(f, i), OrganModel.CitationsOfOrgan(organ), this, facts, organ);
        }

        var others = facts.OrgansInField & ~facts.OrgansCaution;
        if (_organNear.Enabled && others != 0)
        {
            found.Add(_organNear, _organNear.Severity, static (r, f, i) => r.OrgansNearText(f), OrganRules.CitationsOf(others), this, facts);
        }

        // One finding per measured dose above its constraint or not compared (clinical-facts-organs §2).
        for (var i = 0; !facts.OrganDoses.IsDefaultOrEmpty && i < facts.OrganDoses.Length; i++)
        {
            var measured = AssessMeasured(facts, i);
            if (measured.Status == MeasuredDoseStatus.AboveConstraint && _organDoseAbove.Enabled)
            {
                var severity = measured.FetalThreshold && _organDoseAbove.Severity < Severity.Warning ? Severity.Warning : _organDoseAbove.Severity;
                found.Add(_organDoseAbove, severity, static (r, f, i) => r.MeasuredDoseText(f, i), measured.Citations, this, facts, i);
            }
            else if (!measured.Assessed && _organDoseNotAssessed.Enabled)
            {
                found.Add(_organDoseNotAssessed, _organDoseNotAssessed.Severity, static (r, f, i) => r.MeasuredDoseText(f, i), [], this, facts, i);
            }
        }

        if (facts.PregnancyStatus == Planning.PregnancyStatus.Pregnant)
        {
            if (_fetalDose.Enabled)
            {
                found.Add(_fetalDose, _fetalDose.Severity, static (r, f, i) => r.FetalDoseText(f), CiteFetalDose, this, facts);
            }
        }
        else if (_pregnancyUnknown.Enabled && PregnancyStatusNeeded(facts))
        {
            found.Add(_pregnancyUnknown, _pregnancyUnknown.Severity, static (r, f, i) => r.PregnancyStatusText(f), CitePregnancyStatus, this, facts);
        }

        if (FertilityApplies(facts))
        {
            found.Add(_fertility, _fertility.Severity, static (r, f, i) => r.FertilityText(f), CiteFertility, this, facts);
        }
    }

    /// <summary>A patient recorded female, aged within the protocol's band (or age not given), status not negative, field in the abdomen or pelvis.</summary>
    private bool PregnancyStatusNeeded(PlanFacts facts) =>
        facts.Sex == Sex.Female && facts.PregnancyStatus == Planning.PregnancyStatus.Unknown && facts.AbdomenOrPelvisInField
        && (facts.AgeYears is not { } age || (!Below(age, Protocol.PregnancyMinAgeYears) && !Above(age, Protocol.PregnancyMaxAgeYears)));

    /// <summary>Whether <c>FERTILITY_COUNSELLING</c> is raised: enabled, gonads near the field, age not above the protocol's (or not given).</summary>
    private bool FertilityApplies(PlanFacts facts) =>
        _fertility.Enabled
        && (facts.OrgansInField & ((1 << (int)OrganAtRisk.Ovaries) | (1 << (int)OrganAtRisk.Testes))) != 0
        && (facts.AgeYears is not { } age || !Above(age, Protocol.FertilityMaxAgeYears));

    /// <summary>The message of <c>ORGAN_THRESHOLD_REACHABLE</c> or <c>ORGAN_NEAR_FIELD</c> for <paramref name="organ"/>.</summary>
    private string OrganText(PlanFacts facts, int organ)
    {
        var model = OrganRules;
        var name = OrganModel.NameOf(organ);
        var levels = OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, SpineBand(organ));
        var evidence = OrganModel.IsDerived(organ)
            ? "derived from cited landmarks"
            : "an assumption: no imaging source gives this organ's vertebral level";
        var note = OrganModel.NoteFor(organ, facts.Sex) is { } n ? " (" + n + ")" : string.Empty;
        var opening = string.Create(Inv,
            $"The {name}{note} may lie in or near the field: irradiated levels {levels} are within the usual levels of the {name} {model.BandText(organ)} ({evidence}). "
            + $"Check the dose of the {name} in the planning system against {model.ThresholdText(organ, facts.AgeYears)}.");
        if (model.ThresholdGy(organ, facts.AgeYears) is not { } threshold)
        {
            return opening + " EmhRt has no dose distribution and does not say whether a limit is met.";
        }

        var reach = model.CouldReach(organ, facts.AgeYears, facts.TotalDoseGy, facts.DosePerFractionGy) == true;
        var worst = organ == (int)OrganAtRisk.Testes ? "by scatter" : "if the whole organ received the prescription";
        return opening + string.Create(Inv,
            $" The prescription {(reach ? "could reach" : "would not reach")} {threshold:0.##} Gy {worst}: "
            + $"{model.ComparisonText(organ, facts.TotalDoseGy, facts.DosePerFractionGy)}. This is a worst case: a paravertebral PTV usually "
            + $"covers only part of an organ, and EmhRt has no dose distribution, so it does not say whether a limit is met.");
    }

    /// <summary>The assessment of measured dose <paramref name="index"/> of <paramref name="facts"/>.</summary>
    internal MeasuredOrganDose AssessMeasured(PlanFacts facts, int index) =>
        OrganRules.AssessMeasured(facts.OrganDoses[index], facts.Fractions, facts.AgeYears, facts.PregnancyStatus == Planning.PregnancyStatus.Pregnant);

    /// <summary>The message of <c>ORGAN_DOSE_ABOVE_CONSTRAINT</c> or <c>ORGAN_DOSE_NOT_ASSESSED</c> for measured dose <paramref name="index"/>.</summary>
    private string MeasuredDoseText(PlanFacts facts, int index)
    {
        var m = AssessMeasured(facts, index);
        var name = OrganModel.NameOf((int)m.Measurement.Organ);
        var given = string.Create(Inv, $"Measured {name} dose {m.Measurement} ({m.Value:0.#####} {m.Unit})");
        return m.Status switch
        {
            MeasuredDoseStatus.AboveConstraint => given + string.Create(Inv,
                $" is {(m.LimitInclusive ? "above" : "at or above")} the constraint {m.Constraint}: {m.Value:0.#####} {m.Unit} against {m.Limit:0.#####} {m.Unit}. ")
                + (m.FetalThreshold
                    ? "A physicist's fetal-dose estimate and a multidisciplinary decision are needed before treatment."
                    : "The constraint is for conventional fractionation and the measured dose is compared as a physical dose; review the plan."),
            MeasuredDoseStatus.NoShortCourseConstraint => given + string.Create(Inv,
                $" was not compared: {m.Constraint}. The measured dose is reported as given; the worst-case check of this organ, if any, still stands."),
            _ => given + string.Create(Inv, $" was not compared: {m.Constraint} in the clinical facts EmhRt uses. The measured dose is reported as given."),
        };
    }

    /// <summary>The organ's measured doses as a clause, e.g. <c>; measured in the planning system: kidneys=mean:9Gy (within the constraint)</c>, or empty.</summary>
    private string MeasuredClause(PlanFacts facts, int organ)
    {
        var text = string.Empty;
        for (var i = 0; !facts.OrganDoses.IsDefaultOrEmpty && i < facts.OrganDoses.Length; i++)
        {
            if ((int)facts.OrganDoses[i].Organ == organ)
            {
                var m = AssessMeasured(facts, i);
                var status = m.Status switch
                {
                    MeasuredDoseStatus.WithinConstraint => "within the constraint",
                    MeasuredDoseStatus.AboveConstraint => "above the constraint",
                    _ => "not compared",
                };
                text += (text.Length == 0 ? "; measured in the planning system: " : ", ") + m.Measurement + " (" + status + ")";
            }
        }

        return text;
    }

    /// <summary>The message of <c>ORGAN_NEAR_FIELD</c>: every organ near the field that raised no caution, one paragraph each.</summary>
    private string OrgansNearText(PlanFacts facts)
    {
        var others = facts.OrgansInField & ~facts.OrgansCaution;
        var text = new System.Text.StringBuilder(
            "These organs may lie in or near the field; check their doses in the planning system (EmhRt has no dose distribution and "
            + "never says that a limit is met; \"could reach\" assumes the whole organ receives the prescription, a worst case; EQD2 "
            + "(fowler1989) at an assumed α/β of " + Protocol.OrganAssumedAlphaBetaGy.ToString("0.###", Inv) + " Gy where the clinical facts give none).");
        var model = OrganRules;
        while (others != 0)
        {
            var organ = System.Numerics.BitOperations.TrailingZeroCount(others);
            others &= others - 1;
            var note = OrganModel.NoteFor(organ, facts.Sex) is { } n ? ", " + n : string.Empty;
            var reach = model.ThresholdGy(organ, facts.AgeYears) is { } threshold
                ? string.Create(Inv, $"; the prescription {(model.CouldReach(organ, facts.AgeYears, facts.TotalDoseGy, facts.DosePerFractionGy) == true ? "could reach" : "would not reach")} {threshold:0.##} Gy ({model.ShortComparisonText(organ, facts.TotalDoseGy, facts.DosePerFractionGy)})")
                : string.Empty;
            text.Append(string.Create(Inv,
                $" {char.ToUpperInvariant(OrganModel.NameOf(organ)[0])}{OrganModel.NameOf(organ)[1..]} (levels {OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, SpineBand(organ))}, usual {model.BandText(organ)}, "
                + $"{(OrganModel.IsDerived(organ) ? "derived" : "an assumption")}{note}): check against {model.ThresholdText(organ, facts.AgeYears)}{reach}{MeasuredClause(facts, organ)}."));
        }

        return text.ToString();
    }

    private Spine.VertebralSpan SpineBand(int organ) => OrganRules.Band(organ);

    /// <summary>The message of <c>PREGNANCY_STATUS_UNKNOWN</c>.</summary>
    private string PregnancyStatusText(PlanFacts facts)
    {
        var levels = OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, OrganRules.PregnancyBand);
        var age = facts.AgeYears is { } a
            ? string.Create(Inv, $"aged {a:0.#} years")
            : string.Create(Inv, $"of unknown age (taken as {Protocol.PregnancyMinAgeYears:0.#}-{Protocol.PregnancyMaxAgeYears:0.#} years)");
        return string.Create(Inv,
            $"Patient recorded female, {age}, with a field reaching the abdomen or pelvis (irradiated levels {levels}, within "
            + $"{OrganRules.PregnancyBand}). Pregnancy status must be established before treatment: radiotherapy can be lethal to the fetus, "
            + $"and one centre that counted a test as accurate only within 14 days before the start found 66 % of at-risk women not "
            + $"tested appropriately (kharod2017). Deterministic fetal effects probably arise above {Protocol.FetalThresholdGy:0.###}-0.2 Gy "
            + $"(lancetoncol2005), far below this prescription of {facts.TotalDoseGy:0.#####} Gy. Record the pregnancy status "
            + $"(negative or pregnant) once known.");
    }

    /// <summary>The message of <c>PREGNANCY_FETAL_DOSE</c>.</summary>
    private string FetalDoseText(PlanFacts facts)
    {
        var threshold = Protocol.FetalThresholdGy;
        var where = facts.AbdomenOrPelvisInField
            ? string.Create(Inv,
                $"The field reaches the abdomen or pelvis (irradiated levels {OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, OrganRules.PregnancyBand)}): "
                + $"the uterus may receive up to the prescription, {facts.TotalDoseGy:0.#####} Gy, about {facts.TotalDoseGy / threshold:0} times the threshold.")
            : string.Create(Inv,
                $"The field does not reach the abdomen or pelvis, but out-of-field fetal dose reached {Protocol.FetalOutOfFieldPercent:0.###} % of the "
                + $"prescription unshielded (medphys2007): {facts.TotalDoseGy * Protocol.FetalOutOfFieldPercent / 100:0.###} Gy here, "
                + $"{(facts.TotalDoseGy * Protocol.FetalOutOfFieldPercent / 100 >= threshold - Tolerance ? "at or above" : "below")} {threshold:0.###} Gy.");
        return string.Create(Inv,
            $"The patient is pregnant. Deterministic fetal effects such as malformation and mental retardation probably arise only above "
            + $"{threshold:0.###}-0.2 Gy (lancetoncol2005; ICRP 84: 100-200 mGy, and from 8 to 25 weeks after conception doses above 100 mGy can "
            + $"lower IQ, icrp84 and kal2002 [sec]). {where} Fetal-dose estimates from TG-36 data were up to a factor of 3 off and on average "
            + $"31 % low (medphys2007); shielding can halve the fetal dose (stovall1995). A physicist's fetal-dose estimate and a "
            + $"multidisciplinary decision are needed before treatment.");
    }

    /// <summary>The message of <c>FERTILITY_COUNSELLING</c>.</summary>
    private string FertilityText(PlanFacts facts)
    {
        var ovaries = (facts.OrgansInField & (1 << (int)OrganAtRisk.Ovaries)) != 0;
        var testes = (facts.OrgansInField & (1 << (int)OrganAtRisk.Testes)) != 0;
        var child = facts.AgeYears is { } a && Below(a, _pediatricAge);
        var who = facts.AgeYears is { } years
            ? string.Create(Inv, $"a patient aged {years:0.#} years")
            : string.Create(Inv, $"a patient of unknown age (taken to be of reproductive age, up to {Protocol.FertilityMaxAgeYears:0.#} years)");
        var gonads = ovaries && testes ? "ovaries or testes (sex not given)" : ovaries ? "ovaries" : "testes";
        var doses = string.Empty;
        if (ovaries)
        {
            doses += string.Create(Inv,
                $" Ovaries: effective sterilising dose {OrganRules.SterilisingDoseGy(facts.AgeYears):0.##} Gy for this age (wallace2005), oocyte LD50 below 2 Gy (wallace2003).");
        }

        if (testes)
        {
            doses += string.Create(Inv,
                $" Testes: 0.2-0.7 Gy gives a transient fall in sperm count, and from {Protocol.TestesRecoveryGy:0.###} Gy recovery of spermatogenesis is less likely (howell2005); scatter from a field ending a few cm away can reach that.");
        }

        return string.Create(Inv,
            $"The {gonads} may lie in or near the field in {who}.{doses} Before treatment, raise the possibility of infertility with the "
            + $"patient{(child ? " and the parents" : string.Empty)}, discuss fertility preservation (cryopreservation, hormonal therapy, ovarian "
            + $"transposition) and refer to reproductive specialists as early as possible (loren2013, an oncology guideline applied to EMH by analogy).");
    }

    /// <summary>The active-marrow sentence of <c>LONG_FIELD_BLOOD_COUNTS</c>, or empty when the irradiated levels are not known.</summary>
    private static string MarrowClause(PlanFacts facts) =>
        facts.IrradiatedLevelMask == 0
            ? string.Empty
            : string.Create(Inv,
                $" The irradiated levels ({OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, null)}) hold about {facts.ActiveMarrowPercent:0.#} % of the body's "
                + $"proliferating marrow (hayman2011, FLT-PET of 13 adults: cervical 4.3, thoracic 19.9, lumbar 16.6, sacrum 9.2 %, each spread evenly "
                + $"over its region's levels by EmhRt; adult population data, which may not hold for children or for the expanded or fibrotic "
                + $"marrow of EMH patients).");

    private void AddReirradiation<TFound>(ref TFound found, PlanFacts facts)
        where TFound : IFindingCollector, allows ref struct
    {
        if (facts.PriorCourseCount <= 0)
        {
            return;
        }

        if (_reirradiation.Enabled)
        {
            found.Add(_reirradiation, _reirradiation.Severity, static (r, f, i) => ReirradiationText(f), CiteReirradiation, this, facts);
        }

        // Only a course that shares a level with this one re-irradiates the cord treated now.
        if (Overlapping(facts) <= 0)
        {
            return;
        }

        var lastShort = facts.MonthsSinceLastCourse is { } months && Below(months, _intervalMonths);
        var earlierShort = facts.ShortestEarlierIntervalMonths is { } earlier && Below(earlier, _intervalMonths);
        if (_interval.Enabled && (lastShort || earlierShort))
        {
            found.Add(_interval, _interval.Severity, static (r, f, i) => r.IntervalText(f), CiteInterval, this, facts);
        }

        if (_cumulativeBed.Enabled && facts.CumulativeCordBedMaxGy2 is { } bed && Above(bed, _cumulativeCaution))
        {
            var warning = Above(bed, _cumulativeWarning);
            found.Add(_cumulativeBed, warning ? Severity.Warning : Severity.Caution, static (r, f, i) => r.CumulativeOpening(f) + string.Create(Inv,
                $" In nieder2006, no myelopathy was reported up to 120 Gy₂ cumulative (intervals of at least 6 months, each course at "
                + $"most 98 Gy₂), and the risk appeared small up to 135.5 Gy₂. These limits are BED at α/β 2 Gy, so the sum is taken at α/β 2 Gy{OtherAlphaBeta(f)}. "
                + $"Recovery model: {LowerFirst(ModelText(f).TrimEnd('.'))}."), CiteNieder, this, facts);
        }

        if (_courseBedHigh.Enabled && facts.LargestCourseCordBedGy2 is { } course && Above(course, _courseBed))
        {
            found.Add(_courseBedHigh, _courseBedHigh.Severity, static (r, f, i) => string.Create(Inv,
                $"One course gives the cord a BED of {f.LargestCourseCordBedGy2!.Value:0.#####} Gy₂ (α/β 2 Gy), above {r._courseBed:0.#####} Gy₂. "
                + $"The re-irradiation tolerance data of nieder2006 hold for courses of at most 98 Gy₂ each{OtherAlphaBeta(f)}."), CiteNieder, this, facts);
        }
    }

    /// <summary>Prior courses that share a level with this course.</summary>
    private static int Overlapping(PlanFacts facts) => facts.PriorCourseCount - facts.NonOverlappingPriorCourseCount;

    /// <summary>A clause saying that the cord α/β used elsewhere differs from the α/β 2 Gy of the limits, or empty.</summary>
    private static string OtherAlphaBeta(PlanFacts facts) =>
        facts.CordAlphaBetaGy == 2
            ? string.Empty
            : string.Create(Inv, $" (the cord figures elsewhere in this report use α/β {facts.CordAlphaBetaGy:0.#####} Gy; they are not compared with these limits)");

    /// <summary>The message of <c>REIRRADIATION</c>.</summary>
    private static string ReirradiationText(PlanFacts facts)
    {
        var overlapping = Overlapping(facts);
        var others = facts.NonOverlappingPriorCourseCount;
        var othersText = facts.NonOverlappingPriorCoursesText is { Length: > 0 } text ? " (" + text + ")" : string.Empty;
        const string Recurrence =
            " EMH often recurs after radiotherapy: relapse rates of 37.5 % (munn1998) and 19-37.5 % (quoted by actabiomed2017) "
            + "are reported, and re-treatment gives a good chance of a second remission (munn1998).";
        if (overlapping <= 0)
        {
            return string.Create(Inv,
                $"{others} earlier {Plural(others, "course")}{othersText} {(others == 1 ? "shares" : "share")} no vertebral level with this course: "
                + $"not re-irradiation of the cord treated now, so the interval and the cumulative limits of nieder2006 are not applied to "
                + $"{(others == 1 ? "it" : "them")}.{Recurrence}");
        }

        var othersClause = others > 0
            ? string.Create(Inv, $"; {others} other earlier {Plural(others, "course")}{othersText} {(others == 1 ? "shares" : "share")} no level with it and {(others == 1 ? "is" : "are")} not counted as re-irradiation")
            : string.Empty;
        return string.Create(Inv,
            $"{overlapping} earlier {Plural(overlapping, "course")} to this region (sharing vertebral levels with this course){LastCourseText(facts)}"
            + $"{othersClause}.{Recurrence} Cord dose is summed as BED at α/β 2 Gy (Gy₂), the unit of the nieder2006 limits, whatever cord α/β is "
            + $"used elsewhere. Recovery between courses: {LowerFirst(ModelText(facts).TrimEnd('.'))}. No recovery model is validated; "
            + $"EmhRt's default gives no recovery credit.");
    }

    /// <summary>The message of <c>REIRRADIATION_INTERVAL_SHORT</c>.</summary>
    private string IntervalText(PlanFacts facts)
    {
        var parts = string.Empty;
        if (facts.MonthsSinceLastCourse is { } months && Below(months, _intervalMonths))
        {
            parts = string.Create(Inv, $"Only {months:0.#####} months from the last course on shared levels (its given date) to the first fraction of this course");
        }

        if (facts.ShortestEarlierIntervalMonths is { } earlier && Below(earlier, _intervalMonths))
        {
            parts += (parts.Length == 0 ? "Two earlier courses on shared levels were only " : "; two earlier courses on shared levels were only ")
                + string.Create(Inv, $"{earlier:0.#####} months apart");
        }

        return parts + string.Create(Inv,
            $" (less than {_intervalMonths:0.#####} months). In the re-irradiation data of nieder2006, no myelopathy was reported with "
            + $"intervals of at least 6 months, each course at most 98 Gy₂ and a cumulative cord BED up to 120 Gy₂. Partial repair of "
            + $"cord damage appears about 6 months after radiotherapy and grows over 2 years (kirkpatrick2010).");
    }

    /// <summary>Where a clamped CTV margin would run (message of <c>CTV_CLAMPED</c>).</summary>
    private static string ClampWhere(PlanFacts facts) =>
        facts.CtvClampedCranially && facts.CtvClampedCaudally
            ? "past C1 and past the coccyx; the CTV stops at both ends of the spine"
            : facts.CtvClampedCranially ? "above C1; the CTV stops at C1" : "below the coccyx; the CTV stops at the coccyx";

    /// <summary>The gaps between CTV segments in words (message of <c>CTV_MULTIPLE_SEGMENTS</c>).</summary>
    private static string GapsText(PlanFacts facts) =>
        facts.CtvGapLevels.IsDefault || facts.CtvGapLevels.Length == 0 ? "untreated levels" : GapText(facts.CtvGapLevels);

    private const string MarginEvidence =
        " At least one vertebra above and one below is recommended by cailleteau2023: expert opinion, not proven. The case it "
        + "cites (fontanesi2020) recurred at T10-T12 three years after a T3-T8 field, beyond the reach of a one-level margin: it "
        + "shows that EMH recurs outside an earlier field, not that one margin level prevents it.";

    /// <summary>The gaps between the segments' targets in mm, as a sentence of <c>CTV_MULTIPLE_SEGMENTS</c>.</summary>
    private static string SegmentGapsText(PlanFacts facts)
    {
        if (facts.TargetGapsMm.IsDefaultOrEmpty)
        {
            return " The levels between them are not in the CTV.";
        }

        var what = facts.PtvLengthMm is null ? "CTV segments" : "PTVs";
        var text = string.Empty;
        var overlap = false;
        foreach (var gap in facts.TargetGapsMm)
        {
            text += (text.Length == 0 ? string.Empty : ", ") + (gap > 0 ? string.Create(Inv, $"{gap:0.#} mm apart") : string.Create(Inv, $"overlapping by {-gap:0.#} mm"));
            overlap |= gap <= 0;
        }

        return string.Create(Inv, $" Between the {what}: {text}{(overlap ? "; where they overlap, the levels between the CTV spans are inside the PTV, not untreated" : "; the levels between them are not treated")}.");
    }

    /// <summary>The PTV margins outside the recommended range, e.g. <c>superior 8 mm, radial 22 mm</c>, or null.</summary>
    private string? OutsideText(PlanFacts facts)
    {
        string? outside = null;
        outside = Outside(outside, "superior", facts.PtvMarginSuperiorMm);
        outside = Outside(outside, "inferior", facts.PtvMarginInferiorMm);
        outside = Outside(outside, "radial", facts.PtvMarginRadialMm);
        return outside;
    }

    private bool MarginOutside(double? margin) => margin is { } mm && (Below(mm, _ptvMin) || Above(mm, _ptvMax));

    /// <summary>The age band of this patient and where the plan's dose lies in it (<c>PEDIATRIC_PATIENT</c>, nanda2024).</summary>
    private static string PediatricBand(PlanFacts facts)
    {
        var age = facts.AgeYears!.Value;
        var total = facts.TotalDoseGy;
        if (Below(age, 2))
        {
            return !Below(total, 15)
                ? string.Create(Inv, $" This plan's {total:0.#####} Gy is at or above 15 Gy in a child under 2: inside PENTEC's risk band.")
                : string.Create(Inv, $" This plan's {total:0.#####} Gy is below 15 Gy in a child under 2.");
        }

        if (!Above(age, 6))
        {
            return Above(total, 20)
                ? string.Create(Inv, $" This plan's {total:0.#####} Gy is above 20 Gy in a child aged 2-6: inside PENTEC's risk band.")
                : string.Create(Inv, $" This plan's {total:0.#####} Gy is not above 20 Gy in a child aged 2-6.");
        }

        return Above(total, 30)
            ? string.Create(Inv, $" This plan's {total:0.#####} Gy is above 30 Gy in a patient over 6: inside PENTEC's risk band.")
            : string.Create(Inv, $" Over age 6, PENTEC flags no risk at this plan's {total:0.#####} Gy (30 Gy or less).");
    }

    /// <summary>
    /// For a fraction size outside the classical range, the EMH EQD2 of the course (so that 15 Gy x 1 is not read as
    /// 15 Gy in 2 Gy fractions), or empty.
    /// </summary>
    private static string EmhEqd2Clause(FindingRules r, PlanFacts f) =>
        f.EmhEqd2Gy is { } eqd2 && f.EmhAlphaBetaGy is { } ab && (Below(f.DosePerFractionGy, r._fractionMin) || Above(f.DosePerFractionGy, r._fractionMax))
            ? string.Create(Inv, $" At {f.DosePerFractionGy:0.#####} Gy per fraction the physical total is not comparable with the range: its EQD2 is {eqd2:0.##} Gy at α/β {ab:0.#####} Gy for the EMH tissue (an assumed α/β; fowler1989).")
            : string.Empty;

    /// <summary>When the last prior course was, as a clause of <c>REIRRADIATION</c>, or empty.</summary>
    private static string LastCourseText(PlanFacts facts) =>
        facts.MonthsSinceLastCourse is { } m
            ? string.Create(Inv, $"; the last of them is dated {m:0.#####} months before this course's first fraction")
            : string.Empty;

    private static string ModelText(PlanFacts facts) => facts.RecoveryModelText ?? "not stated";

    /// <summary>The first sentence of <c>REIRRADIATION_CUMULATIVE_BED</c>.</summary>
    private string CumulativeOpening(PlanFacts facts)
    {
        var bed = facts.CumulativeCordBedMaxGy2!.Value;
        return Above(bed, _cumulativeWarning)
            ? string.Create(Inv, $"Cumulative cord BED {bed:0.#####} Gy₂ exceeds {_cumulativeWarning:0.#####} Gy₂, beyond the range where the risk appeared small.")
            : string.Create(Inv, $"Cumulative cord BED {bed:0.#####} Gy₂ exceeds {_cumulativeCaution:0.#####} Gy₂.");
    }

    private string? Outside(string? list, string name, double? margin)
    {
        if (margin is not { } mm || (!Below(mm, _ptvMin) && !Above(mm, _ptvMax)))
        {
            return list;
        }

        var item = string.Create(Inv, $"{name} {mm:0.#####} mm");
        return list is null ? item : list + ", " + item;
    }

    private static void Check(PlanFacts facts)
    {
        Guard.Positive(facts.TotalDoseGy);
        Guard.Positive(facts.DosePerFractionGy);
        Guard.Positive(facts.CordAlphaBetaGy);
        ArgumentOutOfRangeException.ThrowIfLessThan(facts.Fractions, 1, "facts.Fractions");
        ArgumentOutOfRangeException.ThrowIfNegative(facts.PriorCourseCount, "facts.PriorCourseCount");
        ArgumentOutOfRangeException.ThrowIfNegative(facts.CtvLevelCount, "facts.CtvLevelCount");
        ArgumentOutOfRangeException.ThrowIfNegative(facts.CtvSegmentCount, "facts.CtvSegmentCount");
        NonNegative(facts.CordEqd2Gy, "facts.CordEqd2Gy");
        NonNegative(facts.CordMaxDoseGy, "facts.CordMaxDoseGy");
        NonNegative(facts.EmhEqd2Gy, "facts.EmhEqd2Gy");
        NonNegative(facts.PtvMarginSuperiorMm, "facts.PtvMarginSuperiorMm");
        NonNegative(facts.PtvMarginInferiorMm, "facts.PtvMarginInferiorMm");
        NonNegative(facts.PtvMarginRadialMm, "facts.PtvMarginRadialMm");
        NonNegative(facts.PtvLengthMm, "facts.PtvLengthMm");
        NonNegative(facts.AgeYears, "facts.AgeYears");
        NonNegative(facts.MonthsSinceLastCourse, "facts.MonthsSinceLastCourse");
        NonNegative(facts.ShortestEarlierIntervalMonths, "facts.ShortestEarlierIntervalMonths");
        ArgumentOutOfRangeException.ThrowIfNegative(facts.NonOverlappingPriorCourseCount, "facts.NonOverlappingPriorCourseCount");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(facts.NonOverlappingPriorCourseCount, facts.PriorCourseCount, "facts.NonOverlappingPriorCourseCount");
        NonNegative(facts.CumulativeCordBedMaxGy2, "facts.CumulativeCordBedMaxGy2");
        NonNegative(facts.LargestCourseCordBedGy2, "facts.LargestCourseCordBedGy2");
    }

    private static void NonNegative(double? value, string name)
    {
        if (value is { } v && !(v >= 0 && double.IsFinite(v)))
        {
            ThrowNegative(name, v);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNegative(string name, double value) =>
        throw new ArgumentOutOfRangeException(name, value, "Value must be finite and not negative.");

    private static int Compare(in PendingFinding a, in PendingFinding b)
    {
        var bySeverity = ((int)b.Severity).CompareTo((int)a.Severity);
        return bySeverity != 0 ? bySeverity : string.CompareOrdinal(a.Code, b.Code);
    }

    private static bool Below(double value, double limit) => value < limit - Tolerance;

    private static bool Above(double value, double limit) => value > limit + Tolerance;

    private static string LevelNoun(int n) => n == 1 ? "level" : "levels";

    private static RuleState State(EmhProtocol protocol, string code)
    {
        var rule = protocol.GetRule(code);
        return new RuleState(rule.Enabled, rule.Severity ?? Severity.Info, code, FindingCodes.IndexOf(code));
    }


    private static string Plural(int n, string noun) => n == 1 ? noun : noun + "s";

    private static string Levels(int n) => n == 1 ? "1 level" : n.ToString(CultureInfo.InvariantCulture) + " levels";

    private static string GapText(ImmutableArray<int> gaps)
    {
        if (gaps.Length == 1)
        {
            return "a gap of " + Levels(gaps[0]);
        }

        var text = "gaps of ";
        for (var i = 0; i < gaps.Length; i++)
        {
            text += (i == 0 ? string.Empty : i == gaps.Length - 1 ? " and " : ", ") + gaps[i].ToString(CultureInfo.InvariantCulture);
        }

        return text + " levels";
    }

    /// <summary>A rule's settings in the protocol, with its code and the code's index in <see cref="FindingCodes.All"/>.</summary>
    private readonly record struct RuleState(bool Enabled, Severity Severity, string Code, int Index);

    [InlineArray(InlineCapacity)]
    private struct FindingSlots
    {
        private PendingFinding _slot;
    }

    /// <summary>Where the rules put what they find: the findings themselves, or only their codes.</summary>
    private interface IFindingCollector
    {
        /// <summary>Whether a caution or warning was added.</summary>
        bool HasConcern { get; }

        /// <summary>Adds a finding of <paramref name="rule"/> whose message <paramref name="message"/> writes on first read.</summary>
        void Add(
            in RuleState rule, Severity severity, Func<FindingRules, PlanFacts, int, string> message, ImmutableArray<string> citations,
            FindingRules rules, PlanFacts facts, int index = 0);

        /// <summary>Adds a finding of <paramref name="rule"/> built once per protocol.</summary>
        void Add(in RuleState rule, Finding finding);
    }

    /// <summary>The findings of one evaluation, in a caller-provided buffer large enough for every rule.</summary>
    private ref struct Collector(Span<PendingFinding> items) : IFindingCollector
    {
        private readonly Span<PendingFinding> _items = items;

        public int Count { get; private set; }

        public bool HasConcern { get; private set; }

        public void Add(
            in RuleState rule, Severity severity, Func<FindingRules, PlanFacts, int, string> message, ImmutableArray<string> citations,
            FindingRules rules, PlanFacts facts, int index = 0) =>
            Add(new PendingFinding(rule.Code, severity, index, citations, message));

        public void Add(in RuleState rule, Finding finding) =>
            Add(new PendingFinding(finding.Code, finding.Severity, 0, finding.Citations, finding));

        private void Add(in PendingFinding finding)
        {
            HasConcern |= finding.Severity >= Severity.Caution;
            _items[Count++] = finding;
        }

        /// <summary>Sorted by severity (warning first), then code (ordinal), keeping lesion order among equal codes.</summary>
        public readonly PendingFinding[] ToSorted()
        {
            var result = new PendingFinding[Count];
            for (var i = 0; i < result.Length; i++)
            {
                // Stable insertion sort: few items.
                var item = _items[i];
                var j = i - 1;
                while (j >= 0 && Compare(result[j], item) > 0)
                {
                    result[j + 1] = result[j];
                    j--;
                }

                result[j + 1] = item;
            }

            return result;
        }
    }

    private static string LowerFirst(string text) =>
        text.Length > 0 && char.IsUpper(text[0]) ? string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1)) : text;
}
