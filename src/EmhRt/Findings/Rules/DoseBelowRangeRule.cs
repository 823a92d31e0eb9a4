using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>DOSE_BELOW_RANGE</c>: the total dose is below the protocol's range (<see cref="EmhProtocol.DoseRangeMinGy"/>,
/// Gy). The range is cailleteau2023's recommendation (clinical-facts §2, expert opinion) in the default protocol; a
/// protocol with another range is named as such and cailleteau2023's 16-20 Gy quoted beside it.
/// </summary>
internal sealed class DoseBelowRangeRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023, Bibliography.Fowler1989];

    private readonly double _min, _max, _fractionMin, _fractionMax;
    private readonly string _range;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public DoseBelowRangeRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.DoseBelowRange)
    {
        _min = protocol.DoseRangeMinGy;
        _max = protocol.DoseRangeMaxGy;
        _fractionMin = protocol.FractionSizeMinGy;
        _fractionMax = protocol.FractionSizeMaxGy;
        _range = LiteratureRecommendation.SameDoseRange(protocol)
            ? string.Create(Inv,
                $"recommended {_min:0.#####}-{_max:0.#####} Gy. That range is the recommendation of one case report with a literature "
                + $"review (expert opinion, cailleteau2023);")
            : string.Create(Inv,
                $"{Range(_min, _max, "Gy")} recommended by the protocol in force. cailleteau2023 recommends {LiteratureRecommendation.DoseRangeText}, "
                + $"the recommendation of one case report with a literature review (expert opinion);");
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (Below(facts.TotalDoseGy, _min))
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"Total dose {facts.TotalDoseGy:0.#####} Gy in {facts.Fractions} {(facts.Fractions == 1 ? "fraction" : "fractions")} is below the {_range} "
        + $"in its table, 9 Gy in 3 fractions did not improve symptoms (Rice 1980, a single case).{EmhEqd2Clause(facts)}");

    /// <summary>
    /// For a fraction size outside the protocol's range, the EMH EQD2 of the course (so that 15 Gy x 1 is not read as
    /// 15 Gy in 2 Gy fractions), or empty.
    /// </summary>
    private string EmhEqd2Clause(PlanFacts f) =>
        f.EmhEqd2Gy is { } eqd2 && f.EmhAlphaBetaGy is { } ab && (Below(f.DosePerFractionGy, _fractionMin) || Above(f.DosePerFractionGy, _fractionMax))
            ? string.Create(Inv, $" At {f.DosePerFractionGy:0.#####} Gy per fraction the physical total is not comparable with the range: its EQD2 is {eqd2:0.##} Gy at α/β {ab:0.#####} Gy for the EMH tissue (an assumed α/β; fowler1989).")
            : string.Empty;
}
