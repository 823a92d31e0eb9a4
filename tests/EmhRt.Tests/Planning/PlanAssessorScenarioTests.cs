using System.Collections.Immutable;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Protocol;
using EmhRt.Radiobiology;
using EmhRt.Reirradiation;
using EmhRt.Spine;
using EmhRt.Volumes;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.Planning;

/// <summary>Entry-point scenarios beyond the seed table: re-irradiation, children, volumes, geometry, α/β and errors.</summary>
public class PlanAssessorScenarioTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private static PlanRequest Reirradiated(double priorTotalGy, int priorFractions, DateOnly priorDate) => Seed003() with
    {
        StartDate = Monday,
        PriorCourses = [new PriorCourse(Regimen(priorTotalGy, priorFractions), priorDate)],
    };

    private static string Error(PlanRequest request)
    {
        Assert.False(PlanAssessor.Default.TryAssess(request, out var assessment, out var error));
        Assert.Null(assessment);
        Assert.NotNull(error);
        var thrown = Assert.Throws<ArgumentException>(() => PlanAssessor.Default.Assess(request));
        Assert.StartsWith(error, thrown.Message, StringComparison.Ordinal);
        Assert.Equal("request", thrown.ParamName);
        return error;
    }

    // ---- Re-irradiation (nieder2006) ----

    [Fact]
    public void Prior_30_Gy_in_15_three_years_before_is_reported_with_cumulative_figures()
    {
        // Prior 30 Gy/15: BED 30·(1 + 2/2) = 60 Gy₂; current 20 Gy/10: 40 Gy₂; sum 100 Gy₂ ≤ 120, each ≤ 98, 36 months ≥ 6.
        var assessment = PlanAssessor.Default.Assess(Reirradiated(30, 15, new DateOnly(2023, 3, 2)));

        Assert.Equal([FindingCodes.FollowUp, FindingCodes.GeometryEstimated, FindingCodes.OrganNearField, FindingCodes.Reirradiation], SortedCodes(assessment));
        var reirradiation = assessment.Reirradiation!;
        Assert.Equal(100, reirradiation.MaximumCumulativeBed.Gy, 9);
        Assert.Equal(60, reirradiation.LargestSingleCourseBed.Gy, 9);
        Assert.Equal(36, reirradiation.MonthsSinceLastPriorCourse);
        Assert.True(reirradiation.CumulativeWithinNoMyelopathyReported);
        Assert.True(reirradiation.Recovery.IsNone);
        Assert.StartsWith("1 earlier course to this region (sharing vertebral levels with this course); the last of them is dated 36 months before this course's first fraction.",
            Single(assessment, FindingCodes.Reirradiation).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prior_course_counted_in_another_anatomy_is_an_error_not_a_shifted_level()
    {
        // T12-L1 has three levels with 13 thoracic vertebrae (T12, T13, L1) and two with 12: the prior course's levels
        // must be counted in the patient's anatomy, or its L1 would silently become another level.
        var thirteen = SpineAnatomy.Create(13, 5);
        var request = Seed003() with
        {
            StartDate = Monday,
            PriorCourses = [new PriorCourse(Regimen(20, 10), new DateOnly(2020, 3, 2), [VertebralSpan.Create(VertebralLevel.Thoracic(12), VertebralLevel.Lumbar(1))], thirteen)],
        };

        Assert.False(PlanAssessor.Default.TryAssess(request, out _, out var error));
        Assert.Equal("prior course of 20 Gy/10 on 2020-03-02 gives its levels in a spine of " + thirteen + ", the patient's is " + SpineAnatomy.Standard, error);

        var same = request with { Patient = request.Patient with { Anatomy = thirteen } };
        var assessment = PlanAssessor.Default.Assess(same);
        Assert.Equal(2, assessment.Reirradiation!.Courses.Length);
        Assert.Equal(0, assessment.Reirradiation.OverlappingPriorCourseCount);
    }

    [Fact]
    public void An_earlier_course_to_another_region_raises_no_re_irradiation_limit()
    {
        // 66 Gy/33 to C5–T1 (132 Gy₂ there, above 120 and 98) but nowhere near the T3–T9 field: nothing is re-irradiated,
        // so the nieder2006 limits see the current 40 Gy₂ only (the prior course is still reported).
        var request = Seed003() with
        {
            StartDate = Monday,
            PriorCourses = [new PriorCourse(Regimen(66, 33), new DateOnly(2020, 3, 2), [VertebralSpan.Create(VertebralLevel.Cervical(5), VertebralLevel.Thoracic(1))], SpineAnatomy.Standard)],
        };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal([FindingCodes.FollowUp, FindingCodes.GeometryEstimated, FindingCodes.OrganNearField, FindingCodes.Reirradiation], SortedCodes(assessment));
        Assert.Empty(assessment.Reirradiation!.ReirradiatedLevelIndices);
        Assert.Equal(40, assessment.Reirradiation.MaximumCumulativeBed.Gy, 9);
        Assert.Equal(40, assessment.Reirradiation.LargestSingleCourseBed.Gy, 9);
    }

    [Fact]
    public void Fontanesi_second_course_reaches_exactly_120_Gy2_which_is_not_above_the_limit()
    {
        // 30 Gy/15 after 30 Gy/15 three years earlier: 60 + 60 = 120 Gy₂, not above 120.
        var request = Reirradiated(30, 15, new DateOnly(2023, 3, 2)) with { Regimen = Regimen(30, 15) };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal(120, assessment.Reirradiation!.MaximumCumulativeBed.Gy, 9);
        Assert.Equal([FindingCodes.DoseAboveRange, FindingCodes.GeometryEstimated, FindingCodes.OrganNearField, FindingCodes.Reirradiation], SortedCodes(assessment));
    }

    [Fact]
    public void Cumulative_cord_BED_above_120_Gy2_is_a_caution()
    {
        // 45 Gy/25: BED 45·(1 + 1.8/2) = 85.5; + 40 = 125.5 Gy₂ (> 120, ≤ 135.5).
        var assessment = PlanAssessor.Default.Assess(Reirradiated(45, 25, new DateOnly(2023, 3, 2)));

        Assert.Equal(
            ["GEOMETRY_ESTIMATED:info", "ORGAN_NEAR_FIELD:info", "REIRRADIATION:info", "REIRRADIATION_CUMULATIVE_BED:caution"],
            SortedCodesWithSeverity(assessment));
        Assert.StartsWith("Cumulative cord BED 125.5 Gy₂ exceeds 120 Gy₂.",
            Single(assessment, FindingCodes.ReirradiationCumulativeBed).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_prior_course_above_98_Gy2_and_a_cumulative_above_135_5_Gy2_are_warnings()
    {
        // 50 Gy/25: BED 100 Gy₂ > 98; + 40 = 140 Gy₂ > 135.5.
        var assessment = PlanAssessor.Default.Assess(Reirradiated(50, 25, new DateOnly(2023, 3, 2)));

        Assert.Equal(
            ["GEOMETRY_ESTIMATED:info", "ORGAN_NEAR_FIELD:info", "REIRRADIATION:info", "REIRRADIATION_COURSE_BED_HIGH:warning", "REIRRADIATION_CUMULATIVE_BED:warning"],
            SortedCodesWithSeverity(assessment));
        Assert.StartsWith("One course gives the cord a BED of 100 Gy₂ (α/β 2 Gy), above 98 Gy₂.",
            Single(assessment, FindingCodes.ReirradiationCourseBedHigh).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_months_since_the_last_course_is_a_short_interval()
    {
        var assessment = PlanAssessor.Default.Assess(Reirradiated(30, 15, new DateOnly(2025, 12, 2)));

        Assert.Equal(
            ["GEOMETRY_ESTIMATED:info", "ORGAN_NEAR_FIELD:info", "REIRRADIATION:info", "REIRRADIATION_INTERVAL_SHORT:warning"],
            SortedCodesWithSeverity(assessment));
        Assert.StartsWith("Only 3 months from the last course on shared levels (its given date) to the first fraction of this course (less than 6 months).",
            Single(assessment, FindingCodes.ReirradiationIntervalShort).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lumbar_levels_of_a_prior_course_are_compared_with_nieder_limits_at_alpha_beta_2_and_also_shown_at_alpha_beta_4()
    {
        // Lesion L3-S1 → CTV L2-S2, cord α/β 4 elsewhere: the nieder2006 sum is in Gy₂ (prior 30 Gy/15 → 60; current
        // 20 Gy/10 → 40; 100 Gy₂); each level also shows its sum at α/β 4 (45 + 30 = 75 Gy₄).
        var request = Bare("L3-S1", 20, 10) with
        {
            StartDate = Monday,
            PriorCourses = [new PriorCourse(Regimen(30, 15), new DateOnly(2023, 3, 2))],
        };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal(100, assessment.Reirradiation!.MaximumCumulativeBed.Gy, 9);
        Assert.Equal(75, assessment.Reirradiation.Levels.First(l => l.InCurrentCourse).CumulativeBed.Gy, 9);
        Assert.Equal(4, assessment.SpinalCord.AlphaBeta.Gy);
    }

    [Fact]
    public void Prior_courses_without_a_start_date_cannot_be_assessed()
    {
        var request = Seed003() with { PriorCourses = [new PriorCourse(Regimen(30, 15), new DateOnly(2023, 3, 2))] };

        Assert.Equal(
            "prior courses were given without a start date: the interval since the last course needs the new course's start date",
            Error(request));
    }

    [Fact]
    public void A_prior_course_dated_after_the_start_cannot_be_assessed()
    {
        var request = Reirradiated(30, 15, new DateOnly(2026, 4, 1));

        Assert.Equal(
            "prior course of 30 Gy/15 on 2026-04-01 is dated after the new course starts (2026-03-02)",
            Error(request));
    }

    [Fact]
    public void A_start_date_gives_a_calendar()
    {
        var assessment = PlanAssessor.Default.Assess(Seed003() with { StartDate = Monday });

        var schedule = assessment.Schedule!;
        Assert.Equal(Monday, schedule.ActualStart);
        Assert.Equal(10, schedule.Sessions.Length);
        Assert.Equal(new DateOnly(2026, 3, 13), schedule.EndDate);
        Assert.Equal([FindingCodes.FollowUp, FindingCodes.GeometryEstimated, FindingCodes.OrganNearField], SortedCodes(assessment));
    }

    // ---- Children (nanda2024, hoeben2019) ----

    [Fact]
    public void A_twelve_year_old_is_a_paediatric_patient()
    {
        var assessment = PlanAssessor.Default.Assess(Seed003() with { Patient = new PatientDetails { AgeYears = 12 } });

        Assert.Equal(["GEOMETRY_ESTIMATED:info", "ORGAN_NEAR_FIELD:info", "PEDIATRIC_PATIENT:warning"], SortedCodesWithSeverity(assessment));
        var message = Single(assessment, FindingCodes.PediatricPatient).Message;
        Assert.StartsWith("Patient aged 12 years (under 18).", message, StringComparison.Ordinal);
        Assert.Contains("Over age 6, PENTEC flags no risk at this plan's 20 Gy", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, 25, 10, "This plan's 25 Gy is above 20 Gy in a child aged 2-6: inside PENTEC's risk band.")]
    [InlineData(1.5, 16, 8, "This plan's 16 Gy is at or above 15 Gy in a child under 2: inside PENTEC's risk band.")]
    public void Young_children_get_the_scoliosis_band_of_their_age(double age, double totalGy, int fractions, string band)
    {
        var request = Bare("T5-T8", totalGy, fractions) with { Patient = new PatientDetails { AgeYears = age } };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Contains(band, Single(assessment, FindingCodes.PediatricPatient).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_18_years_is_not_paediatric()
    {
        var assessment = PlanAssessor.Default.Assess(Bare("T5-T8", 20, 10) with { Patient = new PatientDetails { AgeYears = 18 } });

        Assert.Equal([FindingCodes.GeometryEstimated, FindingCodes.OrganNearField, FindingCodes.PtvNotAssessed], SortedCodes(assessment));
    }

    // ---- Volumes ----

    [Fact]
    public void Ctv_is_clamped_at_C1()
    {
        var assessment = PlanAssessor.Default.Assess(Bare("C1-C2", 20, 10));

        Assert.Equal([FindingCodes.CtvClamped, FindingCodes.GeometryEstimated, FindingCodes.PtvNotAssessed], SortedCodes(assessment));
        Assert.Equal("C1-C3", assessment.Ctv.ToString());
        Assert.True(assessment.Ctv.ClampedCranially);
        Assert.False(assessment.Ctv.ClampedCaudally);
        Assert.Contains("would run above C1; the CTV stops at C1.", Single(assessment, FindingCodes.CtvClamped).Message, StringComparison.Ordinal);
        Assert.Equal(2, assessment.SpinalCord.AlphaBeta.Gy);
    }

    [Fact]
    public void Separate_lesions_give_separate_ctv_spans_with_the_gap_named()
    {
        // T3-T4 and T9-T10 → CTV T2-T5 and T8-T11, gap T6-T7 (2 levels); 4 + 4 = 8 levels → blood counts.
        var assessment = PlanAssessor.Default.Assess(Bare("T3-T4, T9-T10", 20, 10));

        Assert.Equal([FindingCodes.CtvMultipleSegments, FindingCodes.GeometryEstimated, FindingCodes.LongFieldBloodCounts, FindingCodes.OrganNearField, FindingCodes.OrganThresholdReachable, FindingCodes.PtvNotAssessed], SortedCodes(assessment));
        Assert.StartsWith("The CTV has 2 separate spans (T2-T5, T8-T11) with a gap of 2 levels between them.",
            Single(assessment, FindingCodes.CtvMultipleSegments).Message, StringComparison.Ordinal);
        Assert.StartsWith("The CTV spans 8 vertebral levels (8 or more).",
            Single(assessment, FindingCodes.LongFieldBloodCounts).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Seven_ctv_levels_do_not_ask_for_blood_counts()
    {
        var assessment = PlanAssessor.Default.Assess(Bare("T4-T8", 20, 10));

        Assert.Equal(7, assessment.Ctv.LevelCount);
        Assert.Equal([FindingCodes.GeometryEstimated, FindingCodes.OrganNearField, FindingCodes.PtvNotAssessed], SortedCodes(assessment));
    }

    [Fact]
    public void A_treated_span_without_a_level_below_the_lesion_misses_the_margin()
    {
        var assessment = PlanAssessor.Default.Assess(Seed003() with { TreatedSpans = Spans("T4-T8") });

        Assert.Equal(["CTV_MARGIN_MISSING:warning", "GEOMETRY_ESTIMATED:info", "ORGAN_NEAR_FIELD:info"], SortedCodesWithSeverity(assessment));
        Assert.StartsWith("The proposed treated span extends 1 level above and 0 levels below lesion T5-T8;",
            Single(assessment, FindingCodes.CtvMarginMissing).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_5_mm_ptv_margin_is_outside_the_range()
    {
        var assessment = PlanAssessor.Default.Assess(Seed003() with { PtvMargin = PtvMargin.Create(5, 10, 25) });

        Assert.Equal(["GEOMETRY_ESTIMATED:info", "ORGAN_NEAR_FIELD:info", "PTV_MARGIN_OUTSIDE_RANGE:caution"], SortedCodesWithSeverity(assessment));
        Assert.StartsWith("PTV margin outside the recommended 10-20 mm: superior 5 mm, radial 25 mm.",
            Single(assessment, FindingCodes.PtvMarginOutsideRange).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_request_ctv_margin_overrides_the_protocol()
    {
        var assessment = PlanAssessor.Default.Assess(Seed003() with { CtvMargin = CtvLevelMargin.Create(2, 2) });

        Assert.Equal("T3-T10", assessment.Ctv.ToString());
        Assert.Equal(CtvLevelMargin.Create(2, 2), assessment.CtvMargin);
    }

    // ---- Geometry ----

    private static SpineGeometry MeasuredT3ToT10(SpineAnatomy anatomy)
    {
        var csv = "level,height_mm\nT3,25\nT4,25\nT5,25\nT6,25\nT7,25\nT8,25\nT9,25\nT10,25\n";
        return SpineGeometryReader.ReadCsv(csv, anatomy, "ct.csv").Value!;
    }

    [Fact]
    public void Patient_geometry_gives_measured_lengths_and_no_estimate_finding()
    {
        var request = Seed003() with { Patient = new PatientDetails { AgeYears = 19, Geometry = MeasuredT3ToT10(SpineAnatomy.Standard) } };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal([FindingCodes.FollowUp, FindingCodes.OrganNearField], SortedCodes(assessment));
        Assert.Equal(10 + (6 * 25) + 10, assessment.Ptv!.PtvLengthMm, 9);
        Assert.False(assessment.Geometry.IsEstimate);
    }

    [Fact]
    public void Patient_geometry_not_covering_the_ctv_is_an_error()
    {
        var geometry = MeasuredT3ToT10(SpineAnatomy.Standard);
        var request = Seed003() with { Lesions = Spans("T2-T5"), TreatedSpans = [], Patient = new PatientDetails { Geometry = geometry } };

        Assert.Contains("ct.csv", geometry.Source, StringComparison.Ordinal);
        Assert.Equal(
            "CTV segment T1-T6 reaches outside the measured range T3-T10 of the geometry (" + geometry.Source
            + "); lengths are not extrapolated: measure those levels too",
            Error(request));
    }

    [Fact]
    public void Without_a_ptv_no_lengths_are_needed_from_the_geometry()
    {
        var request = Bare("T2-T5", 20, 10) with { Patient = new PatientDetails { Geometry = MeasuredT3ToT10(SpineAnatomy.Standard) } };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Null(assessment.Ptv);
        Assert.Equal([FindingCodes.OrganNearField, FindingCodes.PtvNotAssessed], SortedCodes(assessment));
    }

    [Fact]
    public void Population_geometry_without_a_ptv_raises_the_estimate_finding_because_the_ctv_length_is_checked_against_the_field()
    {
        var assessment = PlanAssessor.Default.Assess(Bare("T5-T8", 20, 10));

        Assert.True(assessment.Geometry.IsEstimate);
        Assert.Null(assessment.Ptv);
        Assert.Contains(assessment.Findings, f => f.Code == FindingCodes.GeometryEstimated);
    }

    [Fact]
    public void Female_population_geometry_is_shorter()
    {
        var male = PlanAssessor.Default.Assess(Seed003());
        var female = PlanAssessor.Default.Assess(Seed003() with { Patient = new PatientDetails { Sex = Sex.Female } });
        var unknown = PlanAssessor.Default.Assess(Seed003() with { Patient = PatientDetails.Unknown });

        Assert.Equal((6 * 280.0 / 12 * SpineGeometry.FemaleScale) + 20, female.Ptv!.PtvLengthMm, 9);
        Assert.Equal(male.Ptv!.PtvLengthMm, unknown.Ptv!.PtvLengthMm);
    }

    [Fact]
    public void Geometry_for_another_anatomy_is_an_error()
    {
        var request = Seed003() with { Patient = new PatientDetails { Geometry = MeasuredT3ToT10(SpineAnatomy.Create(13, 5)) } };

        Assert.Equal("the spine geometry is for 13 thoracic and 5 lumbar vertebrae, the patient has 12 and 5", Error(request));
    }

    [Fact]
    public void A_lesion_outside_the_patients_anatomy_is_an_error()
    {
        var request = Bare("T5-T8", 20, 10) with { Lesions = [VertebralSpan.Create(VertebralLevel.Thoracic(12), VertebralLevel.Thoracic(13))] };

        Assert.Equal("lesion T12-T13 does not exist in a spine with 12 thoracic and 5 lumbar vertebrae", Error(request));
    }

    [Fact]
    public void A_thirteenth_thoracic_vertebra_is_valid_when_the_patient_has_one()
    {
        var request = Bare("T5-T8", 20, 10) with
        {
            Lesions = [VertebralSpan.Create(VertebralLevel.Thoracic(12), VertebralLevel.Thoracic(13))],
            Patient = new PatientDetails { Anatomy = SpineAnatomy.Create(13, 5) },
        };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal("T11-L1", assessment.Ctv.ToString());
    }

    [Fact]
    public void A_treated_span_outside_the_anatomy_is_an_error()
    {
        var request = Seed003() with { TreatedSpans = [VertebralSpan.Create(VertebralLevel.Lumbar(5), VertebralLevel.Lumbar(6))] };

        Assert.Equal("treated span L5-L6 does not exist in a spine with 12 thoracic and 5 lumbar vertebrae", Error(request));
    }

    [Fact]
    public void A_plan_without_a_lesion_is_an_error()
    {
        Assert.Equal("no lesion was given", Error(Seed003() with { Lesions = [] }));
        Assert.Equal("no lesion was given", Error(Seed003() with { Lesions = default }));
    }

    [Fact]
    public void A_null_request_is_a_programmer_error()
    {
        Assert.Throws<ArgumentNullException>(() => PlanAssessor.Default.Assess(null!));
        Assert.Throws<ArgumentNullException>(() => new PlanAssessor(null!));
    }

    [Fact]
    public void A_request_without_regimen_or_patient_is_a_programmer_error_named_at_the_boundary()
    {
        var noRegimen = Assert.Throws<ArgumentNullException>(() => PlanAssessor.Default.TryAssess(Seed003() with { Regimen = null! }, out _, out _));
        Assert.Equal("request", noRegimen.ParamName);
        Assert.Contains("Regimen", noRegimen.Message, StringComparison.Ordinal);
        var noPatient = Assert.Throws<ArgumentNullException>(() => PlanAssessor.Default.Assess(Seed003() with { Patient = null! }));
        Assert.Equal("request", noPatient.ParamName);
        Assert.Contains("Patient", noPatient.Message, StringComparison.Ordinal);
    }

    // ---- α/β ----

    [Theory]
    // 9 Gy/3 at α/β 2: BED 22.5, EQD2 11.25; at α/β 4: BED 15.75, EQD2 10.5.
    [InlineData("T5-T8", 2, 22.5, 11.25, TissueDose.SpinalCord, "nieder2006")]
    [InlineData("C4", 2, 22.5, 11.25, TissueDose.SpinalCord, "nieder2006")]
    [InlineData("L1", 2, 22.5, 11.25, TissueDose.SpinalCord, "nieder2006")]
    // Below the conus (L1): the cauda equina, its α/β 4 Gy an assumption.
    [InlineData("L3-S1", 4, 15.75, 10.5, TissueDose.CaudaEquina, "assumption")]
    [InlineData("S3-Co", 4, 15.75, 10.5, TissueDose.CaudaEquina, "assumption")]
    public void Cord_alpha_beta_is_2_Gy_once_the_ctv_reaches_a_thoracic_level(string lesion, double alphaBeta, double bed, double eqd2, string tissue, string source)
    {
        var assessment = PlanAssessor.Default.Assess(Bare(lesion, 9, 3));

        Assert.Equal(alphaBeta, assessment.SpinalCord.AlphaBeta.Gy);
        Assert.Equal(source, assessment.SpinalCord.Source);
        Assert.Equal(tissue, assessment.SpinalCord.Tissue);
        Assert.Equal(bed, assessment.SpinalCord.Bed.Gy, 9);
        Assert.Equal(eqd2, assessment.SpinalCord.Eqd2.Gy, 9);
        Assert.Equal(alphaBeta, assessment.Cord.QuantecAlphaBeta.Gy);
        Assert.Equal(0.87, assessment.Cord.ModelAlphaBeta.Gy);
    }

    [Theory]
    // L2–L3 gives the CTV L1–L4. A 20 mm PTV margin reaches 20 mm into T12 (23.3 mm high), a 10 mm one too: thoracic
    // cord, α/β 2. L3–L4 gives L2–L5, whose 10 mm PTV margin stays in L1 (36 mm high): α/β 4. A proposed treated span
    // T10–L5 puts thoracic cord in the field whatever the CTV: α/β 2.
    [InlineData("L2-L3", 20.0, null, 2)]
    [InlineData("L2-L3", 10.0, null, 2)]
    [InlineData("L3-L4", 10.0, null, 4)]
    [InlineData("L3-L4", null, "L2-L5", 4)]
    [InlineData("L2-L3", null, "T10-L5", 2)]
    public void Cord_alpha_beta_follows_the_most_cranial_level_the_ptv_or_the_treated_span_reaches(string lesion, double? marginMm, string? treated, double alphaBeta)
    {
        var request = Bare(lesion, 9, 3) with
        {
            PtvMargin = marginMm is { } mm ? PtvMargin.Isotropic(mm) : null,
            TreatedSpans = treated is null ? default : Spans(treated),
        };

        Assert.Equal(alphaBeta, PlanAssessor.Default.Assess(request).SpinalCord.AlphaBeta.Gy);
    }

    [Fact]
    public void Fifteen_gray_single_fraction_to_a_lumbar_lesion_with_thoracic_cord_in_the_treated_span_is_a_cord_warning()
    {
        // Treated T10–L5: T10–T12 cord, α/β 2: EQD2 15·(1 + 15/2)/2 = 63.75 Gy > 50 (marks2010). At the lumbar α/β 4 it
        // would have been 47.5 Gy, only a caution.
        var assessment = PlanAssessor.Default.Assess(Bare("L2-L3", 15, 1) with { TreatedSpans = Spans("T10-L5") });

        Assert.Equal(63.75, assessment.SpinalCord.Eqd2.Gy, 9);
        Assert.Equal(Severity.Warning, Single(assessment, FindingCodes.CordEqd2High).Severity);
    }

    [Fact]
    public void Cord_reached_only_by_the_ptv_margin_counts_in_the_re_irradiation_sums()
    {
        // T5–T8 gives the CTV T4–T9; the 20 mm PTV margin reaches 20 mm into T3 (23.3 mm high). A prior 36 Gy/12 to
        // T1–T3 gave T3 36·(1 + 3/2) = 90 Gy₂; this 20 Gy/10 adds 40: 130 Gy₂ > 120 (nieder2006): a caution.
        var request = Bare("T5-T8", 20, 10) with
        {
            PtvMargin = PtvMargin.Isotropic(20),
            StartDate = Monday,
            PriorCourses = [new PriorCourse(Regimen(36, 12), new DateOnly(2024, 1, 10), [VertebralSpan.Create(VertebralLevel.Thoracic(1), VertebralLevel.Thoracic(3))], SpineAnatomy.Standard)],
        };

        var assessment = PlanAssessor.Default.Assess(request);

        Assert.Equal(130, assessment.Reirradiation!.MaximumCumulativeBed.Gy, 9);
        Assert.Equal([VertebralLevel.Thoracic(3)], assessment.Reirradiation.ReirradiatedLevels.ToArray());
        Assert.Equal(Severity.Caution, Single(assessment, FindingCodes.ReirradiationCumulativeBed).Severity);
    }

    [Fact]
    public void A_user_cord_alpha_beta_overrides_the_level_defaults()
    {
        var assessment = PlanAssessor.Default.Assess(Bare("L3-S1", 9, 3) with { CordAlphaBeta = AlphaBeta.FromGy(3) });

        Assert.Equal(3, assessment.SpinalCord.AlphaBeta.Gy);
        Assert.Equal("user", assessment.SpinalCord.Source);
        Assert.Equal(18, assessment.SpinalCord.Bed.Gy, 9);
        Assert.Equal(10.8, assessment.SpinalCord.Eqd2.Gy, 9);
        Assert.Equal(10.8, assessment.Cord.CordEqd2.Gy, 9);
    }

    [Fact]
    public void Emh_alpha_beta_is_an_assumption_unless_the_user_gives_one()
    {
        var assumed = PlanAssessor.Default.Assess(Bare("T5-T8", 18, 10));
        var given = PlanAssessor.Default.Assess(Bare("T5-T8", 18, 10) with { EmhAlphaBeta = AlphaBeta.FromGy(5) });

        Assert.Equal(TissueDose.Emh, assumed.Emh.Tissue);
        Assert.Equal("assumption", assumed.Emh.Source);
        Assert.Equal(10, assumed.Emh.AlphaBeta.Gy);
        Assert.Equal(17.7, assumed.Emh.Eqd2.Gy, 9);
        Assert.Equal(10, assumed.Literature.AlphaBetaGy);

        Assert.Equal("user", given.Emh.Source);
        Assert.Equal(5, given.Emh.AlphaBeta.Gy);
        Assert.Equal(18 * (1 + (1.8 / 5)) / (1 + (2.0 / 5)), given.Emh.Eqd2.Gy, 9);
        Assert.Equal(5, given.Literature.AlphaBetaGy);
    }

    // ---- Literature and protocol ----

    [Fact]
    public void Literature_position_is_that_of_the_case_library()
    {
        var assessment = PlanAssessor.Default.Assess(Seed003());
        var expected = EmhRt.Literature.CaseLibrary.Default.Position(20, 10, 10);

        var literature = assessment.Literature;

        Assert.Same(literature, assessment.Literature);
        Assert.Equal(20, literature.ProposedTotalDoseGy);
        Assert.Equal(10, literature.ProposedFractions);
        Assert.Equal(20, literature.ProposedEqd2Gy, 12);
        Assert.True(literature.CasesWithKnownRegimen > 0);
        Assert.Equal(expected.Summary, literature.Summary);
        Assert.Equal(expected.CasesBelow, literature.CasesBelow);
        Assert.Equal(expected.CasesAbove, literature.CasesAbove);
    }

    [Fact]
    public void The_assessment_names_the_protocol_it_used()
    {
        var assessment = PlanAssessor.Default.Assess(Seed003());

        Assert.Same(EmhProtocol.Default, PlanAssessor.Default.Protocol);
        Assert.Equal(EmhProtocol.Default.Sha256, assessment.Protocol.Sha256);
        Assert.Equal("emh-default", assessment.Protocol.Id);
        Assert.Equal(CtvLevelMargin.Create(1, 1), assessment.CtvMargin);
    }

    [Fact]
    public void A_custom_protocol_changes_the_findings()
    {
        var protocol = EmhProtocol.Default with { DoseRangeMinGy = 18 };
        var assessor = new PlanAssessor(protocol);
        var request = Bare("T5-T8", 16, 8);

        var custom = assessor.Assess(request);
        var standard = PlanAssessor.Default.Assess(request);

        Assert.Equal([FindingCodes.GeometryEstimated, FindingCodes.OrganNearField, FindingCodes.PtvNotAssessed], SortedCodes(standard));
        Assert.Equal([FindingCodes.DoseBelowRange, FindingCodes.GeometryEstimated, FindingCodes.OrganNearField, FindingCodes.PtvNotAssessed], SortedCodes(custom));
        Assert.StartsWith("Total dose 16 Gy in 8 fractions is below the 18-20 Gy recommended by the protocol in force.", custom.Findings[0].Message, StringComparison.Ordinal);
        Assert.Equal(protocol.Sha256, custom.Protocol.Sha256);
        Assert.NotEqual(EmhProtocol.Default.Sha256, custom.Protocol.Sha256);
    }

    [Fact]
    public void A_custom_protocol_sets_margins_and_alpha_beta()
    {
        var protocol = EmhProtocol.Default with { CtvMarginLevelsAbove = 2, EmhAlphaBetaGy = 3, CordAlphaBetaGy = 1.5 };

        var assessment = new PlanAssessor(protocol).Assess(Bare("T5-T8", 20, 10));

        Assert.Equal("T3-T9", assessment.Ctv.ToString());
        Assert.Equal(CtvLevelMargin.Create(2, 1), assessment.CtvMargin);
        Assert.Equal(3, assessment.Emh.AlphaBeta.Gy);
        Assert.Equal(1.5, assessment.SpinalCord.AlphaBeta.Gy);
    }

    [Fact]
    public void A_disabled_rule_is_not_raised()
    {
        var rules = EmhProtocol.Default.Rules.Select(r => r.Code == FindingCodes.DoseBelowRange ? r with { Enabled = false } : r).ToImmutableArray();
        var assessor = new PlanAssessor(EmhProtocol.Default with { Rules = rules });

        var assessment = assessor.Assess(Bare("T4-T8", 9, 3));

        Assert.Equal([FindingCodes.FractionSizeOutsideRange, FindingCodes.GeometryEstimated, FindingCodes.Hypofractionation, FindingCodes.OrganNearField, FindingCodes.PtvNotAssessed], SortedCodes(assessment));
    }

    [Fact]
    public void An_invalid_protocol_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlanAssessor(EmhProtocol.Default with { DoseRangeMinGy = 25 }));

        Assert.Contains("invalid", error.Message, StringComparison.Ordinal);
    }
}
