using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Planning.Input;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.Planning;

/// <summary>
/// Issue 21 "Doses the planning system measured": a measured cord Dmax (<see cref="PlanRequest.CordMaxDose"/>) replaces
/// the prescription assumption. Short courses (1-5 fractions) compare it in physical Gy with the protocol's short-course
/// point for that fraction count (sahgal2013: 12.4/1, 17.0/2, 20.3/3, 23.0/4, 25.3/5 Gy), without the assumed 2 % hot
/// spot (a measured Dmax already holds the plan's hot spots); conventional courses compare the EQD2 of the Dmax delivered
/// in the same fractions, at the cord α/β in force (2 Gy thoracic, nieder2006), with 45 Gy (caution) and 50 Gy (warning).
/// </summary>
public class MeasuredCordDoseTests
{
    [Theory]
    // 8 Gy/1 to C4 is within 12.4 Gy/1 by prescription, but the planning system measured a 13 Gy cord Dmax: above.
    [InlineData("Single_8Gy_measured_13Gy_is_above_12_4Gy_per_1", "C4", 8, 1, 13.0, "warning")]
    // A measured 12 Gy in 1 fraction is within 12.4 Gy/1; no hot spot is added to a measured Dmax.
    [InlineData("Single_8Gy_measured_12Gy_is_within_12_4Gy_per_1", "C4", 8, 1, 12.0, null)]
    // 15 Gy/1 by prescription is above 12.4 Gy/1 (Jackson 1989), but a measured 12.3 Gy is within it.
    [InlineData("Single_15Gy_measured_12_3Gy_is_within_12_4Gy_per_1", "C4", 15, 1, 12.3, null)]
    // 16 Gy/2: measured 17.5 Gy is above 17.0 Gy/2.
    [InlineData("Two_fractions_measured_17_5Gy_is_above_17Gy_per_2", "T6", 16, 2, 17.5, "warning")]
    // 20 Gy/3: measured 20.2 Gy is within 20.3 Gy/3.
    [InlineData("Three_fractions_measured_20_2Gy_is_within_20_3Gy_per_3", "T6", 20, 3, 20.2, null)]
    // 20 Gy/4: measured 23.1 Gy is above 23.0 Gy/4.
    [InlineData("Four_fractions_measured_23_1Gy_is_above_23Gy_per_4", "T6", 20, 4, 23.1, "warning")]
    // 25 Gy/5 by prescription: the assumed 2 % hot spot (25.5 Gy) would cross 25.3 Gy/5 (a caution); a measured 24 Gy does not.
    [InlineData("Five_fractions_25Gy_measured_24Gy_is_within_25_3Gy_per_5", "T6", 25, 5, 24.0, null)]
    // 20 Gy/5: measured 25.4 Gy is above 25.3 Gy/5.
    [InlineData("Five_fractions_20Gy_measured_25_4Gy_is_above_25_3Gy_per_5", "T6", 20, 5, 25.4, "warning")]
    // Conventional 30 Gy/10 (EQD2 37.5 Gy by prescription): measured 34 Gy in 10 → 3.4 Gy/fraction, EQD2 34·5.4/4 = 45.9 > 45.
    [InlineData("Conventional_30Gy_measured_34Gy_EQD2_45_9Gy_is_a_caution", "T6", 30, 10, 34.0, "caution")]
    // Measured 36 Gy in 10 → EQD2 36·5.6/4 = 50.4 > 50.
    [InlineData("Conventional_30Gy_measured_36Gy_EQD2_50_4Gy_is_a_warning", "T6", 30, 10, 36.0, "warning")]
    // Measured 21 Gy in 10 → EQD2 21·4.1/4 = 21.525, far below 45.
    [InlineData("Conventional_20Gy_measured_21Gy_EQD2_21_5Gy_is_below", "T6", 20, 10, 21.0, null)]
    // 54 Gy/10 by prescription is EQD2 99.9 Gy (a warning); the cord measured 20 Gy in 10 → EQD2 20 Gy, below.
    [InlineData("Conventional_54Gy_measured_20Gy_EQD2_20Gy_is_below", "T6", 54, 10, 20.0, null)]
    public void Measured_cord_dmax_is_compared_with_the_limit_for_the_fraction_count(
        string reason, string lesion, double totalGy, int fractions, double measuredGy, string? expected)
    {
        Assert.NotEmpty(reason);
        var assessment = PlanAssessor.Default.Assess(Bare(lesion, totalGy, fractions) with { CordMaxDose = Dose.FromGy(measuredGy) });

        var cord = assessment.Findings.Where(f => f.Code == FindingCodes.CordEqd2High).ToArray();
        if (expected is null)
        {
            Assert.Empty(cord);
        }
        else
        {
            var finding = Assert.Single(cord);
            Assert.Equal(expected, SeverityText.Format(finding.Severity));
            Assert.Contains("measured Dmax", finding.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("prescription assumed", finding.Message, StringComparison.Ordinal);
        }

        Assert.Equal(SpinalCordTolerance.MeasuredDoseSource, assessment.Cord.DoseSource);
        Assert.Equal(SpinalCordTolerance.MeasuredDoseStatement, assessment.Cord.Assumption);
        Assert.Equal(measuredGy, assessment.Cord.Fractionation.TotalDose.Gy);
        Assert.Equal(fractions, assessment.Cord.Fractionation.Fractions);
        var perFraction = measuredGy / fractions;
        Assert.Equal(measuredGy * (perFraction + 2) / 4, assessment.SpinalCord.Eqd2.Gy, 9);
        Assert.Equal(measuredGy * (perFraction + 2) / 4, assessment.Cord.CordEqd2.Gy, 9);
    }

    [Theory]
    [InlineData("C4", 15, 1, "warning")]
    [InlineData("T6", 25, 5, "caution")]
    [InlineData("T6", 54, 10, "warning")]
    public void Without_a_measured_dmax_the_prescription_is_assumed_and_said(string lesion, double totalGy, int fractions, string expected)
    {
        var assessment = PlanAssessor.Default.Assess(Bare(lesion, totalGy, fractions));

        var finding = Assert.Single(assessment.Findings, f => f.Code == FindingCodes.CordEqd2High);
        Assert.Equal(expected, SeverityText.Format(finding.Severity));
        Assert.Contains("prescription assumed", finding.Message, StringComparison.Ordinal);
        Assert.Equal(SpinalCordTolerance.AssumedDoseSource, assessment.Cord.DoseSource);
        Assert.Equal(SpinalCordTolerance.DoseAssumption, assessment.Cord.Assumption);
    }

    [Fact]
    public void Measured_dmax_replaces_the_prescription_in_the_cumulative_reirradiation_bed()
    {
        var prior = new PriorCourse(Regimen(45, 25), new DateOnly(2025, 1, 10));
        var assumed = Seed003() with { StartDate = new DateOnly(2026, 12, 7), PriorCourses = [prior] };
        var measured = assumed with { CordMaxDose = Dose.FromGy(22) };

        var assumedBed = PlanAssessor.Default.Assess(assumed).Reirradiation!.MaximumCumulativeBed.Gy;
        var measuredBed = PlanAssessor.Default.Assess(measured).Reirradiation!.MaximumCumulativeBed.Gy;

        // At α/β 2 (nieder2006): 20 Gy/10 gives BED 20·(1 + 2/2) = 40 Gy₂; a measured 22 Gy in 10 gives 22·(1 + 2.2/2) = 46.2 Gy₂.
        Assert.Equal(6.2, measuredBed - assumedBed, 9);
    }

    [Fact]
    public void A_prior_course_measured_dmax_replaces_its_prescription_in_the_cumulative_bed_and_is_labelled()
    {
        // Prior 45 Gy/25 to the same levels, but the planning system measured a cord Dmax of 40 Gy in those 25 fractions.
        var assumedPrior = new PriorCourse(Regimen(45, 25), new DateOnly(2025, 1, 10));
        var measuredPrior = new PriorCourse(Regimen(45, 25), new DateOnly(2025, 1, 10)) { CordMaxDose = Dose.FromGy(40) };
        var assumed = PlanAssessor.Default.Assess(Seed003() with { StartDate = new DateOnly(2026, 12, 7), PriorCourses = [assumedPrior] });
        var measured = PlanAssessor.Default.Assess(Seed003() with { StartDate = new DateOnly(2026, 12, 7), PriorCourses = [measuredPrior] });

        // α/β 2 (nieder2006): 45 Gy/25 gives 45·(1 + 1.8/2) = 85.5 Gy₂; 40 Gy/25 gives 40·(1 + 1.6/2) = 72 Gy₂: 13.5 Gy₂ less.
        Assert.Equal(13.5, assumed.Reirradiation!.MaximumCumulativeBed.Gy - measured.Reirradiation!.MaximumCumulativeBed.Gy, 9);
        var prior = measured.Reirradiation.Courses.Single(c => !c.IsCurrent);
        Assert.True(prior.CordDoseMeasured);
        Assert.Equal(40, prior.Fractionation.TotalDose.Gy, 9);
        Assert.False(measured.Reirradiation.Courses.Single(c => c.IsCurrent).CordDoseMeasured);
        Assert.Contains("measured cord Dmax where one was given (1 of 2 courses)", string.Join(" ", measured.Reirradiation.Notes), StringComparison.Ordinal);
        Assert.Contains("Each course's prescribed dose is assumed to be its spinal-cord dose.", assumed.Reirradiation.Notes);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(100.5)]
    public void A_prior_course_refuses_an_implausible_measured_dmax(double gy) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PriorCourse(Regimen(45, 25), new DateOnly(2025, 1, 10)) { CordMaxDose = Dose.FromGy(gy) });

