using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>REIRRADIATION_CUMULATIVE_BED</c>, a two-level rule: the cumulative cord BED on a shared level (Gy₂) is above
/// <see cref="EmhProtocol.ReirradiationCumulativeBedCautionGy2"/> (caution) or
/// <see cref="EmhProtocol.ReirradiationCumulativeBedWarningGy2"/> (warning). The message quotes nieder2006's own figures
/// (clinical-facts §6: 120 and 135.5 Gy₂).
/// </summary>
internal sealed class ReirradiationCumulativeBedRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Nieder2006];

    private readonly double _caution, _warning;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public ReirradiationCumulativeBedRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.ReirradiationCumulativeBed)
    {
        _caution = protocol.ReirradiationCumulativeBedCautionGy2;
        _warning = protocol.ReirradiationCumulativeBedWarningGy2;
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (Overlapping(facts) > 0 && facts.CumulativeCordBedMaxGy2 is { } bed && Above(bed, _caution))
        {
            found.Add(this, Rule.Code, Above(bed, _warning) ? Severity.Warning : Severity.Caution, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var bed = facts.CumulativeCordBedMaxGy2!.Value;
        var opening = Above(bed, _warning)
            ? string.Create(Inv, $"Cumulative cord BED {bed:0.#####} Gy₂ exceeds {_warning:0.#####} Gy₂, beyond the range where the risk appeared small.")
            : string.Create(Inv, $"Cumulative cord BED {bed:0.#####} Gy₂ exceeds {_caution:0.#####} Gy₂.");
        return opening + string.Create(Inv,
            $" In nieder2006, no myelopathy was reported up to 120 Gy₂ cumulative (intervals of at least 6 months, each course at "
            + $"most 98 Gy₂), and the risk appeared small up to 135.5 Gy₂. These limits are BED at α/β 2 Gy, so the sum is taken at α/β 2 Gy{OtherAlphaBeta(facts)}. "
            + $"Recovery model: {LowerFirst(ModelText(facts).TrimEnd('.'))}.");
    }
}
