using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>CTV_CLAMPED</c>: the protocol's CTV level margin (<see cref="EmhProtocol.CtvMarginLevelsAbove"/>,
/// <see cref="EmhProtocol.CtvMarginLevelsBelow"/>, levels) would run past C1 or the coccyx, so the CTV stops there.
/// </summary>
internal sealed class CtvClampedRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023];

    private readonly int _above, _below;
    private readonly string _source;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public CtvClampedRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.CtvClamped)
    {
        _above = protocol.CtvMarginLevelsAbove;
        _below = protocol.CtvMarginLevelsBelow;
        _source = LiteratureRecommendation.SameCtvMargin(protocol)
            ? "(cailleteau2023)"
            : "(cailleteau2023 recommends at least one vertebra above and one below)";
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.CtvClampedCranially || facts.CtvClampedCaudally)
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"The CTV level margin ({_above} {LevelNoun(_above)} above, {_below} {LevelNoun(_below)} below the lesion) would run "
        + $"{ClampWhere(facts)}{(facts.CtvSegmentsText is null ? string.Empty : " (CTV ")}{facts.CtvSegmentsText}{(facts.CtvSegmentsText is null ? string.Empty : ")")}. No vertebral "
        + $"level exists beyond, so the margin there is shorter than the protocol's {_source}.");

    /// <summary>Where a clamped CTV margin would run.</summary>
    private static string ClampWhere(PlanFacts facts) =>
        facts.CtvClampedCranially && facts.CtvClampedCaudally
            ? "past C1 and past the coccyx; the CTV stops at both ends of the spine"
            : facts.CtvClampedCranially ? "above C1; the CTV stops at C1" : "below the coccyx; the CTV stops at the coccyx";
}
