using System.Collections.Immutable;
using System.Globalization;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Protocol;
using EmhRt.Tests.Properties;
using FsCheck;
using FsCheck.Xunit;

namespace EmhRt.Tests.Findings;

public class FindingRulesTests
{
    /// <summary>20 Gy in 10 × 2 Gy, cord EQD2 20 Gy at α/β 2, five-level CTV, 10 mm PTV margins: nothing to flag.</summary>
    internal static PlanFacts Clean() => new()
    {
        TotalDoseGy = 20,
        Fractions = 10,
        DosePerFractionGy = 2,
        CordEqd2Gy = 20,
        CordAlphaBetaGy = 2,
        EmhEqd2Gy = 20,
        CtvSegmentCount = 1,
        CtvLevelCount = 6,
        PtvMarginSuperiorMm = 10,
        PtvMarginInferiorMm = 10,
        PtvMarginRadialMm = 10,
        PtvLengthMm = 180,
    };

    private static PlanFacts Regimen(double total, int fractions, double cordEqd2) =>
        Clean() with { TotalDoseGy = total, Fractions = fractions, DosePerFractionGy = total / fractions, CordEqd2Gy = cordEqd2 };

    private static ImmutableArray<Finding> Run(PlanFacts facts) => FindingRuleSet.Default.Evaluate(facts);

    private static string[] Codes(ImmutableArray<Finding> findings)
    {
        var codes = new string[findings.Length];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = findings[i].Code;
        }

