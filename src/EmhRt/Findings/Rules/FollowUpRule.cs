using System.Collections.Immutable;
using EmhRt.Protocol;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>FOLLOW_UP</c>: raised only when no other finding is a caution or warning, so it runs last
/// (<see cref="FindingRuleSet"/>); recurrence and MRI follow-up (munn1998, actabiomed2017, cailleteau2023,
/// clinical-facts §6). No number of the plan: built once per protocol.
/// </summary>
internal sealed class FollowUpRule : FixedFindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Munn1998, Bibliography.Actabiomed2017, Bibliography.Cailleteau2023];

    private const string FollowUpMessage =
        "No caution or warning for this plan. EMH often recurs after radiotherapy: relapse rates of 37.5 % (munn1998) and "
        + "19-37.5 % (quoted by actabiomed2017) are reported, and re-treatment gives a good chance of a second remission "
        + "(munn1998). Plan clinical and MRI follow-up: MRI is the most effective method of demonstrating EMH "
        + "(actabiomed2017), and in the case of cailleteau2023 MRI at 3 and 6 months confirmed the response.";

    private readonly Finding _finding;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public FollowUpRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.FollowUp) =>
        _finding = Create(FollowUpMessage, Citations);

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (!found.HasConcern)
        {
            found.Add(_finding);
        }
    }
}
