using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>CTV_MARGIN_MISSING</c>: a covered lesion has less than the protocol's CTV level margin
/// (<see cref="EmhProtocol.CtvMarginLevelsAbove"/>, <see cref="EmhProtocol.CtvMarginLevelsBelow"/>, levels) inside the
/// proposed treated span (one finding per lesion), or, without a treated span, the CTV was built with a smaller level
/// margin. The margin is cailleteau2023's expert opinion (clinical-facts §3); fontanesi2020 is not evidence for it.
/// </summary>
internal sealed class CtvMarginMissingRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023, Bibliography.Fontanesi2020];

    private const string MarginEvidence =
        " At least one vertebra above and one below is recommended by cailleteau2023: expert opinion, not proven. The case it "
        + "cites (fontanesi2020) recurred at T10-T12 three years after a T3-T8 field, beyond the reach of a one-level margin: it "
        + "shows that EMH recurs outside an earlier field, not that one margin level prevents it.";

    private readonly int _above, _below;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public CtvMarginMissingRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.CtvMarginMissing)
    {
        _above = protocol.CtvMarginLevelsAbove;
        _below = protocol.CtvMarginLevelsBelow;
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.TreatedSpanGiven && !facts.Lesions.IsDefault)
        {
            for (var index = 0; index < facts.Lesions.Length; index++)
            {
                var lesion = facts.Lesions[index];
                if (lesion.Covered
                    && (lesion.MarginLevelsAbove < Math.Min(_above, lesion.LevelsAvailableAbove ?? int.MaxValue)
                        || lesion.MarginLevelsBelow < Math.Min(_below, lesion.LevelsAvailableBelow ?? int.MaxValue)))
                {
                    found.Add(this, Rule.Code, Rule.Severity, Citations, index);
                }
            }
        }
        else if (!facts.TreatedSpanGiven && (facts.CtvMarginLevelsAbove < _above || facts.CtvMarginLevelsBelow < _below))
        {
            // The same volume written as a CTV level margin (--ctv-levels) rather than a treated span.
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        if (!facts.TreatedSpanGiven)
        {
            return string.Create(Inv,
                $"The CTV was built with {Levels(facts.CtvMarginLevelsAbove!.Value)} above and {Levels(facts.CtvMarginLevelsBelow!.Value)} below "
                + $"each lesion; the protocol asks for at least {Levels(_above)} above and {Levels(_below)} below.{MarginEvidence}");
        }

        var lesion = facts.Lesions[index];
        return string.Create(Inv,
            $"The proposed treated span extends {Levels(Math.Max(0, lesion.MarginLevelsAbove))} above and "
            + $"{Levels(Math.Max(0, lesion.MarginLevelsBelow))} below lesion {lesion.Text}; the protocol asks for at "
            + $"least {Levels(Math.Min(_above, lesion.LevelsAvailableAbove ?? int.MaxValue))} above and {Levels(Math.Min(_below, lesion.LevelsAvailableBelow ?? int.MaxValue))} below.{MarginEvidence}");
    }
}
