using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>START_DELAYED</c>: holidays or non-treatment days move the first fraction by more than
/// <see cref="EmhProtocol.StartDelayDays"/> (days, an EmhRt convention). No citation.
/// </summary>
internal sealed class StartDelayedRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [];

    private readonly double _days;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public StartDelayedRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.StartDelayed) =>
        _days = protocol.StartDelayDays;

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.StartDelayDays is { } delay && delay > _days + Tolerance)
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"Holidays or non-treatment days move the first fraction by {facts.StartDelayDays!.Value} days ({facts.StartDelayText}), more than the "
        + $"protocol's {_days:0.#####} days (an EmhRt convention). Spinal cord compression is urgent: consider treating on "
        + $"those days or starting sooner.");
}
