using System.Collections.Immutable;
using EmhRt.Protocol;

namespace EmhRt.Findings.Rules;

/// <summary>A rule whose messages carry no number of the plan: its findings are built once per protocol.</summary>
internal abstract class FixedFindingRule : FindingRule
{
    /// <summary>A rule of <paramref name="code"/>.</summary>
    /// <param name="protocol">The protocol in force.</param>
    /// <param name="code">The rule's finding code.</param>
    protected FixedFindingRule(EmhProtocol protocol, string code)
        : base(protocol, code)
    {
    }

    /// <summary>A finding of this rule with <paramref name="message"/>, at the protocol's severity.</summary>
    protected Finding Create(string message, ImmutableArray<string> citations) => new(Rule.Code, Rule.Severity, message, citations);

    /// <inheritdoc/>
    /// <remarks>Never called: the findings of this rule are added whole (<see cref="FindingCollector.Add(Finding)"/>).</remarks>
    public override string Message(PlanFacts facts, int index) => throw new InvalidOperationException(Rule.Code + " findings are built once per protocol.");
}
