using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>REIRRADIATION_INTERVAL_SHORT</c>: a course sharing levels with this one is less than
/// <see cref="EmhProtocol.ReirradiationMinIntervalMonths"/> (months) before it, or two earlier ones were that close.
/// The message quotes nieder2006's own conditions (clinical-facts §6: 6 months, 98 Gy₂, 120 Gy₂) and kirkpatrick2010.
/// </summary>
internal sealed class ReirradiationIntervalShortRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Nieder2006, Bibliography.Kirkpatrick2010];

    private readonly double _months;

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public ReirradiationIntervalShortRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.ReirradiationIntervalShort) =>
        _months = protocol.ReirradiationMinIntervalMonths;

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        // Only a course that shares a level with this one re-irradiates the cord treated now.
        if (Overlapping(facts) > 0
            && ((facts.MonthsSinceLastCourse is { } months && Below(months, _months))
                || (facts.ShortestEarlierIntervalMonths is { } earlier && Below(earlier, _months))))
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var parts = string.Empty;
        if (facts.MonthsSinceLastCourse is { } months && Below(months, _months))
        {
            parts = string.Create(Inv, $"Only {months:0.#####} months from the last course on shared levels (its given date) to the first fraction of this course");
        }

        if (facts.ShortestEarlierIntervalMonths is { } earlier && Below(earlier, _months))
        {
            parts += (parts.Length == 0 ? "Two earlier courses on shared levels were only " : "; two earlier courses on shared levels were only ")
                + string.Create(Inv, $"{earlier:0.#####} months apart");
        }

        return parts + string.Create(Inv,
            $" (less than {_months:0.#####} months). In the re-irradiation data of nieder2006, no myelopathy was reported with "
            + $"intervals of at least 6 months, each course at most 98 Gy₂ and a cumulative cord BED up to 120 Gy₂. Partial repair of "
            + $"cord damage appears about 6 months after radiotherapy and grows over 2 years (kirkpatrick2010).");
    }
}
