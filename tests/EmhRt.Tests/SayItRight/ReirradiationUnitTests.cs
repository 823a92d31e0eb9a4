using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Reirradiation;
using EmhRt.Spine;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.SayItRight;

/// <summary>
/// Issue 18, items 1 and 3: the nieder2006 limits are BED at α/β 2 Gy (Gy₂) and are compared only with sums at α/β 2;
/// a prior course that shares no level with the current one is not re-irradiation of that cord.
/// </summary>
public class ReirradiationUnitTests
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    private static PriorCourse Prior(double total, int fractions, DateOnly date, string spans) =>
        new(Regimen(total, fractions), date, Spans(spans), SpineAnatomy.Standard);

    public static TheoryData<string, double, int, string, double, int, double, double, string[]> LumbarPlans => new()
    {
        // The issue's example: L3 15 Gy x 1 after 20 Gy/10 to L2-L4. At α/β 2: current 127.5, prior 40, sum 167.5 Gy₂.
        // At α/β 4 the sum was 101.25 "Gy" and raised nothing.
        { "L3", 15, 1, "L2-L4", 20, 10, 167.5, 127.5, [FindingCodes.ReirradiationCourseBedHigh, FindingCodes.ReirradiationCumulativeBed] },
        // L3-S1 20 Gy/10 after 30 Gy/15: 40 + 60 = 100 Gy₂ (75 Gy₄ before): within the limits either way.
        { "L3-S1", 20, 10, "L2-S2", 30, 15, 100, 60, [] },
        // Lumbar 25 Gy/5 after 30 Gy/10 to the same levels: 87.5 + 75 = 162.5 Gy₂ > 135.5 (α/β 4: 56.25 + 52.5 = 108.75).
        { "L2-L4", 25, 5, "L1-L5", 30, 10, 162.5, 87.5, [FindingCodes.ReirradiationCumulativeBed] },
    };

    [Theory]
    [MemberData(nameof(LumbarPlans))]
    public void Lumbar_re_irradiation_is_compared_with_nieder_limits_in_Gy2_because_they_are_BED_at_alpha_beta_2(
        string lesion, double total, int fractions, string priorSpans, double priorTotal, int priorFractions,
        double expectedCumulativeGy2, double expectedLargestGy2, string[] expectedLimitCodes)
    {
        var request = Bare(lesion, total, fractions) with
        {
            StartDate = Start,
            PriorCourses = [Prior(priorTotal, priorFractions, new DateOnly(2025, 1, 10), priorSpans)],
        };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal(4, assessment.SpinalCord.AlphaBeta.Gy);
        Assert.Equal(expectedCumulativeGy2, assessment.Reirradiation!.MaximumCumulativeBed.Gy, 9);
        Assert.Equal(expectedLargestGy2, assessment.Reirradiation.LargestSingleCourseBed.Gy, 9);
        string[] limitCodes = [FindingCodes.ReirradiationCourseBedHigh, FindingCodes.ReirradiationCumulativeBed];
        Assert.Equal(expectedLimitCodes, SortedCodes(assessment).Where(limitCodes.Contains).ToArray());
        foreach (var finding in assessment.Findings.Where(f => limitCodes.Contains(f.Code)))
        {
            Assert.Equal(Severity.Warning, finding.Severity);
            Assert.Contains("Gy₂", finding.Message, StringComparison.Ordinal);
        }

        // Each level shows both figures, each labelled by its α/β.
        var level = assessment.Reirradiation.Levels.First(l => l.InCurrentCourse);
        Assert.Equal(4, level.AlphaBeta.Gy);
        Assert.True(level.CumulativeBedGy2 > level.CumulativeBed);
    }

    [Fact]
    public void Text_report_says_Gy2_where_a_Gy2_limit_is_applied_and_labels_the_alpha_beta_4_figure()
    {
        var request = Bare("L3", 15, 1) with
        {
            StartDate = Start,
            PriorCourses = [Prior(20, 10, new DateOnly(2025, 1, 10), "L2-L4")],
        };

        var text = System.Text.RegularExpressions.Regex.Replace(
            EmhRt.Reporting.PlanTextReport.ToText(PlanAssessor.Default.Assess(request), EmhRt.Tests.Reporting.ReportingCases.Tool, useColor: false), @"\s+", " ");

        Assert.Contains("cumulative cord BED max 167.5 Gy₂", text, StringComparison.Ordinal);
        Assert.Contains("largest single-course BED 127.5 Gy₂ (> 98 Gy₂)", text, StringComparison.Ordinal);
        Assert.Contains("101.3 Gy₄", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BED 40.0 Gy (", text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, bool> PriorRegions => new()
    {
        // Current T5-T8 (PTV 10 mm reaches T4-T9, CTV T4-T9 → about T3-T10); prior L3-S1 two months before: no shared level.
        { "T5-T8", "L3-S1", false },
        // Prior T8-T12 shares T8-T10 with the current course: re-irradiation, interval 2 months is short.
        { "T5-T8", "T8-T12", true },
    };

    [Theory]
    [MemberData(nameof(PriorRegions))]
    public void A_prior_course_sharing_no_level_is_not_re_irradiation_so_its_interval_raises_nothing(string lesion, string priorSpans, bool overlaps)
    {
        var request = Bare(lesion, 20, 10) with
        {
            PtvMargin = EmhRt.Volumes.PtvMargin.Isotropic(10),
            StartDate = Start,
            PriorCourses = [Prior(20, 10, new DateOnly(2026, 10, 1), priorSpans)],
        };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal(overlaps, SortedCodes(assessment).Contains(FindingCodes.ReirradiationIntervalShort));
        Assert.Equal(overlaps ? 1 : 0, assessment.Reirradiation!.OverlappingPriorCourseCount);
        Assert.Equal(overlaps, assessment.Reirradiation.Courses[0].SharesLevelWithCurrent);
        var message = Single(assessment, FindingCodes.Reirradiation).Message;
        if (overlaps)
        {
            Assert.StartsWith("1 earlier course to this region (sharing vertebral levels with this course)", message, StringComparison.Ordinal);
        }
        else
        {
            Assert.StartsWith("1 earlier course (20 Gy/10 on 2026-10-01 to L3-S1) shares no vertebral level with this course", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Count_of_earlier_courses_counts_only_overlapping_ones_and_lists_the_others()
    {
        var request = Seed003() with
        {
            StartDate = Start,
            PriorCourses =
            [
                Prior(20, 10, new DateOnly(2024, 1, 10), "T5-T8"),
                Prior(20, 10, new DateOnly(2026, 10, 1), "L4-S1"),
            ],
        };

        var assessment = PlanAssessor.Default.Assess(request);

        var message = Single(assessment, FindingCodes.Reirradiation).Message;
        Assert.StartsWith("1 earlier course to this region", message, StringComparison.Ordinal);
        Assert.Contains("1 other earlier course (20 Gy/10 on 2026-10-01 to L4-S1) shares no level with it", message, StringComparison.Ordinal);
        Assert.DoesNotContain(FindingCodes.ReirradiationIntervalShort, SortedCodes(assessment));
    }

    [Fact]
    public void Two_earlier_courses_three_months_apart_on_the_same_levels_raise_the_short_interval_finding()
    {
        var request = Seed003() with
        {
            StartDate = Start,
            PriorCourses =
            [
                Prior(20, 10, new DateOnly(2024, 1, 10), "T4-T9"),
                Prior(20, 10, new DateOnly(2024, 4, 10), "T5-T8"),
            ],
        };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.False(assessment.Reirradiation!.IntervalWithinNiederExperience);
        Assert.Equal(3, assessment.Reirradiation.ShortestEarlierIntervalMonths);
        Assert.StartsWith("Two earlier courses on shared levels were only 3 months apart",
            Single(assessment, FindingCodes.ReirradiationIntervalShort).Message, StringComparison.Ordinal);
    }
}

/// <summary>Property (issue 18): no finding compares quantities in different units.</summary>
public class UnitPropertyTests
{
    private static readonly string[] Lesions = ["C4", "T6", "T11-L1", "L3", "L4-S1", "S2"];

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Re_irradiation_findings_compare_Gy2_with_Gy2_whatever_the_cord_alpha_beta(
        FsCheck.PositiveInt lesion, FsCheck.PositiveInt dose, FsCheck.PositiveInt fractions, FsCheck.PositiveInt priorDose, FsCheck.PositiveInt months)
    {
        var text = Lesions[lesion.Get % Lesions.Length];
        var n = 1 + (fractions.Get % 20);
        var total = 1 + (dose.Get % 40);
        var prior = new PriorCourse(Regimen(10 + (priorDose.Get % 60), 10 + (priorDose.Get % 20)), new DateOnly(2026, 12, 1).AddMonths(-(1 + (months.Get % 48))));
        var request = Bare(text, total, n) with { StartDate = new DateOnly(2026, 12, 1), PriorCourses = [prior] };
        var a = PlanAssessor.Default.Assess(request);
        var re = a.Reirradiation!;

        // The limits are compared with sums at α/β 2 Gy: recompute them at α/β 2 and check the findings agree.
        var gy2 = EmhRt.Radiobiology.LinearQuadratic.Bed(prior.Fractionation, NiederLimits.AlphaBeta).Gy + EmhRt.Radiobiology.LinearQuadratic.Bed(request.Regimen, NiederLimits.AlphaBeta).Gy;
        var cumulative = a.Findings.Any(f => f.Code == FindingCodes.ReirradiationCumulativeBed);
        var messagesInGy2 = a.Findings
            .Where(f => f.Code is FindingCodes.ReirradiationCumulativeBed or FindingCodes.ReirradiationCourseBedHigh)
            .All(f => f.Message.Contains("Gy₂", StringComparison.Ordinal) && !f.Message.Contains("Gy₄", StringComparison.Ordinal));
        return Math.Abs(re.MaximumCumulativeBed.Gy - gy2) < 1e-9
            && cumulative == (gy2 > 120 + 1e-9)
            && messagesInGy2;
    }
}
