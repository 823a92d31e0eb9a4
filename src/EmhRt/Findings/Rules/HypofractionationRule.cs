using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>HYPOFRACTIONATION</c>: the dose per fraction is at least <see cref="EmhProtocol.HypofractionationGy"/> (Gy, an
/// EmhRt convention); cailleteau2023's table and fowler1989 say why large fractions matter (clinical-facts §2, §4).
/// </summary>
internal sealed class HypofractionationRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023, Bibliography.Fowler1989];

    private readonly double _hypo;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public HypofractionationRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.Hypofractionation) =>
        _hypo = protocol.HypofractionationGy;

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (!Below(facts.DosePerFractionGy, _hypo))
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"Dose per fraction {facts.DosePerFractionGy:0.#####} Gy is hypofractionated (EmhRt flags {_hypo:0.#####} Gy or more, a convention). "
        + $"In the literature table of cailleteau2023 a single 15 Gy fraction did not benefit the patient (Jackson 1989, one "
        + $"case); 9 Gy in 3 fractions did not improve symptoms either (Rice 1980), which cailleteau2023 cites for lower total "
        + $"doses being insufficient, not for the fraction size. Large fractions raise the cord's biologically effective dose more "
        + $"than the target's (fowler1989); the spinal cord statement of this report gives the cord figures.");
}
