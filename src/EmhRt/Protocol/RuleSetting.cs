using EmhRt.Findings;

namespace EmhRt.Protocol;

/// <summary>How a protocol sets one finding rule: whether it runs and, for one-level rules, its severity.</summary>
/// <param name="Code">The rule's finding code (<see cref="FindingCodes"/>).</param>
/// <param name="Enabled">Whether the rule runs.</param>
/// <param name="Severity">
/// The severity of the finding; <see langword="null"/> for the two-level rules
/// (<see cref="EmhProtocol.HasThresholdSeverity"/>), whose caution and warning come from their two thresholds.
/// </param>
public sealed record RuleSetting(string Code, bool Enabled, Severity? Severity)
{
    /// <summary>The rule's finding code (<see cref="FindingCodes"/>).</summary>
    public string Code { get; init; } = Code ?? throw new ArgumentNullException(nameof(Code));
}
