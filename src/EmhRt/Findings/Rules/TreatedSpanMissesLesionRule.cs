using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>TREATED_SPAN_MISSES_LESION</c>: a proposed treated span leaves part of a lesion untreated; one finding per such
/// lesion. The message asks for the protocol's CTV level margin (<see cref="EmhProtocol.CtvMarginLevelsAbove"/>,
/// <see cref="EmhProtocol.CtvMarginLevelsBelow"/>, levels); cailleteau2023 recommends one level each way (clinical-facts §3).
/// </summary>
internal sealed class TreatedSpanMissesLesionRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023];

    private readonly string _margin;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public TreatedSpanMissesLesionRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.TreatedSpanMissesLesion) =>
        _margin = string.Create(Inv, $"with at least {Levels(protocol.CtvMarginLevelsAbove)} above and {Levels(protocol.CtvMarginLevelsBelow)} below it ")
            + (LiteratureRecommendation.SameCtvMargin(protocol)
                ? "(recommended by cailleteau2023, expert opinion)."
                : "(the protocol in force; cailleteau2023 recommends at least one vertebra above and one below, expert opinion).");

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (!facts.TreatedSpanGiven || facts.Lesions.IsDefault)
        {
            return;
        }

        for (var index = 0; index < facts.Lesions.Length; index++)
        {
            if (!facts.Lesions[index].Covered)
            {
                found.Add(this, Rule.Code, Rule.Severity, Citations, index);
            }
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"The proposed treated span leaves {facts.Lesions[index].UncoveredLevelsText ?? "part"} of lesion {facts.Lesions[index].Text} "
        + $"untreated. The whole lesion belongs in the CTV, {_margin}");
}
