using System.Collections.Immutable;
using EmhRt.Protocol;
using EmhRt.Radiobiology;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>CORD_EQD2_HIGH</c>, a two-level rule: for more than 5 fractions the cord EQD2 against
/// <see cref="EmhProtocol.CordEqd2CautionGy"/> and <see cref="EmhProtocol.CordEqd2WarningGy"/> (Gy; marks2010,
/// kirkpatrick2010, clinical-facts §5); for 1-5 fractions the cord Dmax against the protocol's short-course point
/// (<see cref="EmhProtocol.CordShortCourseGy"/>, Gy; sahgal2013, clinical-facts-organs §3), a caution when only the
/// assumed hot spot (<see cref="EmhProtocol.CordShortCourseHotSpotPercent"/>, %) crosses it.
/// </summary>
internal sealed class CordEqd2HighRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Marks2010, Bibliography.Kirkpatrick2010, Bibliography.Fowler1989];
    private static readonly ImmutableArray<string> CitationsShortCourse = [Bibliography.Sahgal2013, Bibliography.Kirkpatrick2010];

    private const string CordEvidence =
        " For conventional 1.8-2 Gy fractions to the full cord cross-section (this course has more than 5 fractions), QUANTEC gives a "
        + "myelopathy risk of 0.2 % at 50 Gy, 6 % at 60 Gy and 50 % at 69 Gy (marks2010), and under 1 % at 54 Gy (kirkpatrick2010). "
        + "EMH needs little dose: 20 Gy in 10 fractions of 2 Gy gives a cord EQD2 of 20 Gy; values this high come from large "
        + "fractions or a high total (fowler1989).";

    private readonly EmhProtocol _protocol;
    private readonly double _caution, _warning, _hotSpot;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public CordEqd2HighRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.CordEqd2High)
    {
        _protocol = protocol;
        _caution = protocol.CordEqd2CautionGy;
        _warning = protocol.CordEqd2WarningGy;
        _hotSpot = protocol.CordShortCourseHotSpotPercent;
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.Fractions <= SpinalCordTolerance.ShortCourseMaxFractions)
        {
            // 1-5 fractions: the short-course points, in physical dose for this number of fractions (sahgal2013,
            // kirkpatrick2010); the conventional EQD2 curve does not apply.
            // A measured Dmax already holds the plan's hot spots: the assumed hot spot applies to the prescription only.
            var point = _protocol.CordShortCourseGy(facts.Fractions);
            var hotSpot = facts.CordMaxDoseGy ?? facts.TotalDoseGy * (1 + (_hotSpot / 100));
            if (Above(hotSpot, point))
            {
                found.Add(this, Rule.Code, Above(facts.CordDoseGy, point) ? Severity.Warning : Severity.Caution, CitationsShortCourse);
            }

            return;
        }

        if (Above(facts.CordEqd2Gy, _caution))
        {
            found.Add(this, Rule.Code, Above(facts.CordEqd2Gy, _warning) ? Severity.Warning : Severity.Caution, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var f = facts;
        if (f.Fractions <= SpinalCordTolerance.ShortCourseMaxFractions)
        {
            return CaudaPrefix(f) + ShortCourseText(f);
        }

        return CaudaPrefix(f) + (Above(f.CordEqd2Gy, _warning)
            ? string.Create(Inv, $"Spinal cord EQD2 {f.CordEqd2Gy:0.#####} Gy (α/β {f.CordAlphaBetaGy:0.#####} Gy, {f.Fractions} fractions of {f.CordDosePerFractionGy:0.#####} Gy{CordSource(f)} converted "
                + $"to 2 Gy fractions) is above {_warning:0.#####} Gy.{CordEvidence}")
            : string.Create(Inv, $"Spinal cord EQD2 {f.CordEqd2Gy:0.#####} Gy (α/β {f.CordAlphaBetaGy:0.#####} Gy, {f.Fractions} fractions of {f.CordDosePerFractionGy:0.#####} Gy{CordSource(f)} converted "
                + $"to 2 Gy fractions) is above {_caution:0.#####} Gy, EmhRt's safety margin below the {_warning:0.#####} Gy tolerance point.{CordEvidence}"));
    }

    /// <summary>Which cord dose the figures use, as a clause: the measured Dmax or the prescription assumed.</summary>
    private static string CordSource(PlanFacts facts) =>
        facts.CordMaxDoseGy is null ? ", prescription assumed" : ", measured Dmax";

    /// <summary>For a plan whose irradiated levels all lie below the conus: what the "cord" figures are, or empty.</summary>
    private static string CaudaPrefix(PlanFacts facts) =>
        facts.CordIsCaudaEquina
            ? string.Create(Inv, $"Every irradiated level lies below the conus, so this is the cauda equina, compared here with spinal-cord points as an approximation (its α/β {facts.CordAlphaBetaGy:0.#####} Gy is an assumption; no human value was found). ")
            : string.Empty;

    /// <summary>The message for 1-5 fractions.</summary>
    private string ShortCourseText(PlanFacts facts)
    {
        var n = facts.Fractions;
        var point = _protocol.CordShortCourseGy(n);
        var opening = facts.CordMaxDoseGy is { } measured
            ? string.Create(Inv, $"Cord Dmax {measured:0.#####} Gy in {n} {Plural(n, "fraction")} (measured Dmax, from the planning system) is above {point:0.#####} Gy/{n}")
            : Above(facts.TotalDoseGy, point)
            ? string.Create(Inv, $"Cord Dmax {facts.TotalDoseGy:0.#####} Gy in {n} {Plural(n, "fraction")} (prescription assumed: EmhRt assumes the cord receives the prescription) is above {point:0.#####} Gy/{n}")
            : string.Create(Inv, $"Cord Dmax {facts.TotalDoseGy:0.#####} Gy in {n} {Plural(n, "fraction")} (prescription assumed: EmhRt assumes the cord receives the prescription) is within {point:0.#####} Gy/{n}, "
                + $"but a hot spot of {_hotSpot:0.#####} % (an EmhRt assumption) would take it to {facts.TotalDoseGy * (1 + (_hotSpot / 100)):0.###} Gy, above it");
        return opening + string.Create(Inv,
            $". For 1-5 fractions the short-course points apply, not the conventional curve: myelopathy risk was ≤ 5 % with the thecal-sac "
            + $"point maximum kept to 12.4 Gy/1, 17.0 Gy/2, 20.3 Gy/3, 23.0 Gy/4 or 25.3 Gy/5 (sahgal2013, 9 SBRT myelopathy cases "
            + $"and 66 controls), and QUANTEC found myelopathy rare (< 1 %) with cord Dmax kept to the equivalent of 13 Gy/1 or "
            + $"20 Gy/3, partial cord cross-section (kirkpatrick2010). "
            + $"Long-term data are too few for a dose-volume relation (kirkpatrick2010).");
    }
}
