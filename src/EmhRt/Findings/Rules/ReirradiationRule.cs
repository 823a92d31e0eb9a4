using System.Collections.Immutable;
using EmhRt.Protocol;
using static EmhRt.Findings.Rules.RuleText;

namespace EmhRt.Findings.Rules;

/// <summary>
/// <c>REIRRADIATION</c>: earlier courses were given; says which share levels with this course and how the cord dose is
/// summed (BED at α/β 2 Gy, nieder2006, clinical-facts §6). No protocol threshold.
/// </summary>
internal sealed class ReirradiationRule : FindingRule
{
    private static readonly ImmutableArray<string> Citations = [Bibliography.Munn1998, Bibliography.Actabiomed2017, Bibliography.Nieder2006];

    /// <summary>Binds the rule to <paramref name="protocol"/>.</summary>
    public ReirradiationRule(EmhProtocol protocol)
        : base(protocol, FindingCodes.Reirradiation)
    {
    }

    /// <inheritdoc/>
    public override void Evaluate(ref FindingCollector found, PlanFacts facts)
    {
        if (facts.PriorCourseCount > 0)
        {
            found.Add(this, Rule.Code, Rule.Severity, Citations);
        }
    }

    /// <inheritdoc/>
    public override string Message(PlanFacts facts, int index)
    {
        var overlapping = Overlapping(facts);
        var others = facts.NonOverlappingPriorCourseCount;
        var othersText = facts.NonOverlappingPriorCoursesText is { Length: > 0 } text ? " (" + text + ")" : string.Empty;
        if (overlapping <= 0)
        {
            return string.Create(Inv,
                $"{others} earlier {Plural(others, "course")}{othersText} {(others == 1 ? "shares" : "share")} no vertebral level with this course: "
                + $"not re-irradiation of the cord treated now, so the interval and the cumulative limits of nieder2006 are not applied to "
                + $"{(others == 1 ? "it" : "them")}.{Recurrence}");
        }

        var othersClause = others > 0
            ? string.Create(Inv, $"; {others} other earlier {Plural(others, "course")}{othersText} {(others == 1 ? "shares" : "share")} no level with it and {(others == 1 ? "is" : "are")} not counted as re-irradiation")
            : string.Empty;
        return string.Create(Inv,
            $"{overlapping} earlier {Plural(overlapping, "course")} to this region (sharing vertebral levels with this course){LastCourseText(facts)}"
            + $"{othersClause}.{Recurrence} Cord dose is summed as BED at α/β 2 Gy (Gy₂), the unit of the nieder2006 limits, whatever cord α/β is "
            + $"used elsewhere. Recovery between courses: {LowerFirst(ModelText(facts).TrimEnd('.'))}. No recovery model is validated; "
            + $"EmhRt's default gives no recovery credit.");
    }

    /// <summary>When the last prior course was, as a clause, or empty.</summary>
    private static string LastCourseText(PlanFacts facts) =>
        facts.MonthsSinceLastCourse is { } m
            ? string.Create(Inv, $"; the last of them is dated {m:0.#####} months before this course's first fraction")
            : string.Empty;
}
