using EmhRt.Organs;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>ORGAN_NEAR_FIELD</c>: one information listing every organ near the field that raised no
/// <c>ORGAN_THRESHOLD_REACHABLE</c>, with its threshold and any measured dose (clinical-facts-organs §2; EQD2 at the
/// protocol's assumed α/β, <see cref="EmhProtocol.OrganAssumedAlphaBetaGy"/>, Gy, where the facts give none).
/// </summary>
internal sealed class OrganNearFieldRule : FindingRule
{
    private readonly OrganModel _organs;
    private readonly double _assumedAlphaBeta;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    /// <param name="protocol">The protocol in force.</param>
    /// <param name="organs">The same protocol's organ model.</param>
    public OrganNearFieldRule(EmhProtocol protocol, OrganModel organs)
        : base(protocol, FindingCodes.OrganNearField)
    {
        _organs = organs;
        _assumedAlphaBeta = protocol.OrganAssumedAlphaBetaGy;
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        var others = facts.OrgansInField & ~facts.OrgansCaution;
        if (others != 0)
        {
            found.Add(this, Rule.Code, Rule.Severity, _organs.CitationsOf(others));
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var others = facts.OrgansInField & ~facts.OrgansCaution;
        var text = new System.Text.StringBuilder(
            "These organs may lie in or near the field; check their doses in the planning system (EmhRt has no dose distribution and "
            + "never says that a limit is met; \"could reach\" assumes the whole organ receives the prescription, a worst case; EQD2 "
            + "(fowler1989) at an assumed α/β of " + _assumedAlphaBeta.ToString("0.###", Inv) + " Gy where the clinical facts give none).");
        var model = _organs;
        while (others != 0)
        {
            var organ = System.Numerics.BitOperations.TrailingZeroCount(others);
            others &= others - 1;
            var note = OrganModel.NoteFor(organ, facts.Sex) is { } n ? ", " + n : string.Empty;
            var reach = model.ThresholdGy(organ, facts.AgeYears) is { } threshold
                ? string.Create(Inv, $"; the prescription {(model.CouldReach(organ, facts.AgeYears, facts.TotalDoseGy, facts.DosePerFractionGy) == true ? "could reach" : "would not reach")} {threshold:0.##} Gy ({model.ShortComparisonText(organ, facts.TotalDoseGy, facts.DosePerFractionGy)})")
                : string.Empty;
            text.Append(string.Create(Inv,
                $" {char.ToUpperInvariant(OrganModel.NameOf(organ)[0])}{OrganModel.NameOf(organ)[1..]} (levels {OrganModel.LevelsText(facts.Anatomy, facts.IrradiatedLevelMask, model.Band(organ))}, usual {model.BandText(organ)}, "
                + $"{(OrganModel.IsDerived(organ) ? "derived" : "an assumption")}{note}): check against {model.ThresholdText(organ, facts.AgeYears)}{reach}{MeasuredClause(facts, organ)}."));
        }

        return text.ToString();
    }

    /// <summary>The organ's measured doses as a clause, e.g. <c>; measured in the planning system: kidneys=mean:9Gy (within the constraint)</c>, or empty.</summary>
    private string MeasuredClause(PlanFacts facts, int organ)
    {
        var text = string.Empty;
        for (var i = 0; !facts.OrganDoses.IsDefaultOrEmpty && i < facts.OrganDoses.Length; i++)
        {
            if ((int)facts.OrganDoses[i].Organ == organ)
            {
                var m = OrganDoseMeasuredRule.Assess(_organs, facts, i);
                var status = m.Status switch
                {
                    MeasuredDoseStatus.WithinConstraint => "within the constraint",
                    MeasuredDoseStatus.AboveConstraint => "above the constraint",
                    _ => "not compared",
                };
                text += (text.Length == 0 ? "; measured in the planning system: " : ", ") + m.Measurement + " (" + status + ")";
            }
        }

        return text;
    }
}