        return codes;
    }

    private static Finding Single(ImmutableArray<Finding> findings, string code) => Assert.Single(findings, f => f.Code == code);

    [Fact]
    public void Clean_plan_gives_exactly_follow_up()
    {
        var findings = Run(Clean());
        Assert.Equal([FindingCodes.FollowUp], Codes(findings));
        Assert.Equal(Severity.Info, findings[0].Severity);
        Assert.Contains("37.5 %", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains(Bibliography.Munn1998, findings[0].Citations);
    }

    [Fact]
    public void Clean_plan_with_estimated_geometry_adds_geometry_note()
    {
        var findings = Run(Clean() with { GeometryIsEstimate = true });
        Assert.Equal([FindingCodes.FollowUp, FindingCodes.GeometryEstimated], Codes(findings));
        Assert.Equal([Bibliography.Gray1918], Single(findings, FindingCodes.GeometryEstimated).Citations.ToArray());
    }

    [Fact]
    public void Nine_gray_in_three_fractions_is_below_range_hypofractionated_and_off_size()
    {
        var findings = Run(Regimen(9, 3, 22.5) with { EmhEqd2Gy = 9.75, EmhAlphaBetaGy = 10 });
        var codes = Codes(findings);
        Assert.Contains(FindingCodes.DoseBelowRange, codes);
        Assert.Contains(FindingCodes.FractionSizeOutsideRange, codes);
        Assert.Contains(FindingCodes.Hypofractionation, codes);
        Assert.DoesNotContain(FindingCodes.FollowUp, codes);
        var below = Single(findings, FindingCodes.DoseBelowRange);
        Assert.Equal(Severity.Warning, below.Severity);
        Assert.Contains("Total dose 9 Gy in 3 fractions", below.Message, StringComparison.Ordinal);
        Assert.Contains("16-20 Gy", below.Message, StringComparison.Ordinal);
        Assert.Contains("Rice 1980", below.Message, StringComparison.Ordinal);
        Assert.Equal([Bibliography.Cailleteau2023, Bibliography.Fowler1989], below.Citations.ToArray());
        Assert.Contains("its EQD2 is 9.75 Gy at α/β 10 Gy", below.Message, StringComparison.Ordinal);
        Assert.Contains("3 Gy", Single(findings, FindingCodes.FractionSizeOutsideRange).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_fifteen_gray_fraction_warns_about_cord_and_regimen()
    {
        var findings = Run(Regimen(15, 1, 63.75));
        var codes = Codes(findings);
        Assert.Contains(FindingCodes.SingleFraction, codes);
        Assert.Contains(FindingCodes.Hypofractionation, codes);
        Assert.Contains(FindingCodes.DoseBelowRange, codes);
        var cord = Single(findings, FindingCodes.CordEqd2High);
        Assert.Equal(Severity.Warning, cord.Severity);
        Assert.Contains("Cord Dmax 15 Gy in 1 fraction", cord.Message, StringComparison.Ordinal);
        Assert.Contains("is above 12.4 Gy/1", cord.Message, StringComparison.Ordinal);
        Assert.Contains("Jackson 1989", Single(findings, FindingCodes.SingleFraction).Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, findings[0].Severity);
    }

    [Fact]
    public void Long_eighteen_gray_plan_flags_field_length_and_blood_counts_but_no_dose()
    {
        var findings = Run(Regimen(18, 10, 17.1) with { PtvLengthMm = 560, CtvLevelCount = 20 });
        Assert.Equal([FindingCodes.PtvExceedsSingleField, FindingCodes.LongFieldBloodCounts], Codes(findings));
        var field = findings[0];
        Assert.Equal(Severity.Caution, field.Severity);
        Assert.Contains("The PTV is 560 mm long", field.Message, StringComparison.Ordinal);
        Assert.Contains("the field would be 574 mm, more than 400 mm", field.Message, StringComparison.Ordinal);
        Assert.Contains("tomotherapy", field.Message, StringComparison.Ordinal);
        Assert.Contains("20 vertebral levels", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("derived advice", findings[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16.0, false)]
    [InlineData(15.99, true)]
    [InlineData(0.5, true)]
    public void Dose_below_range_boundary(double total, bool expected) =>
        Assert.Equal(expected, Codes(Run(Clean() with { TotalDoseGy = total, Fractions = 8, DosePerFractionGy = 2 })).Contains(FindingCodes.DoseBelowRange));

    [Theory]
    [InlineData(20.0, false)]
    [InlineData(20.01, true)]
    public void Dose_above_range_boundary(double total, bool expected) =>
        Assert.Equal(expected, Codes(Run(Clean() with { TotalDoseGy = total })).Contains(FindingCodes.DoseAboveRange));

    [Theory]
    [InlineData(1.8, false)]
    [InlineData(2.0, false)]
    [InlineData(1.79, true)]
    [InlineData(2.01, true)]
    public void Fraction_size_boundary(double dpf, bool expected) =>
        Assert.Equal(expected, Codes(Run(Clean() with { DosePerFractionGy = dpf })).Contains(FindingCodes.FractionSizeOutsideRange));

    [Theory]
    [InlineData(2.99, false)]
    [InlineData(3.0, true)]
    public void Hypofractionation_starts_at_three_gray(double dpf, bool expected) =>
        Assert.Equal(expected, Codes(Run(Clean() with { DosePerFractionGy = dpf })).Contains(FindingCodes.Hypofractionation));

    [Theory]
    [InlineData(45.0, null)]
    [InlineData(45.01, Severity.Caution)]
    [InlineData(50.0, Severity.Caution)]
    [InlineData(50.01, Severity.Warning)]
    public void Cord_eqd2_levels(double eqd2, Severity? expected)
    {
        var cord = Run(Clean() with { CordEqd2Gy = eqd2 }).Where(f => f.Code == FindingCodes.CordEqd2High).ToArray();
        if (expected is null)
        {
            Assert.Empty(cord);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(cord).Severity);
            Assert.Contains(eqd2.ToString(CultureInfo.InvariantCulture) + " Gy", cord[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(17.9, true)]
    [InlineData(18.0, false)]
    [InlineData(null, false)]
    public void Pediatric_boundary(double? age, bool expected)
    {
        var findings = Run(Clean() with { AgeYears = age });
        Assert.Equal(expected, Codes(findings).Contains(FindingCodes.PediatricPatient));
        if (expected)
        {
            var f = Single(findings, FindingCodes.PediatricPatient);
            Assert.Equal(Severity.Warning, f.Severity);
            Assert.Contains("aged 17.9 years", f.Message, StringComparison.Ordinal);
            Assert.Equal([Bibliography.Actabiomed2017, Bibliography.Gray1918, Bibliography.Nanda2024, Bibliography.Hoeben2019, Bibliography.Loren2013], f.Citations.ToArray());
        }
    }

    [Theory]
    [InlineData(1.5, 16.0, "at or above 15 Gy in a child under 2")]
    [InlineData(4.0, 25.0, "above 20 Gy in a child aged 2-6")]
    public void Pediatric_message_names_the_nanda_band(double age, double total, string expected)
    {
        var f = Single(Run(Clean() with { AgeYears = age, TotalDoseGy = total }), FindingCodes.PediatricPatient);
        Assert.Contains(expected, f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9.99, true)]
    [InlineData(10.0, false)]
    [InlineData(20.0, false)]
    [InlineData(20.5, true)]
    public void Ptv_margin_boundary(double radial, bool expected)
    {
        var findings = Run(Clean() with { PtvMarginRadialMm = radial });
        Assert.Equal(expected, Codes(findings).Contains(FindingCodes.PtvMarginOutsideRange));
        if (expected)
        {
            Assert.Contains(
                "radial " + radial.ToString(CultureInfo.InvariantCulture) + " mm",
                Single(findings, FindingCodes.PtvMarginOutsideRange).Message,
                StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(386.0, false)] // 386 + 2 x 7 mm field margin = 400 mm
    [InlineData(386.1, true)]
    public void Ptv_length_boundary_includes_the_field_margin_at_both_ends(double length, bool expected) =>
        Assert.Equal(expected, Codes(Run(Clean() with { PtvLengthMm = length })).Contains(FindingCodes.PtvExceedsSingleField));

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void Long_field_boundary(int levels, bool expected) =>
        Assert.Equal(expected, Codes(Run(Clean() with { CtvLevelCount = levels })).Contains(FindingCodes.LongFieldBloodCounts));

    [Fact]
    public void Missing_ptv_is_a_finding_because_no_PTV_was_assessed()
    {
        var codes = Codes(Run(Clean() with { PtvMarginSuperiorMm = null, PtvMarginInferiorMm = null, PtvMarginRadialMm = null, PtvLengthMm = null }));
        Assert.Equal([FindingCodes.PtvNotAssessed], codes);
    }

    [Fact]
    public void Lesion_outside_the_treated_span_is_a_warning_naming_the_levels()
    {
        var facts = Clean() with
        {
            TreatedSpanGiven = true,
            Lesions = [new LesionFacts { Text = "T5-T8", Covered = false, UncoveredLevelsText = "T8", MarginLevelsAbove = 2, MarginLevelsBelow = 0 }],
        };
        var f = Single(Run(facts), FindingCodes.TreatedSpanMissesLesion);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("leaves T8 of lesion T5-T8 untreated", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Run(facts), x => x.Code == FindingCodes.CtvMarginMissing);
    }

    [Theory]
    [InlineData(1, 1, null, null, false)]
    [InlineData(0, 1, null, null, true)]
    [InlineData(2, 0, null, null, true)]
    [InlineData(0, 1, 0, null, false)] // lesion at C1: no level exists above
    [InlineData(1, 0, null, 0, false)] // lesion at the coccyx
    public void Ctv_margin_missing_respects_protocol_and_spine_ends(int above, int below, int? availableAbove, int? availableBelow, bool expected)
    {
        var facts = Clean() with
        {
            TreatedSpanGiven = true,
            Lesions =
            [
                new LesionFacts
                {
                    Text = "T5-T8", MarginLevelsAbove = above, MarginLevelsBelow = below,
                    LevelsAvailableAbove = availableAbove, LevelsAvailableBelow = availableBelow,
                },
            ],
        };
        var findings = Run(facts);
        Assert.Equal(expected, Codes(findings).Contains(FindingCodes.CtvMarginMissing));
        if (expected)
        {
            var f = Single(findings, FindingCodes.CtvMarginMissing);
            Assert.Contains("lesion T5-T8", f.Message, StringComparison.Ordinal);
            Assert.Contains("fontanesi2020", f.Message, StringComparison.Ordinal);
            Assert.Equal([Bibliography.Cailleteau2023, Bibliography.Fontanesi2020], f.Citations.ToArray());
        }
    }

    [Fact]
    public void Treated_span_rules_do_not_run_without_a_proposed_span()
    {
        var facts = Clean() with { Lesions = [new LesionFacts { Text = "T5-T8", Covered = false }] };
        Assert.Equal([FindingCodes.FollowUp], Codes(Run(facts)));
    }

    [Fact]
    public void Findings_for_several_lesions_keep_lesion_order()
    {
        var facts = Clean() with
        {
            TreatedSpanGiven = true,
            Lesions =
            [
                new LesionFacts { Text = "T5-T8", Covered = false, UncoveredLevelsText = "T8" },
                new LesionFacts { Text = "L5-S2", Covered = false, UncoveredLevelsText = "S2" },
            ],
        };
        var misses = Run(facts).Where(f => f.Code == FindingCodes.TreatedSpanMissesLesion).ToArray();
        Assert.Equal(2, misses.Length);
        Assert.Contains("T5-T8", misses[0].Message, StringComparison.Ordinal);
        Assert.Contains("L5-S2", misses[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clamped_and_segmented_ctv_are_info_with_gap_sizes()
    {
        var facts = Clean() with
        {
            CtvClampedCranially = true,
            CtvSegmentCount = 2,
            CtvGapLevels = [3],
            CtvSegmentsText = "C1-T2, T6-T9",
        };
        var findings = Run(facts);
        Assert.Equal([FindingCodes.CtvClamped, FindingCodes.CtvMultipleSegments, FindingCodes.FollowUp], Codes(findings));
        Assert.Contains("above C1; the CTV stops at C1", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("2 separate spans (C1-T2, T6-T9) with a gap of 3 levels", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reirradiation_findings_follow_nieder_limits()
    {
        var facts = Clean() with
        {
            PriorCourseCount = 1,
            MonthsSinceLastCourse = 4.5,
            CumulativeCordBedMaxGy2 = 140,
            LargestCourseCordBedGy2 = 100,
            RecoveryModelText = "none",
        };
        var findings = Run(facts);
        Assert.Equal(
            [FindingCodes.ReirradiationCourseBedHigh, FindingCodes.ReirradiationCumulativeBed, FindingCodes.ReirradiationIntervalShort, FindingCodes.Reirradiation],
            Codes(findings));
        Assert.All(findings.Take(3), f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains("100 Gy₂ (α/β 2 Gy), above 98 Gy₂", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("140 Gy₂ exceeds 135.5 Gy₂", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("Only 4.5 months", findings[2].Message, StringComparison.Ordinal);
        Assert.Contains("Recovery between courses: none", findings[3].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(120.0, null)]
    [InlineData(120.01, Severity.Caution)]
    [InlineData(135.5, Severity.Caution)]
    [InlineData(135.51, Severity.Warning)]
    public void Cumulative_bed_levels(double bed, Severity? expected)
    {
        var found = Run(Clean() with { PriorCourseCount = 1, CumulativeCordBedMaxGy2 = bed })
            .Where(f => f.Code == FindingCodes.ReirradiationCumulativeBed).ToArray();
        Assert.Equal(expected, found.Length == 0 ? null : found[0].Severity);
    }

    [Theory]
    [InlineData(6.0, false)]
    [InlineData(5.99, true)]
    public void Interval_boundary(double months, bool expected) =>
        Assert.Equal(expected, Codes(Run(Clean() with { PriorCourseCount = 2, MonthsSinceLastCourse = months })).Contains(FindingCodes.ReirradiationIntervalShort));

    [Fact]
    public void Reirradiation_rules_need_prior_courses()
    {
        var codes = Codes(Run(Clean() with { MonthsSinceLastCourse = 1, CumulativeCordBedMaxGy2 = 200, LargestCourseCordBedGy2 = 120 }));
        Assert.Equal([FindingCodes.FollowUp], codes);
    }

    [Fact]
    public void Disabled_rule_and_changed_severity_come_from_the_protocol()
    {
        var protocol = EmhProtocol.Default with
        {
            Rules = [.. EmhProtocol.Default.Rules.Select(r => r.Code switch
            {
                FindingCodes.DoseBelowRange => r with { Enabled = false },
                FindingCodes.Hypofractionation => r with { Severity = Severity.Caution },
                _ => r,
            })],
        };
        var codes = new FindingRuleSet(protocol).Evaluate(Regimen(9, 3, 22.5));
        Assert.DoesNotContain(codes, f => f.Code == FindingCodes.DoseBelowRange);
        Assert.Equal(Severity.Caution, Single(codes, FindingCodes.Hypofractionation).Severity);
    }

    [Fact]
    public void Thresholds_come_from_the_protocol()
    {
        var rules = new FindingRuleSet(EmhProtocol.Default with { DoseRangeMinGy = 18 });
        var f = Single(rules.Evaluate(Regimen(17, 10, 15.9)), FindingCodes.DoseBelowRange);
        Assert.Contains("below the 18-20 Gy recommended by the protocol in force", f.Message, StringComparison.Ordinal);
        Assert.Contains("cailleteau2023 recommends 16-20 Gy", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_protocol_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new FindingRuleSet(EmhProtocol.Default with { DoseRangeMinGy = 25 }));
        Assert.Contains("$.thresholds.doseRange.minGy", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Impossible_facts_are_programmer_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(Clean() with { TotalDoseGy = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(Clean() with { Fractions = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Run(Clean() with { AgeYears = -1 }));
        Assert.Throws<ArgumentNullException>(() => Run(null!));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Messages_use_invariant_numbers_under_any_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var findings = Run(Regimen(15, 1, 63.75) with { AgeYears = 17.5, PtvLengthMm = 412.5, PtvMarginRadialMm = 7.5 });
            Assert.Contains("12.4 Gy/1", Single(findings, FindingCodes.CordEqd2High).Message, StringComparison.Ordinal);
            Assert.Contains("aged 17.5 years", Single(findings, FindingCodes.PediatricPatient).Message, StringComparison.Ordinal);
            Assert.Contains("412.5 mm", Single(findings, FindingCodes.PtvExceedsSingleField).Message, StringComparison.Ordinal);
            Assert.Contains("radial 7.5 mm", Single(findings, FindingCodes.PtvMarginOutsideRange).Message, StringComparison.Ordinal);
            Assert.Contains("1.8-2 Gy", Single(findings, FindingCodes.FractionSizeOutsideRange).Message, StringComparison.Ordinal);
            Assert.All(findings, f => Assert.DoesNotContain("63,75", f.Message, StringComparison.Ordinal));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    [Fact]
    public void Every_cited_key_is_in_the_bibliography_and_every_code_is_known()
    {
        var everything = Clean() with
        {
            TotalDoseGy = 15, Fractions = 1, DosePerFractionGy = 15, CordEqd2Gy = 63.75, AgeYears = 1,
            TreatedSpanGiven = true,
            Lesions = [new LesionFacts { Text = "T5-T8", Covered = false }, new LesionFacts { Text = "L1" }],
            CtvClampedCaudally = true, CtvSegmentCount = 3, CtvGapLevels = [2, 4], CtvLevelCount = 12,
            PtvMarginSuperiorMm = 30, PtvLengthMm = 800, PriorCourseCount = 1, MonthsSinceLastCourse = 2,
            TargetGapsMm = [3, -2], CtvSegmentTexts = ["T1-T3", "T5-T8", "T12-L1"], StartDelayDays = 4, StartDelayText = "2026-12-24 to 2026-12-28",
            CumulativeCordBedMaxGy2 = 130, LargestCourseCordBedGy2 = 127.5, GeometryIsEstimate = true,
            // Issue 21: T11-L2 and S1 irradiated in a pregnant girl; every organ but the testes near the field, kidneys and ovaries reachable.
            IrradiatedLevelMask = (0b1111UL << 17) | (1UL << 24), Sex = Sex.Female, PregnancyStatus = PregnancyStatus.Pregnant,
            OrgansInField = 0b111_1111_0111, OrgansCaution = 0b11, AbdomenOrPelvisInField = true, ActiveMarrowPercent = 14.5,
            // Measured doses: the uterus of a pregnant patient above the fetal threshold (compared even in 1 fraction), the thyroid not compared.
            OrganDoses = [EmhRt.Organs.OrganDoseMeasurement.Parse("uterus=mean:0.5").Value, EmhRt.Organs.OrganDoseMeasurement.Parse("thyroid=mean:3").Value],
        };
        var findings = Run(everything);
        var missing = FindingCodes.All.Except(findings.Select(f => f.Code)).ToArray();
        Assert.Equal([FindingCodes.DoseAboveRange, FindingCodes.PtvNotAssessed, FindingCodes.PregnancyStatusUnknown, FindingCodes.FollowUp], missing);
        Assert.All(findings, f =>
        {
            Assert.True(FindingCodes.IsKnown(f.Code));
            Assert.All(f.Citations, key => Assert.True(Bibliography.TryGet(key, out _), key));
        });
        Assert.Contains("gaps of 2 and 4 levels", Single(findings, FindingCodes.CtvMultipleSegments).Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 500, Arbitrary = new[] { typeof(Arbitraries) })]
    public bool Findings_are_ordered_and_follow_up_appears_only_without_concerns(Sample<(int Total, int Fractions, int Eqd2, int Age, int Levels, int Ptv, int Length, int Prior, int Bed)> sample)
    {
        var x = sample.Value;
        var facts = Clean() with
        {
            TotalDoseGy = x.Total, Fractions = x.Fractions, DosePerFractionGy = (double)x.Total / x.Fractions, CordEqd2Gy = x.Eqd2,
            AgeYears = x.Age, CtvLevelCount = x.Levels, PtvMarginRadialMm = x.Ptv, PtvLengthMm = x.Length,
            PriorCourseCount = x.Prior, CumulativeCordBedMaxGy2 = x.Bed,
        };
        var findings = Run(facts);
        for (var i = 1; i < findings.Length; i++)
        {
            var a = findings[i - 1];
            var b = findings[i];
            if (a.Severity < b.Severity || (a.Severity == b.Severity && string.CompareOrdinal(a.Code, b.Code) > 0))
            {
                return false;
            }
        }

        var concern = findings.Any(f => f.Severity >= Severity.Caution);
        return concern != findings.Any(f => f.Code == FindingCodes.FollowUp);
    }

    /// <summary>Shrinking arbitraries for the properties above.</summary>
    public static class Arbitraries
    {
        public static Arbitrary<Sample<(int Total, int Fractions, int Eqd2, int Age, int Levels, int Ptv, int Length, int Prior, int Bed)>> Facts() =>
            (from total in Draw.Choose(5, 40)
             from fractions in Draw.Choose(1, 20)
             from eqd2 in Draw.Choose(0, 80)
             from age in Draw.Choose(0, 90)
             from levels in Draw.Choose(1, 26)
             from ptv in Draw.Choose(0, 30)
             from length in Draw.Choose(50, 900)
             from prior in Draw.Choose(0, 2)
             from bed in Draw.Choose(0, 200)
             select (total, fractions, eqd2, age, levels, ptv, length, prior, bed)).ToArbitrary();
    }
}
