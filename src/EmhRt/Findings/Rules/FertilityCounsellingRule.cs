using System.Collections.Immutable;
using EmhRt.Organs;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>FERTILITY_COUNSELLING</c>: ovaries or testes near the field in a patient not older than
/// <see cref="EmhProtocol.FertilityMaxAgeYears"/> (years; or of unknown age). Doses: wallace2005, wallace2003 and
/// howell2005 (the protocol's <see cref="EmhProtocol.TestesRecoveryGy"/>, Gy), clinical-facts-organs §2.2, §2.3, §6;
/// advice from loren2013.
/// </summary>
internal sealed class FertilityCounsellingRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Loren2013, Bibliography.Wallace2005, Bibliography.Wallace2003, Bibliography.Howell2005];

    private readonly OrganModel _organs;
    private readonly double _maxAge, _pediatricAge;
    private readonly string _testesRecovery;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    /// <param name="protocol">The protocol in force.</param>
    /// <param name="organs">The same protocol's organ model.</param>
    public FertilityCounsellingRule(EmhProtocol protocol, OrganModel organs)
        : base(protocol, FindingCodes.FertilityCounselling)
    {
        _organs = organs;
        _maxAge = protocol.FertilityMaxAgeYears;
        _pediatricAge = protocol.PediatricAgeYears;
        _testesRecovery = protocol.TestesRecoveryGy == LiteratureRecommendation.TestesRecoveryGy
            ? string.Create(Inv, $"from {protocol.TestesRecoveryGy:0.###} Gy recovery of spermatogenesis is less likely (howell2005)")
            : string.Create(Inv,
                $"from {LiteratureRecommendation.TestesRecoveryGy:0.###} Gy recovery of spermatogenesis is less likely (howell2005; the protocol in force uses "
                + $"{protocol.TestesRecoveryGy:0.###} Gy)");
    }

    /// <summary>Whether the rule raises its finding for <paramref name="facts"/>: enabled, gonads near the field, age not above the protocol's (or not given).</summary>
    public bool Applies(PlanFacts facts) =>
        Rule.Enabled
        && (facts.OrgansInField & ((1 << (int)OrganAtRisk.Ovaries) | (1 << (int)OrganAtRisk.Testes))) != 0
        && (facts.AgeYears is not { } age || !Above(age, _maxAge));

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (Applies(facts))
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var ovaries = (facts.OrgansInField & (1 << (int)OrganAtRisk.Ovaries)) != 0;
        var testes = (facts.OrgansInField & (1 << (int)OrganAtRisk.Testes)) != 0;
        var child = facts.AgeYears is { } a && Below(a, _pediatricAge);
        var who = facts.AgeYears is { } years
            ? string.Create(Inv, $"a patient aged {years:0.#} years")
            : string.Create(Inv, $"a patient of unknown age (taken to be of reproductive age, up to {_maxAge:0.#} years)");
        var gonads = ovaries && testes ? "ovaries or testes (sex not given)" : ovaries ? "ovaries" : "testes";
        var doses = string.Empty;
        if (ovaries)
        {
            doses += string.Create(Inv,
                $" Ovaries: effective sterilising dose {_organs.SterilisingDoseGy(facts.AgeYears):0.##} Gy for this age (wallace2005), oocyte LD50 below 2 Gy (wallace2003).");
        }

        if (testes)
        {
            doses += string.Create(Inv,
                $" Testes: 0.2-0.7 Gy gives a transient fall in sperm count, and {_testesRecovery}; scatter from a field ending a few cm away can reach that.");
        }

        return string.Create(Inv,
            $"The {gonads} may lie in or near the field in {who}.{doses} Before treatment, raise the possibility of infertility with the "
            + $"patient{(child ? " and the parents" : string.Empty)}, discuss fertility preservation (cryopreservation, hormonal therapy, ovarian "
            + $"transposition) and refer to reproductive specialists as early as possible (loren2013, an oncology guideline applied to EMH by analogy).");
    }
}
