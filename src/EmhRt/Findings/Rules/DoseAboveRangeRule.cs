using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>DOSE_ABOVE_RANGE</c>: the total dose is above the protocol's range (<see cref="EmhProtocol.DoseRangeMaxGy"/>,
/// Gy). cailleteau2023 (clinical-facts §2) saw no added benefit above 20 Gy; a protocol with another range is named as
/// such and cailleteau2023's 16-20 Gy quoted beside it.
/// </summary>
internal sealed class DoseAboveRangeRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023];

    private readonly double _min, _max;
    private readonly string _range;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public DoseAboveRangeRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.DoseAboveRange)
    {
        _min = protocol.DoseRangeMinGy;
        _max = protocol.DoseRangeMaxGy;
        _range = LiteratureRecommendation.SameDoseRange(protocol)
            ? string.Create(Inv, $"the recommended {_min:0.#####}-{_max:0.#####} Gy (cailleteau2023, expert opinion)")
            : string.Create(Inv, $"the {Range(_min, _max, "Gy")} recommended by the protocol in force (cailleteau2023 recommends {LiteratureRecommendation.DoseRangeText}, expert opinion)");
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (Above(facts.TotalDoseGy, _max))
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"Total dose {facts.TotalDoseGy:0.#####} Gy is above {_range}. More than {LiteratureRecommendation.DoseMaxGy:0.#####} Gy showed no "
        + $"apparent added benefit there, although published cases treated "
        + $"with 25 Gy/10, 30 Gy/15 and 30.6 Gy/17 fractions reached complete response (cailleteau2023's table). "
        + $"Check that the higher dose is intended.");
}
