using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>SINGLE_FRACTION</c>: the whole course is one fraction. The message quotes cailleteau2023's 16-20 Gy in 1.8-2.0 Gy
/// fractions (clinical-facts §2) and, under a protocol with another regimen, the protocol's.
/// </summary>
internal sealed class SingleFractionRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023];

    private readonly string _protocolRegimen;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public SingleFractionRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.SingleFraction) =>
        _protocolRegimen = LiteratureRecommendation.SameRegimen(protocol)
            ? string.Empty
            : string.Create(Inv,
                $" The protocol in force recommends {Range(protocol.DoseRangeMinGy, protocol.DoseRangeMaxGy, "Gy")} in "
                + $"{Range(protocol.FractionSizeMinGy, protocol.FractionSizeMaxGy, "Gy")} fractions.");

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.Fractions == 1)
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"The whole course is a single fraction of {facts.TotalDoseGy:0.#####} Gy. A single 15 Gy fraction did not benefit the "
        + $"patient in the case listed by cailleteau2023 (Jackson 1989, one case); the authors recommend {LiteratureRecommendation.DoseRangeText} in "
        + $"{LiteratureRecommendation.FractionMinGy:0.0}-{LiteratureRecommendation.FractionMaxGy:0.0} Gy fractions (expert opinion).{_protocolRegimen} "
        + $"A single fraction is a different kind of regimen from a conventional "
        + $"course: its cord dose is compared with the short-course points (spinal cord statement of this report).");
}
