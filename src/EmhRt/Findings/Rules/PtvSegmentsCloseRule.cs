using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>PTV_SEGMENTS_CLOSE</c>: two CTV segments' targets are closer than the protocol's junction distance
/// (<see cref="EmhProtocol.FieldJunctionDistanceMm"/>, mm; twice <see cref="EmhProtocol.FieldMarginMm"/> in the default,
/// derived); one finding per gap. li2015 and anticancerres2026 on junctions (clinical-facts-organs §5.2).
/// </summary>
internal sealed class PtvSegmentsCloseRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Li2015, Bibliography.Anticancerres2026];

    private readonly double _junctionDistance;
    private readonly string _distanceSource;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public PtvSegmentsCloseRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.PtvSegmentsClose)
    {
        _junctionDistance = protocol.FieldJunctionDistanceMm;
        _distanceSource = protocol.FieldJunctionDistanceMm == 2 * protocol.FieldMarginMm
            ? string.Create(Inv, $"twice a {protocol.FieldMarginMm:0.#####} mm field margin, an EmhRt assumption")
            : string.Create(Inv, $"a protocol value; its field margin is {protocol.FieldMarginMm:0.#####} mm, an EmhRt assumption");
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.TargetGapsMm.IsDefault)
        {
            return;
        }

        for (var index = 0; index < facts.TargetGapsMm.Length; index++)
        {
            if (Below(facts.TargetGapsMm[index], _junctionDistance))
            {
                found.Add(this, Rule.Code, Rule.Severity, Citations, index);
            }
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
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
            + $"({_distanceSource}): their fields would abut or overlap. Plan them as one "
            + $"field or as a matched junction: with both beam sets at collimator 0 degrees a 1 mm low-dose gap was measured in a VMAT "
            + $"junction (li2015), and junction coverage needed overlaps of about 10 cm (anticancerres2026).");
    }
}
