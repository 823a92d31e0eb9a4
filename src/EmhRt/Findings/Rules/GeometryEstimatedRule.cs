using System.Collections.Immutable;
using EmhRt.Protocol;
using EmhRt.Spine;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>GEOMETRY_ESTIMATED</c>: lengths come from population vertebral dimensions (gray1918, clinical-facts §9), not
/// this patient's. No number of the plan: its two findings are built once per protocol.
/// </summary>
internal sealed class GeometryEstimatedRule : FixedFindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Gray1918];

    private static readonly string GeometryMessage =
        "Lengths are population estimates from adult vertebral dimensions (gray1918: cervical 125 mm, thoracic 280 mm, "
        + "lumbar 180 mm, sacrum and coccyx 125 mm in the adult male; female about " + SpineGeometry.FemaleScaleText + " times these), not this patient's "
        + "anatomy. Measure the levels on the planning CT before deciding field lengths or junctions.";

    private readonly Finding _finding, _maleFinding;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public GeometryEstimatedRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.GeometryEstimated)
    {
        _finding = Create(GeometryMessage, Citations);
        _maleFinding = Create(
            GeometryMessage + " No sex was given, so the male values were used; female lengths are about " + SpineGeometry.FemaleScaleText + " times these (about 14 % shorter).",
            Citations);
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.GeometryIsEstimate)
        {
            found.Add(facts.SexAssumedMale ? _maleFinding : _finding);
        }
    }
}
