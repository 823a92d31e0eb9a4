using EmhRt.Organs;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>ORGAN_THRESHOLD_REACHABLE</c>: one caution per organ near the field whose threshold the prescription could reach
/// (<see cref="PlanFacts.OrgansCaution"/>; the protocol's organ bands and thresholds in <see cref="OrganModel"/>,
/// clinical-facts-organs §2).
/// </summary>
internal sealed class OrganThresholdReachableRule : FindingRule
{
    private readonly OrganModel _organs;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    /// <param name="protocol">The protocol in force.</param>
    /// <param name="organs">The same protocol's organ model.</param>
    public OrganThresholdReachableRule(EmhProtocol protocol, OrganModel organs)
        : base(protocol, FindingCodes.OrganThresholdReachable) =>
        _organs = organs;

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        var bits = facts.OrgansCaution;
        while (bits != 0)
        {
            var organ = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            found.Add(this, Rule.Code, Rule.Severity, OrganModel.CitationsOfOrgan(organ), organ);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var organ = index;
        var model = _organs;
        var name = OrganModel.NameOf(organ);
        var levels = OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, model.Band(organ));
        var evidence = OrganModel.IsDerived(organ)
            ? "derived from cited landmarks"
            : "an assumption: no imaging source gives this organ's vertebral level";
        var note = OrganModel.NoteFor(organ, facts.Sex) is { } n ? " (" + n + ")" : string.Empty;
        var opening = string.Create(Inv,
            $"The {name}{note} may lie in or near the field: irradiated levels {levels} are within the usual levels of the {name} {model.BandText(organ)} ({evidence}). "
            + $"Check the dose of the {name} in the planning system against {model.ThresholdText(organ, facts.AgeYears)}.");
        if (model.ThresholdGy(organ, facts.AgeYears) is not { } threshold)
        {
            return opening + " EmhRt has no dose distribution and does not say whether a limit is met.";
        }

        var reach = model.CouldReach(organ, facts.AgeYears, facts.TotalDoseGy, facts.DosePerFractionGy) == true;
        var worst = organ == (int)OrganAtRisk.Testes ? "by scatter" : "if the whole organ received the prescription";
        return opening + string.Create(Inv,
            $" The prescription {(reach ? "could reach" : "would not reach")} {threshold:0.##} Gy {worst}: "
            + $"{model.ComparisonText(organ, facts.TotalDoseGy, facts.DosePerFractionGy)}. This is a worst case: a paravertebral PTV usually "
            + $"covers only part of an organ, and EmhRt has no dose distribution, so it does not say whether a limit is met.");
    }
}
