using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using EmhRt.Findings.Rules;
using EmhRt.Organs;
using EmhRt.Protocol;

namespace EmhRt.Findings;

/// <summary>
/// The finding rules of one <see cref="EmhProtocol"/>: one <see cref="FindingRule"/> per finding code (in
/// <c>Findings/Rules/</c>), each bound to the protocol's thresholds and <see cref="RuleSetting"/> once, at construction.
/// Immutable and thread-safe; <see cref="Evaluate"/> turns <see cref="PlanFacts"/> into findings.
/// </summary>
/// <remarks>
/// Messages use only facts from the project's clinical facts with their keys and say where evidence is one case or
/// expert opinion; their numbers are the protocol's, and where a sentence quotes the literature's own recommendation
/// (<see cref="LiteratureRecommendation"/>) and the protocol differs, both are given.
/// </remarks>
internal sealed class FindingRuleSet
{
    /// <summary>
    /// Findings kept on the stack while rules run; more (many lesions or fields) go to a heap buffer. The bound is
    /// codes + organs near the field + lesions + fields + gaps: 48 keeps a plan with a treated span and a few fields on the
    /// stack (24 sent the typical plan to a 1 KB heap buffer once issue 18 added codes: 2.18 -> 1.36 KB per assessment;
    /// 32 did again once issue 21 added five codes and one slot per organ).
    /// </summary>
    private const int InlineCapacity = 48;

    private static readonly Lazy<FindingRuleSet> DefaultRules = new(() => new FindingRuleSet(EmhProtocol.Default));

    /// <summary>The rules that run (enabled by the protocol), in evaluation order: <c>FOLLOW_UP</c> last.</summary>
    private readonly FindingRule[] _running;

    /// <summary>Builds the rules of <paramref name="protocol"/>.</summary>
    /// <param name="protocol">A valid protocol.</param>
    /// <exception cref="ArgumentNullException"><paramref name="protocol"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="protocol"/> is invalid (<see cref="EmhProtocol.Validate"/>).</exception>
    public FindingRuleSet(EmhProtocol protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        var errors = protocol.Validate();
        if (errors.Length > 0)
        {
            throw new ArgumentException("The protocol is invalid: " + string.Join("; ", errors), nameof(protocol));
        }

        Protocol = protocol;
        OrganRules = new OrganModel(protocol);
        var fertility = new FertilityCounsellingRule(protocol, OrganRules);

        // The order does not change the output (findings are sorted by severity and code, and each code comes from one
        // rule), except that FOLLOW_UP must come last: it looks at what the others found.
        Rules =
        [
            new DoseBelowRangeRule(protocol),
            new DoseAboveRangeRule(protocol),
            new FractionSizeOutsideRangeRule(protocol),
            new HypofractionationRule(protocol),
            new SingleFractionRule(protocol),
            new CordEqd2HighRule(protocol),
            new TreatedSpanMissesLesionRule(protocol),
            new CtvMarginMissingRule(protocol),
            new CtvClampedRule(protocol),
            new CtvMultipleSegmentsRule(protocol),
            new LongFieldBloodCountsRule(protocol),
            new PtvMarginOutsideRangeRule(protocol),
            new PtvNotAssessedRule(protocol),
            new PtvExceedsSingleFieldRule(protocol),
            new PtvSegmentsCloseRule(protocol),
            new StartDelayedRule(protocol),
            new PediatricPatientRule(protocol, fertility),
            new ReirradiationRule(protocol),
            new ReirradiationIntervalShortRule(protocol),
            new ReirradiationCumulativeBedRule(protocol),
            new ReirradiationCourseBedHighRule(protocol),
            new OrganThresholdReachableRule(protocol, OrganRules),
            new OrganNearFieldRule(protocol, OrganRules),
            new OrganDoseMeasuredRule(protocol, OrganRules),
            new PregnancyFetalDoseRule(protocol, OrganRules),
            new PregnancyStatusUnknownRule(protocol, OrganRules),
            fertility,
            new GeometryEstimatedRule(protocol),
            new FollowUpRule(protocol),
        ];

        var running = new List<FindingRule>(Rules.Length);
        foreach (var rule in Rules)
        {
            if (rule.Runs)
            {
                running.Add(rule);
            }
        }

        _running = [.. running];
    }

    /// <summary>The rules of <see cref="EmhProtocol.Default"/>, built once.</summary>
    public static FindingRuleSet Default => DefaultRules.Value;

    /// <summary>The protocol these rules were built from.</summary>
    public EmhProtocol Protocol { get; }

    /// <summary>The protocol's organs-at-risk bands and thresholds.</summary>
    public OrganModel OrganRules { get; }

    /// <summary>Every rule unit, enabled or not, in evaluation order (one per finding code or family of codes).</summary>
    public ImmutableArray<FindingRule> Rules { get; }

