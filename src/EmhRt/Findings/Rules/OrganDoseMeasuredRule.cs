using EmhRt.Organs;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>ORGAN_DOSE_ABOVE_CONSTRAINT</c> and <c>ORGAN_DOSE_NOT_ASSESSED</c>, one rule with two outcomes: each organ dose
/// measured in the planning system is assessed once (<see cref="OrganModel.AssessMeasured"/>: the cited constraint in
/// the measurement's unit, clinical-facts-organs §2) and is either above its constraint, within it (no finding) or not
/// comparable. Both outcomes share that assessment and one message; each has its own setting in the protocol. A fetal
/// threshold crossed is at least a warning.
/// </summary>
internal sealed class OrganDoseMeasuredRule : FindingRule
{
    private readonly OrganModel _organs;
    private readonly RuleBinding _notAssessed;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    /// <param name="protocol">The protocol in force.</param>
    /// <param name="organs">The same protocol's organ model.</param>
    public OrganDoseMeasuredRule(EmhProtocol protocol, OrganModel organs)
        : base(protocol, FindingCodes.OrganDoseAboveConstraint, FindingCodes.OrganDoseNotAssessed)
    {
        _organs = organs;
        _notAssessed = RuleBinding.Of(protocol, FindingCodes.OrganDoseNotAssessed);
    }

    /// <inheritdoc/>
    public override bool Runs => Rule.Enabled || _notAssessed.Enabled;

    /// <summary>The assessment of measured dose <paramref name="index"/> of <paramref name="facts"/>.</summary>
    /// <param name="organs">The protocol's organ model.</param>
    /// <param name="facts">The plan's facts.</param>
    /// <param name="index">An index into <see cref="PlanFacts.OrganDoses"/>.</param>
    public static MeasuredOrganDose Assess(OrganModel organs, PlanFacts facts, int index) =>
        organs.AssessMeasured(facts.OrganDoses[index], facts.Fractions, facts.AgeYears, facts.PregnancyStatus == Planning.PregnancyStatus.Pregnant);

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        for (var i = 0; !facts.OrganDoses.IsDefaultOrEmpty && i < facts.OrganDoses.Length; i++)
        {
            var measured = Assess(_organs, facts, i);
            if (measured.Status == MeasuredDoseStatus.AboveConstraint && Rule.Enabled)
            {
                var severity = measured.FetalThreshold && Rule.Severity < Severity.Warning ? Severity.Warning : Rule.Severity;
                found.Add(this, Rule.Code, severity, measured.Citations, i);
            }
            else if (!measured.Assessed && _notAssessed.Enabled)
            {
                found.Add(this, _notAssessed.Code, _notAssessed.Severity, [], i);
            }
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var m = Assess(_organs, facts, index);
        var name = OrganModel.NameOf((int)m.Measurement.Organ);
        var given = string.Create(Inv, $"Measured {name} dose {m.Measurement} ({m.Value:0.#####} {m.Unit})");
        return m.Status switch
        {
            MeasuredDoseStatus.AboveConstraint => given + string.Create(Inv,
                $" is {(m.LimitInclusive ? "above" : "at or above")} the constraint {m.Constraint}: {m.Value:0.#####} {m.Unit} against {m.Limit:0.#####} {m.Unit}. ")
                + (m.FetalThreshold
                    ? "A physicist's fetal-dose estimate and a multidisciplinary decision are needed before treatment."
                    : "The constraint is for conventional fractionation and the measured dose is compared as a physical dose; review the plan."),
            MeasuredDoseStatus.NoShortCourseConstraint => given + string.Create(Inv,
                $" was not compared: {m.Constraint}. The measured dose is reported as given; the worst-case check of this organ, if any, still stands."),
            _ => given + string.Create(Inv, $" was not compared: {m.Constraint} in the clinical facts EmhRt uses. The measured dose is reported as given."),
        };
    }
}
