using System.Collections.Immutable;
using EmhRt.Findings;
using EmhRt.Findings.Rules;
using EmhRt.Protocol;

namespace EmhRt.Tests.Findings.Rules;

/// <summary>
/// The rule units of <c>Findings/Rules/</c> one by one: each fires past its protocol threshold and not within the
/// 1e-9 tolerance, is silent when its <see cref="RuleSetting"/> disables it, and takes the protocol's severity.
/// </summary>
public class RuleUnitTests
{
    private const double JustInside = 1e-10;
    private const double JustPast = 1e-6;

    /// <summary>The rule unit of <paramref name="code"/> in <paramref name="rules"/>.</summary>
    private static FindingRule Unit(FindingRuleSet rules, string code) => Assert.Single(rules.Rules, r => r.Codes.Contains(code));

    /// <summary>What one rule unit finds on its own.</summary>
    private static PendingFinding[] RunUnit(FindingRule rule, PlanFacts facts)
    {
        var buffer = new PendingFinding[64];
        var found = new FindingCollector(buffer);
        rule.Evaluate(ref found, facts);
        return found.ToSorted();
    }

    /// <summary>The clean plan of <see cref="FindingRulesTests.Clean"/> with one fact set to <paramref name="value"/>.</summary>
    private static PlanFacts With(string fact, double value)
    {
        var clean = FindingRulesTests.Clean();
        return fact switch
        {
            "total" => clean with { TotalDoseGy = value, DosePerFractionGy = value / clean.Fractions },
            "dose per fraction" => clean with { DosePerFractionGy = value, TotalDoseGy = value * clean.Fractions },
            "fractions" => clean with { Fractions = (int)value, DosePerFractionGy = clean.TotalDoseGy / value },
            "cord EQD2" => clean with { CordEqd2Gy = value },
            "PTV superior margin" => clean with { PtvMarginSuperiorMm = value },
            "PTV radial margin" => clean with { PtvMarginRadialMm = value },
            "no PTV margin" => clean with { PtvMarginSuperiorMm = null, PtvMarginInferiorMm = null, PtvMarginRadialMm = null, PtvLengthMm = null },
            "PTV length" => clean with { PtvLengthMm = value },
            "gap between targets" => clean with { CtvSegmentCount = 2, TargetGapsMm = [value] },
            "CTV levels" => clean with { CtvLevelCount = (int)value },
            "segments" => clean with { CtvSegmentCount = (int)value },
            "start delay" => clean with { StartDelayDays = (int)value, StartDelayText = "holidays" },
            "age" => clean with { AgeYears = value },
            "prior courses" => clean with { PriorCourseCount = (int)value },
            "months since last course" => clean with { PriorCourseCount = 1, MonthsSinceLastCourse = value },
            "cumulative cord BED" => clean with { PriorCourseCount = 1, CumulativeCordBedMaxGy2 = value },
            "course cord BED" => clean with { PriorCourseCount = 1, LargestCourseCordBedGy2 = value },
            "CTV clamped" => clean with { CtvClampedCranially = value > 0 },
            "geometry estimated" => clean with { GeometryIsEstimate = value > 0 },
            "age of a woman, pelvis in the field" => clean with
            {
                Sex = global::EmhRt.Sex.Female, AgeYears = value, AbdomenOrPelvisInField = true, Anatomy = global::EmhRt.Spine.SpineAnatomy.Standard,
            },
            "pregnant" => clean with { PregnancyStatus = global::EmhRt.Planning.PregnancyStatus.Pregnant, Anatomy = global::EmhRt.Spine.SpineAnatomy.Standard },
            "age, ovaries near the field" => clean with
            {
                AgeYears = value, OrgansInField = 1 << (int)global::EmhRt.Organs.OrganAtRisk.Ovaries, Anatomy = global::EmhRt.Spine.SpineAnatomy.Standard,
            },
            "organ in field and reachable" => clean with
            {
                OrgansInField = 1 << (int)value, OrgansCaution = 1 << (int)value, Anatomy = global::EmhRt.Spine.SpineAnatomy.Standard,
            },
            "organ in field" => clean with { OrgansInField = 1 << (int)value, Anatomy = global::EmhRt.Spine.SpineAnatomy.Standard },
            _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "No such fact in this table."),
        };
    }

    [Fact]
    public void Every_finding_code_has_exactly_one_rule_unit()
    {
        var codes = FindingRuleSet.Default.Rules.SelectMany(r => r.Codes).ToArray();
        Assert.Equal(FindingCodes.All.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        Assert.Equal(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(FindingRuleSet.Default.Rules, r => Assert.Equal(r.Codes[0], r.Rule.Code));
    }

    [Fact]
    public void Each_rule_unit_is_its_own_type_and_a_family_has_two_codes_only_when_they_share_one_assessment()
    {
        var rules = FindingRuleSet.Default.Rules;
        Assert.Equal(rules.Length, rules.Select(r => r.GetType()).Distinct().Count());
        var family = Assert.Single(rules, r => r.Codes.Length > 1);
        Assert.IsType<OrganDoseMeasuredRule>(family);
        Assert.Equal([FindingCodes.OrganDoseAboveConstraint, FindingCodes.OrganDoseNotAssessed], family.Codes.ToArray());
    }

    [Fact]
    public void Follow_up_runs_last_because_it_reads_what_the_others_found()
    {
        Assert.IsType<FollowUpRule>(FindingRuleSet.Default.Rules[^1]);
    }

    /// <summary>Default protocol: each rule at its threshold, within the tolerance and just past it.</summary>
    [Theory]
    [InlineData("16 Gy is the lower end of 16-20 Gy, not below it", FindingCodes.DoseBelowRange, "total", 16.0, false)]
    [InlineData("16 Gy less binary noise is still 16 Gy", FindingCodes.DoseBelowRange, "total", 16.0 - JustInside, false)]
    [InlineData("15.999999 Gy is below 16 Gy", FindingCodes.DoseBelowRange, "total", 16.0 - JustPast, true)]
    [InlineData("20 Gy plus binary noise is still 20 Gy", FindingCodes.DoseAboveRange, "total", 20.0 + JustInside, false)]
    [InlineData("20.000001 Gy is above 20 Gy", FindingCodes.DoseAboveRange, "total", 20.0 + JustPast, true)]
    [InlineData("1.8 Gy less binary noise (16.2 Gy / 9) is classical", FindingCodes.FractionSizeOutsideRange, "dose per fraction", 1.8 - JustInside, false)]
    [InlineData("1.799999 Gy is below the classical range", FindingCodes.FractionSizeOutsideRange, "dose per fraction", 1.8 - JustPast, true)]
    [InlineData("2 Gy plus binary noise is classical", FindingCodes.FractionSizeOutsideRange, "dose per fraction", 2.0 + JustInside, false)]
    [InlineData("2.000001 Gy is above the classical range", FindingCodes.FractionSizeOutsideRange, "dose per fraction", 2.0 + JustPast, true)]
    [InlineData("3 Gy less binary noise is hypofractionated", FindingCodes.Hypofractionation, "dose per fraction", 3.0 - JustInside, true)]
    [InlineData("2.999999 Gy is not hypofractionated", FindingCodes.Hypofractionation, "dose per fraction", 3.0 - JustPast, false)]
    [InlineData("one fraction is a single-fraction course", FindingCodes.SingleFraction, "fractions", 1, true)]
    [InlineData("two fractions are not", FindingCodes.SingleFraction, "fractions", 2, false)]
    [InlineData("cord EQD2 45 Gy plus noise is at the caution point, not above", FindingCodes.CordEqd2High, "cord EQD2", 45.0 + JustInside, false)]
    [InlineData("cord EQD2 45.000001 Gy is above the caution point", FindingCodes.CordEqd2High, "cord EQD2", 45.0 + JustPast, true)]
    [InlineData("a 10 mm PTV margin less noise is inside 10-20 mm", FindingCodes.PtvMarginOutsideRange, "PTV superior margin", 10.0 - JustInside, false)]
    [InlineData("a 9.999999 mm PTV margin is outside 10-20 mm", FindingCodes.PtvMarginOutsideRange, "PTV superior margin", 10.0 - JustPast, true)]
    [InlineData("a 20.000001 mm radial margin is outside 10-20 mm", FindingCodes.PtvMarginOutsideRange, "PTV radial margin", 20.0 + JustPast, true)]
    [InlineData("no PTV margin means no PTV was assessed", FindingCodes.PtvNotAssessed, "no PTV margin", 0, true)]
    [InlineData("a 386 mm PTV with 7 mm field margins is a 400 mm field, which fits", FindingCodes.PtvExceedsSingleField, "PTV length", 386.0 + JustInside, false)]
    [InlineData("a 386.000001 mm PTV does not fit a 400 mm field", FindingCodes.PtvExceedsSingleField, "PTV length", 386.0 + JustPast, true)]
    [InlineData("targets 14 mm apart less noise are at the junction distance", FindingCodes.PtvSegmentsClose, "gap between targets", 14.0 - JustInside, false)]
    [InlineData("targets 13.999999 mm apart are closer than the junction distance", FindingCodes.PtvSegmentsClose, "gap between targets", 14.0 - JustPast, true)]
    [InlineData("two CTV segments", FindingCodes.CtvMultipleSegments, "segments", 2, true)]
    [InlineData("one CTV segment", FindingCodes.CtvMultipleSegments, "segments", 1, false)]
    [InlineData("a CTV stopped at C1", FindingCodes.CtvClamped, "CTV clamped", 1, true)]
    [InlineData("7 CTV levels are not a long field", FindingCodes.LongFieldBloodCounts, "CTV levels", 7, false)]
    [InlineData("8 CTV levels are a long field", FindingCodes.LongFieldBloodCounts, "CTV levels", 8, true)]
    [InlineData("a start moved by 2 days is within the protocol's 2 days", FindingCodes.StartDelayed, "start delay", 2, false)]
    [InlineData("a start moved by 3 days is reported", FindingCodes.StartDelayed, "start delay", 3, true)]
    [InlineData("18 years less noise is an adult", FindingCodes.PediatricPatient, "age", 18.0 - JustInside, false)]
    [InlineData("17.999999 years is under 18", FindingCodes.PediatricPatient, "age", 18.0 - JustPast, true)]
    [InlineData("one earlier course is re-irradiation", FindingCodes.Reirradiation, "prior courses", 1, true)]
    [InlineData("6 months less noise is not short", FindingCodes.ReirradiationIntervalShort, "months since last course", 6.0 - JustInside, false)]
    [InlineData("5.999999 months is shorter than 6", FindingCodes.ReirradiationIntervalShort, "months since last course", 6.0 - JustPast, true)]
    [InlineData("120 Gy2 plus noise is at the cumulative caution point", FindingCodes.ReirradiationCumulativeBed, "cumulative cord BED", 120.0 + JustInside, false)]
    [InlineData("120.000001 Gy2 is above the cumulative caution point", FindingCodes.ReirradiationCumulativeBed, "cumulative cord BED", 120.0 + JustPast, true)]
    [InlineData("98 Gy2 plus noise in one course is at nieder2006's limit", FindingCodes.ReirradiationCourseBedHigh, "course cord BED", 98.0 + JustInside, false)]
    [InlineData("98.000001 Gy2 in one course is above it", FindingCodes.ReirradiationCourseBedHigh, "course cord BED", 98.0 + JustPast, true)]
    [InlineData("population lengths are an estimate", FindingCodes.GeometryEstimated, "geometry estimated", 1, true)]
    [InlineData("a woman of 12 less noise is of child-bearing age", FindingCodes.PregnancyStatusUnknown, "age of a woman, pelvis in the field", 12.0 - JustInside, true)]
    [InlineData("a girl of 11.999999 is not asked", FindingCodes.PregnancyStatusUnknown, "age of a woman, pelvis in the field", 12.0 - JustPast, false)]
    [InlineData("a woman of 55.000001 is not asked", FindingCodes.PregnancyStatusUnknown, "age of a woman, pelvis in the field", 55.0 + JustPast, false)]
    [InlineData("a pregnant patient", FindingCodes.PregnancyFetalDose, "pregnant", 0, true)]
    [InlineData("ovaries near the field at 55 plus noise", FindingCodes.FertilityCounselling, "age, ovaries near the field", 55.0 + JustInside, true)]
    [InlineData("ovaries near the field at 55.000001 years", FindingCodes.FertilityCounselling, "age, ovaries near the field", 55.0 + JustPast, false)]
    [InlineData("kidneys whose threshold the prescription could reach", FindingCodes.OrganThresholdReachable, "organ in field and reachable", (int)global::EmhRt.Organs.OrganAtRisk.Kidneys, true)]
    [InlineData("the heart near the field", FindingCodes.OrganNearField, "organ in field", (int)global::EmhRt.Organs.OrganAtRisk.Heart, true)]
    [InlineData("a reachable organ is not listed again as near", FindingCodes.OrganNearField, "organ in field and reachable", (int)global::EmhRt.Organs.OrganAtRisk.Kidneys, false)]
    public void Rule_unit_fires_past_its_threshold_and_not_within_the_tolerance(string reason, string code, string fact, double value, bool fires)
    {
        var unit = Unit(FindingRuleSet.Default, code);
        var found = RunUnit(unit, With(fact, value));
        Assert.True(fires == found.Any(f => f.Code == code), reason);
        Assert.All(found, f => Assert.True(ReferenceEquals(f.Source, unit) || f.Source is Finding, reason));
        if (fires)
        {
            var finding = Assert.Single(found, f => f.Code == code).Write(With(fact, value));
            Assert.False(string.IsNullOrWhiteSpace(finding.Message), reason);
        }
    }

    /// <summary>Every rule of the table above is silent when the protocol disables it, in the unit and in the whole set.</summary>
    [Theory]
    [InlineData(FindingCodes.DoseBelowRange, "total", 10.0)]
    [InlineData(FindingCodes.DoseAboveRange, "total", 30.0)]
    [InlineData(FindingCodes.FractionSizeOutsideRange, "dose per fraction", 1.5)]
    [InlineData(FindingCodes.Hypofractionation, "dose per fraction", 4.0)]
    [InlineData(FindingCodes.SingleFraction, "fractions", 1)]
    [InlineData(FindingCodes.CordEqd2High, "cord EQD2", 55.0)]
    [InlineData(FindingCodes.PtvMarginOutsideRange, "PTV superior margin", 5.0)]
    [InlineData(FindingCodes.PtvNotAssessed, "no PTV margin", 0)]
    [InlineData(FindingCodes.PtvExceedsSingleField, "PTV length", 450.0)]
    [InlineData(FindingCodes.PtvSegmentsClose, "gap between targets", 5.0)]
    [InlineData(FindingCodes.CtvMultipleSegments, "segments", 2)]
    [InlineData(FindingCodes.CtvClamped, "CTV clamped", 1)]
    [InlineData(FindingCodes.LongFieldBloodCounts, "CTV levels", 12)]
    [InlineData(FindingCodes.StartDelayed, "start delay", 5)]
    [InlineData(FindingCodes.PediatricPatient, "age", 10.0)]
    [InlineData(FindingCodes.Reirradiation, "prior courses", 1)]
    [InlineData(FindingCodes.ReirradiationIntervalShort, "months since last course", 3.0)]
    [InlineData(FindingCodes.ReirradiationCumulativeBed, "cumulative cord BED", 140.0)]
    [InlineData(FindingCodes.ReirradiationCourseBedHigh, "course cord BED", 110.0)]
    [InlineData(FindingCodes.GeometryEstimated, "geometry estimated", 1)]
    public void Rule_disabled_by_its_setting_does_not_run(string code, string fact, double value)
    {
        var facts = With(fact, value);
        Assert.Contains(FindingRuleSet.Default.Evaluate(facts), f => f.Code == code);

        var rules = new FindingRuleSet(WithSetting(EmhProtocol.Default, code, enabled: false, EmhProtocol.Default.GetRule(code).Severity));
        Assert.False(Unit(rules, code).Runs);
        Assert.DoesNotContain(rules.Evaluate(facts), f => f.Code == code);
    }

    /// <summary>A one-level rule takes the severity the protocol gives it.</summary>
    [Theory]
    [InlineData(FindingCodes.DoseBelowRange, "total", 10.0, Severity.Info)]
    [InlineData(FindingCodes.DoseAboveRange, "total", 30.0, Severity.Warning)]
    [InlineData(FindingCodes.PtvMarginOutsideRange, "PTV superior margin", 5.0, Severity.Warning)]
    [InlineData(FindingCodes.PediatricPatient, "age", 10.0, Severity.Caution)]
    [InlineData(FindingCodes.ReirradiationIntervalShort, "months since last course", 3.0, Severity.Info)]
    [InlineData(FindingCodes.GeometryEstimated, "geometry estimated", 1, Severity.Caution)]
    public void Rule_takes_the_severity_its_setting_gives(string code, string fact, double value, Severity severity)
    {
        var rules = new FindingRuleSet(WithSetting(EmhProtocol.Default, code, enabled: true, severity));
        Assert.Equal(severity, Assert.Single(rules.Evaluate(With(fact, value)), f => f.Code == code).Severity);
    }

    /// <summary>The two-level rules pick caution or warning from their two thresholds, not from a setting.</summary>
    [Theory]
    [InlineData("cord EQD2 between 45 and 50 Gy is a caution", FindingCodes.CordEqd2High, "cord EQD2", 47.0, Severity.Caution)]
    [InlineData("cord EQD2 above 50 Gy is a warning", FindingCodes.CordEqd2High, "cord EQD2", 50.5, Severity.Warning)]
    [InlineData("cumulative cord BED between 120 and 135.5 Gy2 is a caution", FindingCodes.ReirradiationCumulativeBed, "cumulative cord BED", 130.0, Severity.Caution)]
    [InlineData("cumulative cord BED above 135.5 Gy2 is a warning", FindingCodes.ReirradiationCumulativeBed, "cumulative cord BED", 136.0, Severity.Warning)]
    public void Two_level_rule_takes_its_severity_from_its_thresholds(string reason, string code, string fact, double value, Severity severity)
    {
        var found = Assert.Single(RunUnit(Unit(FindingRuleSet.Default, code), With(fact, value)));
        Assert.True(severity == found.Severity, reason);
    }

    [Fact]
    public void Organ_dose_family_runs_while_either_outcome_is_enabled()
    {
        var aboveOff = new FindingRuleSet(WithSetting(EmhProtocol.Default, FindingCodes.OrganDoseAboveConstraint, false, Severity.Caution));
        Assert.True(Unit(aboveOff, FindingCodes.OrganDoseNotAssessed).Runs);
        var bothOff = new FindingRuleSet(WithSetting(
            WithSetting(EmhProtocol.Default, FindingCodes.OrganDoseAboveConstraint, false, Severity.Caution),
            FindingCodes.OrganDoseNotAssessed, false, Severity.Info));
        Assert.False(Unit(bothOff, FindingCodes.OrganDoseAboveConstraint).Runs);
    }

    [Fact]
    public void Thresholds_are_bound_from_the_protocol_in_force()
    {
        var protocol = EmhProtocol.Default with { DoseRangeMinGy = 12, DoseRangeMaxGy = 24, PediatricAgeYears = 16 };
        var rules = new FindingRuleSet(protocol);
        Assert.Empty(RunUnit(Unit(rules, FindingCodes.DoseBelowRange), With("total", 14)));
        Assert.Single(RunUnit(Unit(rules, FindingCodes.DoseBelowRange), With("total", 11.9)));
        Assert.Empty(RunUnit(Unit(rules, FindingCodes.DoseAboveRange), With("total", 22)));
        Assert.Empty(RunUnit(Unit(rules, FindingCodes.PediatricPatient), With("age", 17)));
        Assert.Single(RunUnit(Unit(rules, FindingCodes.PediatricPatient), With("age", 15)));
    }

    /// <summary><paramref name="protocol"/> with the setting of <paramref name="code"/> replaced.</summary>
    internal static EmhProtocol WithSetting(EmhProtocol protocol, string code, bool enabled, Severity? severity) =>
        protocol with
        {
            Rules = [.. protocol.Rules.Select(r => r.Code == code ? new RuleSetting(code, enabled, severity) : r)],
        };
}
