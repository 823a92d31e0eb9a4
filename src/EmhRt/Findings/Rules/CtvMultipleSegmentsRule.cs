using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>CTV_MULTIPLE_SEGMENTS</c>: the CTV has separate spans, each with its own margin; EMH recurs outside an earlier
/// field (fontanesi2020, clinical-facts §3). No protocol threshold.
/// </summary>
internal sealed class CtvMultipleSegmentsRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Cailleteau2023, Bibliography.Fontanesi2020];

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public CtvMultipleSegmentsRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.CtvMultipleSegments)
    {
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.CtvSegmentCount > 1)
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index) => string.Create(Inv,
        $"The CTV has {facts.CtvSegmentCount} separate spans{(facts.CtvSegmentsText is null ? string.Empty : " (")}{facts.CtvSegmentsText}{(facts.CtvSegmentsText is null ? string.Empty : ")")} "
        + $"with {GapsText(facts)} between them. Each span carries its own margin.{SegmentGapsText(facts)} EMH has recurred outside an "
        + $"earlier field (fontanesi2020); decide whether to treat the spans as separate targets or as one.");

    /// <summary>The gaps between CTV segments in words.</summary>
    private static string GapsText(PlanFacts facts) =>
        facts.CtvGapLevels.IsDefault || facts.CtvGapLevels.Length == 0 ? "untreated levels" : GapText(facts.CtvGapLevels);

    /// <summary>The gaps between the segments' targets in mm, as a sentence.</summary>
    private static string SegmentGapsText(PlanFacts facts)
    {
        if (facts.TargetGapsMm.IsDefaultOrEmpty)
        {
            return " The levels between them are not in the CTV.";
        }

        var what = facts.PtvLengthMm is null ? "CTV segments" : "PTVs";
        var text = string.Empty;
        var overlap = false;
        foreach (var gap in facts.TargetGapsMm)
        {
            text += (text.Length == 0 ? string.Empty : ", ") + (gap > 0 ? string.Create(Inv, $"{gap:0.#} mm apart") : string.Create(Inv, $"overlapping by {-gap:0.#} mm"));
            overlap |= gap <= 0;
        }

        return string.Create(Inv, $" Between the {what}: {text}{(overlap ? "; where they overlap, the levels between the CTV spans are inside the PTV, not untreated" : "; the levels between them are not treated")}.");
    }
}
