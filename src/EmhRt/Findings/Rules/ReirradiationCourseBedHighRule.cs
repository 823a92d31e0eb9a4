using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>REIRRADIATION_COURSE_BED_HIGH</c>: one course (this or an earlier one on shared levels) gives the cord more than
/// <see cref="EmhProtocol.ReirradiationCourseBedLimitGy2"/> (Gy₂). nieder2006's data hold for courses of at most 98 Gy₂
/// (clinical-facts §6).
/// </summary>
internal sealed class ReirradiationCourseBedHighRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Nieder2006];

    private readonly double _limit;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public ReirradiationCourseBedHighRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.ReirradiationCourseBedHigh) =>
        _limit = protocol.ReirradiationCourseBedLimitGy2;

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (Overlapping(facts) > 0 && facts.LargestCourseCordBedGy2 is { } course && Above(course, _limit))
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"One course gives the cord a BED of {facts.LargestCourseCordBedGy2!.Value:0.#####} Gy₂ (α/β 2 Gy), above {_limit:0.#####} Gy₂. "
        + $"The re-irradiation tolerance data of nieder2006 hold for courses of at most 98 Gy₂ each{OtherAlphaBeta(facts)}.");
}
