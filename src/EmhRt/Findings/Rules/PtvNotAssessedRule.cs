using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>PTV_NOT_ASSESSED</c>: no PTV margin was given, so no PTV was assessed. The message gives the protocol's margin
/// (<see cref="EmhProtocol.PtvMarginMinMm"/>-<see cref="EmhProtocol.PtvMarginMaxMm"/>, mm) and, when it differs,
/// cailleteau2023's 10-20 mm (clinical-facts §3).
/// </summary>
internal sealed class PtvNotAssessedRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023];

    private readonly string _recommendation;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public PtvNotAssessedRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.PtvNotAssessed) =>
        _recommendation = LiteratureRecommendation.SamePtvMargin(protocol)
            ? string.Create(Inv, $"The protocol recommends a PTV margin of {protocol.PtvMarginMinMm:0.#####}-{protocol.PtvMarginMaxMm:0.#####} mm (cailleteau2023, expert opinion).")
            : string.Create(Inv,
                $"The protocol in force recommends a PTV margin of {Range(protocol.PtvMarginMinMm, protocol.PtvMarginMaxMm, "mm")} "
                + $"(cailleteau2023 recommends {LiteratureRecommendation.PtvMarginText("-")}, expert opinion).");

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.PtvMarginSuperiorMm is null && facts.PtvMarginInferiorMm is null && facts.PtvMarginRadialMm is null)
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"No PTV margin was given, so no PTV was assessed: its length, its borders and its fit in one field are unknown. "
        + $"The field-length check uses the CTV alone{(facts.CtvLengthMm is { } ctv ? string.Create(Inv, $" ({ctv:0.#} mm)") : string.Empty)}, which understates "
        + $"the field. {_recommendation}");
}
