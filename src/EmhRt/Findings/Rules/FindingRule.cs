using System.Collections.Immutable;
using EmhRt.Protocol;

namespace EmhRt.Findings.Rules;

/// <summary>
/// One finding rule: its code, what it binds from the protocol (thresholds and its <see cref="RuleSetting"/>, read once
/// at construction), its condition over <see cref="PlanFacts"/> (<see cref="Evaluate"/>) and its message and citations
/// (<see cref="Message"/>, written only when a report reads the finding). One subclass per finding code, or per family
/// when two codes are one rule with two outcomes (<see cref="Codes"/>). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Thresholds are compared with a tolerance of 1e-9 (Gy, Gy₂, mm, months, years) so that binary rounding does not
/// cross a limit: 16.2 Gy in 9 fractions gives 16.2 / 9 = 1.7999999999999998 Gy in floating point, which is
/// 1.8 Gy and inside 1.8-2.0 Gy. Values further than that from a limit are compared exactly.
/// </remarks>
internal abstract class FindingRule
{
    /// <summary>Absolute tolerance of threshold comparisons (see remarks).</summary>
    internal const double Tolerance = 1e-9;

    /// <summary>A rule for one code.</summary>
    /// <param name="protocol">The protocol in force (valid).</param>
    /// <param name="code">The rule's finding code.</param>
    protected FindingRule(EmhProtocol protocol, string code)
    {
        Rule = RuleBinding.Of(protocol, code);
        Codes = [code];
    }

    /// <summary>A rule whose one condition has two outcomes, each with its own code and setting.</summary>
    /// <param name="protocol">The protocol in force (valid).</param>
    /// <param name="code">The first outcome's code.</param>
    /// <param name="otherCode">The second outcome's code.</param>
    protected FindingRule(EmhProtocol protocol, string code, string otherCode)
    {
        Rule = RuleBinding.Of(protocol, code);
        Codes = [code, otherCode];
    }

    /// <summary>The protocol's setting of the rule's (first) code.</summary>
    public RuleBinding Rule { get; }

    /// <summary>The codes this rule can raise: one, or two for a family.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Whether the rule runs at all (a family runs when either outcome is enabled).</summary>
    public virtual bool Runs => Rule.Enabled;

    /// <summary>Adds the rule's findings for <paramref name="facts"/> to <paramref name="found"/> (messages not written yet).</summary>
    /// <param name="found">The evaluation's findings so far.</param>
    /// <param name="facts">The plan's facts, checked by <see cref="FindingRuleSet"/>.</param>
    public abstract void Evaluate(ref FindingCollector found, PlanFacts facts);

    /// <summary>The message of a finding this rule added with <paramref name="index"/> (a lesion, field, gap, organ or measured dose).</summary>
    /// <param name="facts">The facts the finding was raised from.</param>
    /// <param name="index">The index given to <see cref="FindingCollector.Add(FindingRule, string, Severity, ImmutableArray{string}, int)"/>.</param>
    public abstract string Message(PlanFacts facts, int index);

    /// <summary>Whether <paramref name="value"/> is below <paramref name="limit"/> by more than <see cref="Tolerance"/>.</summary>
    protected internal static bool Below(double value, double limit) => value < limit - Tolerance;

    /// <summary>Whether <paramref name="value"/> is above <paramref name="limit"/> by more than <see cref="Tolerance"/>.</summary>
    protected internal static bool Above(double value, double limit) => value > limit + Tolerance;
}
