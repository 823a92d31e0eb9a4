using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>FRACTION_SIZE_OUTSIDE_RANGE</c>: the dose per fraction is outside the protocol's range
/// (<see cref="EmhProtocol.FractionSizeMinGy"/>-<see cref="EmhProtocol.FractionSizeMaxGy"/>, Gy). The default is
/// cailleteau2023's classical 1.8-2.0 Gy with 16-20 Gy in total (clinical-facts §2); a protocol with another regimen is
/// named as such and cailleteau2023's quoted beside it.
/// </summary>
internal sealed class FractionSizeOutsideRangeRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023, Bibliography.Fowler1989];

    private readonly double _fractionMin, _fractionMax;
    private readonly string _recommendation;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public FractionSizeOutsideRangeRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.FractionSizeOutsideRange)
    {
        _fractionMin = protocol.FractionSizeMinGy;
        _fractionMax = protocol.FractionSizeMaxGy;
        _recommendation = LiteratureRecommendation.SameRegimen(protocol)
            ? string.Create(Inv,
                $"the classical {_fractionMin:0.#####}-{_fractionMax:0.#####} Gy recommended with {protocol.DoseRangeMinGy:0.#####}-{protocol.DoseRangeMaxGy:0.#####} Gy "
                + $"in total (cailleteau2023, expert opinion)")
            : string.Create(Inv,
                $"the {Range(_fractionMin, _fractionMax, "Gy")} recommended by the protocol in force with {Range(protocol.DoseRangeMinGy, protocol.DoseRangeMaxGy, "Gy")} "
                + $"in total (cailleteau2023 recommends {LiteratureRecommendation.DoseRangeText} in classical "
                + $"{LiteratureRecommendation.FractionMinGy:0.#####}-{LiteratureRecommendation.FractionMaxGy:0.#####} Gy fractions, expert opinion)");
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        var dpf = facts.DosePerFractionGy;
        if (Below(dpf, _fractionMin) || Above(dpf, _fractionMax))
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"Dose per fraction {facts.DosePerFractionGy:0.#####} Gy is outside {_recommendation}. "
        + $"{(Below(facts.DosePerFractionGy, _fractionMin) ? Smaller : Larger)}");

    private const string Smaller = "Smaller fractions fall outside the regimen the recommendation was based on.";

    private const string Larger =
        "Larger fractions weigh more on the late-responding spinal cord (low α/β) than on the target "
        + "(linear-quadratic model, fowler1989); the spinal cord statement of this report gives the cord figures.";
}
