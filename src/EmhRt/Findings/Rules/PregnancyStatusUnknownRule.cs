using System.Collections.Immutable;
using EmhRt.Organs;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>PREGNANCY_STATUS_UNKNOWN</c>: a patient recorded female, aged within the protocol's band
/// (<see cref="EmhProtocol.PregnancyMinAgeYears"/>-<see cref="EmhProtocol.PregnancyMaxAgeYears"/>, years; or of unknown
/// age), pregnancy status unknown, field reaching the abdomen or pelvis (kharod2017, lancetoncol2005,
/// clinical-facts-organs §2.4).
/// </summary>
internal sealed class PregnancyStatusUnknownRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Kharod2017, Bibliography.Lancetoncol2005];

    private readonly OrganModel _organs;
    private readonly double _minAge, _maxAge;
    private readonly string _threshold;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    /// <param name="protocol">The protocol in force.</param>
    /// <param name="organs">The same protocol's organ model (its pregnancy band).</param>
    public PregnancyStatusUnknownRule(EmhProtocol protocol, OrganModel organs)
        : base(protocol, FindingCodes.PregnancyStatusUnknown)
    {
        _organs = organs;
        _minAge = protocol.PregnancyMinAgeYears;
        _maxAge = protocol.PregnancyMaxAgeYears;
        _threshold = PregnancyFetalDoseRule.ThresholdText(protocol);
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.Sex == Sex.Female && facts.PregnancyStatus == Planning.PregnancyStatus.Unknown && facts.AbdomenOrPelvisInField
            && (facts.AgeYears is not { } age || (!Below(age, _minAge) && !Above(age, _maxAge))))
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var levels = OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, _organs.PregnancyBand);
        var age = facts.AgeYears is { } a
            ? string.Create(Inv, $"aged {a:0.#} years")
            : string.Create(Inv, $"of unknown age (taken as {_minAge:0.#}-{_maxAge:0.#} years)");
        return string.Create(Inv,
            $"Patient recorded female, {age}, with a field reaching the abdomen or pelvis (irradiated levels {levels}, within "
            + $"{_organs.PregnancyBand}). Pregnancy status must be established before treatment: radiotherapy can be lethal to the fetus, "
            + $"and one centre that counted a test as accurate only within 14 days before the start found 66 % of at-risk women not "
            + $"tested appropriately (kharod2017). Deterministic fetal effects probably arise above {_threshold}), "
            + $"far below this prescription of {facts.TotalDoseGy:0.#####} Gy. Record the pregnancy status "
            + $"(negative or pregnant) once known.");
    }
}