    [Fact]
    public void A_zero_measured_dmax_is_accepted_and_gives_no_cord_dose()
    {
        var assessment = PlanAssessor.Default.Assess(Bare("T6", 8, 1) with { CordMaxDose = Dose.Zero });

        Assert.Equal(0, assessment.SpinalCord.Eqd2.Gy);
        Assert.DoesNotContain(assessment.Findings, f => f.Code == FindingCodes.CordEqd2High);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void An_implausible_measured_dmax_is_refused_with_the_input_sanity_bound(double gy)
    {
        var result = new PlanInput { Lesion = "T5-T8", DoseGy = 20, Fractions = 10, CordMaxDoseGy = gy }.ToRequest();

        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(PlanField.CordMaxDose, error.Field);
        Assert.Contains("expected 0 to 100 Gy (input-sanity limit, not a clinical threshold)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_assessor_refuses_a_negative_measured_dmax_from_a_library_caller()
    {
        var request = Bare("T5-T8", 20, 10) with { CordMaxDose = Dose.FromGy(-1) };

        Assert.False(PlanAssessor.Default.TryAssess(request, out _, out var error));
        Assert.Contains("not a plausible measured cord Dmax", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_input_passes_the_measured_dmax_to_the_request()
    {
        var result = new PlanInput { Lesion = "T5-T8", DoseGy = 20, Fractions = 10, CordMaxDoseGy = 21.4 }.ToRequest();

        Assert.True(result.Success);
        Assert.Equal(Dose.FromGy(21.4), result.Request!.CordMaxDose);
    }
}