    /// <summary>
    /// Applies every enabled rule to <paramref name="facts"/>. Findings are ordered by severity (warning first),
    /// then by code (ordinal), then in lesion order. <c>FOLLOW_UP</c> is added only when no other finding is a
    /// caution or warning.
    /// </summary>
    /// <param name="facts">The plan's facts.</param>
    /// <returns>The findings; empty only when every applicable rule is disabled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fact is non-finite or out of its documented range.</exception>
    public ImmutableArray<Finding> Evaluate(PlanFacts facts)
    {
        var pending = Pending(facts);
        var findings = new Finding[pending.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = pending[i].Write(facts);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(findings);
    }

    /// <summary>
    /// <see cref="Evaluate"/>'s findings in its order, each with the code, severity and citations but its message not yet
    /// written (<see cref="PendingFinding.Write"/>): an assessment writes the texts only when a report reads them.
    /// </summary>
    /// <param name="facts">The plan's facts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fact is non-finite or out of its documented range.</exception>
    internal PendingFinding[] Pending(PlanFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Check(facts);
        var possible = FindingCodes.All.Length + System.Numerics.BitOperations.PopCount((uint)facts.OrgansInField) + (facts.Lesions.IsDefault ? 0 : facts.Lesions.Length)
            + (facts.FieldLengthsMm.IsDefault ? 0 : facts.FieldLengthsMm.Length) + (facts.OrganDoses.IsDefault ? 0 : facts.OrganDoses.Length) + (facts.TargetGapsMm.IsDefault ? 0 : facts.TargetGapsMm.Length);
        var slots = default(FindingSlots);
        var found = new FindingCollector(possible <= InlineCapacity ? slots : new PendingFinding[possible]);
        foreach (var rule in _running)
        {
            rule.Evaluate(ref found, facts);
        }

        return found.ToSorted();
    }

    /// <summary>The assessment of measured dose <paramref name="index"/> of <paramref name="facts"/>.</summary>
    internal MeasuredOrganDose AssessMeasured(PlanFacts facts, int index) => OrganDoseMeasuredRule.Assess(OrganRules, facts, index);

    private static void Check(PlanFacts facts)
    {
        Guard.Positive(facts.TotalDoseGy);
        Guard.Positive(facts.DosePerFractionGy);
        Guard.Positive(facts.CordAlphaBetaGy);
        ArgumentOutOfRangeException.ThrowIfLessThan(facts.Fractions, 1, "facts.Fractions");
        ArgumentOutOfRangeException.ThrowIfNegative(facts.PriorCourseCount, "facts.PriorCourseCount");
        ArgumentOutOfRangeException.ThrowIfNegative(facts.CtvLevelCount, "facts.CtvLevelCount");
        ArgumentOutOfRangeException.ThrowIfNegative(facts.CtvSegmentCount, "facts.CtvSegmentCount");
        NonNegative(facts.CordEqd2Gy, "facts.CordEqd2Gy");
        NonNegative(facts.CordMaxDoseGy, "facts.CordMaxDoseGy");
        NonNegative(facts.EmhEqd2Gy, "facts.EmhEqd2Gy");
        NonNegative(facts.PtvMarginSuperiorMm, "facts.PtvMarginSuperiorMm");
        NonNegative(facts.PtvMarginInferiorMm, "facts.PtvMarginInferiorMm");
        NonNegative(facts.PtvMarginRadialMm, "facts.PtvMarginRadialMm");
        NonNegative(facts.PtvLengthMm, "facts.PtvLengthMm");
        NonNegative(facts.AgeYears, "facts.AgeYears");
        NonNegative(facts.MonthsSinceLastCourse, "facts.MonthsSinceLastCourse");
        NonNegative(facts.ShortestEarlierIntervalMonths, "facts.ShortestEarlierIntervalMonths");
        ArgumentOutOfRangeException.ThrowIfNegative(facts.NonOverlappingPriorCourseCount, "facts.NonOverlappingPriorCourseCount");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(facts.NonOverlappingPriorCourseCount, facts.PriorCourseCount, "facts.NonOverlappingPriorCourseCount");
        NonNegative(facts.CumulativeCordBedMaxGy2, "facts.CumulativeCordBedMaxGy2");
        NonNegative(facts.LargestCourseCordBedGy2, "facts.LargestCourseCordBedGy2");
    }

    private static void NonNegative(double? value, string name)
    {
        if (value is { } v && !(v >= 0 && double.IsFinite(v)))
        {
            ThrowNegative(name, v);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowNegative(string name, double value) =>
        throw new ArgumentOutOfRangeException(name, value, "Value must be finite and not negative.");

    [InlineArray(InlineCapacity)]
    private struct FindingSlots
    {
        private PendingFinding _slot;
    }
}
