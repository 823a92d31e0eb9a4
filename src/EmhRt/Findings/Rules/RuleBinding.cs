using EmhRt.Protocol;

namespace EmhRt.Findings.Rules;

/// <summary>
/// What a protocol says about one finding code (<see cref="RuleSetting"/>): whether the rule runs and the severity of
/// its finding. For a two-level rule (<see cref="EmhProtocol.HasThresholdSeverity"/>) the protocol gives no severity
/// and <see cref="Severity"/> is <see cref="Severity.Info"/>, unused: the rule picks caution or warning from its thresholds.
/// </summary>
/// <param name="Code">The finding code (<see cref="FindingCodes"/>).</param>
/// <param name="Enabled">Whether the rule runs (<see cref="RuleSetting.Enabled"/>).</param>
/// <param name="Severity">The finding's severity (<see cref="RuleSetting.Severity"/>).</param>
internal readonly record struct RuleBinding(string Code, bool Enabled, Severity Severity)
{
    /// <summary>The protocol's setting of <paramref name="code"/>.</summary>
    /// <param name="protocol">A valid protocol (it has a setting for every code).</param>
    /// <param name="code">One of <see cref="FindingCodes.All"/>.</param>
    public static RuleBinding Of(EmhProtocol protocol, string code)
    {
        var rule = protocol.GetRule(code);
        return new RuleBinding(code, rule.Enabled, rule.Severity ?? Severity.Info);
    }
}
