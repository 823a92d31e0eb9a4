using EmhRt.Findings;
using EmhRt.Organs;
using EmhRt.Planning;
using EmhRt.Planning.Input;
using EmhRt.Protocol;
using EmhRt.Volumes;
using FsCheck.Xunit;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.Organs;

/// <summary>Issue 21, items 1-5: organs at risk by level, pregnancy, fertility and active marrow (clinical-facts-organs §2, §2.4, §2.12, §6).</summary>
public class OrgansAtRiskTests
{
    private static PlanAssessment Assess(string lesion, double total, int fractions, double? marginMm, Sex? sex, double? age, PregnancyStatus pregnancy = PregnancyStatus.Unknown) =>
        PlanAssessor.Default.Assess(new PlanRequest
        {
            Lesions = Spans(lesion),
            Regimen = Regimen(total, fractions),
            PtvMargin = marginMm is { } mm ? PtvMargin.Isotropic(mm) : null,
            Patient = new PatientDetails { Sex = sex, AgeYears = age, PregnancyStatus = pregnancy },
        });

    private static string Organs(PlanAssessment a) => string.Join(" ", a.OrgansAtRisk.Organs.Select(o => o.Name.Replace(' ', '-') + (o.Caution ? "!" : string.Empty)));

    public static TheoryData<string, string, double?, Sex?, double?, string, string> Regions => new()
    {
        // Young woman, lumbosacral lesion: PTV L3-S4 reaches the kidney band's lowest level, the pelvis and the small-bowel band.
        // 20 Gy/10 is EQD2 20 Gy: above the kidneys' 15 Gy, the 24-year-old's interpolated ESD 15.62 Gy and the V15 dose level.
        { "young woman with a lumbosacral lesion", "L5-S2", 10, Sex.Female, 24, "kidneys! ovaries! uterus small-bowel!",
          "PREGNANCY_STATUS_UNKNOWN:warning FERTILITY_COUNSELLING:caution ORGAN_THRESHOLD_REACHABLE:caution ORGAN_THRESHOLD_REACHABLE:caution ORGAN_THRESHOLD_REACHABLE:caution GEOMETRY_ESTIMATED:info ORGAN_NEAR_FIELD:info" },
        // T11-L2 paravertebral lesion in a man of 40: kidneys and small bowel cautions; lungs, oesophagus and liver listed.
        { "T11-L2 paravertebral lesion", "T11-L2", 10, Sex.Male, 40, "kidneys! small-bowel! lungs oesophagus liver",
          "ORGAN_THRESHOLD_REACHABLE:caution ORGAN_THRESHOLD_REACHABLE:caution GEOMETRY_ESTIMATED:info ORGAN_NEAR_FIELD:info" },
        // Cervical lesion in a woman of 30: larynx, thyroid, oesophagus and (the PTV reaching T1) lungs, none a caution; no pregnancy rule (not abdomen or pelvis).
        { "cervical lesion", "C5-C6", 10, Sex.Female, 30, "lungs oesophagus thyroid larynx",
          "FOLLOW_UP:info GEOMETRY_ESTIMATED:info ORGAN_NEAR_FIELD:info" },
        // Thoracic lesion: heart, lungs, oesophagus, and the liver at T10 where the PTV ends; the lungs' V20 dose level is reached only in the whole-lung worst case (info).
        { "thoracic lesion", "T5-T8", 10, Sex.Male, 19, "heart lungs oesophagus liver",
          "FOLLOW_UP:info GEOMETRY_ESTIMATED:info ORGAN_NEAR_FIELD:info" },
        // Man with a sacral field: testes by scatter (7.1 % of 20 Gy = 1.42 Gy >= 1.2 Gy, info), small bowel caution, fertility.
        { "man with a sacral field", "S1-S3", 10, Sex.Male, 35, "testes small-bowel!",
          "FERTILITY_COUNSELLING:caution ORGAN_THRESHOLD_REACHABLE:caution GEOMETRY_ESTIMATED:info ORGAN_NEAR_FIELD:info" },
    };

    [Theory]
    [MemberData(nameof(Regions))]
    public void Organs_and_findings_per_region(string reason, string lesion, double? margin, Sex? sex, double? age, string organs, string codes)
    {
        var a = Assess(lesion, 20, 10, margin, sex, age);

        Assert.True(organs == Organs(a), reason + ": " + Organs(a));
        Assert.Equal(codes.Split(' '), a.Findings.Select(f => f.Code + ":" + SeverityText.Format(f.Severity)));
    }

    [Fact]
    public void A_caution_names_the_organ_its_levels_its_threshold_and_its_source_and_never_says_a_limit_is_met()
    {
        var a = Assess("T11-L2", 20, 10, 10, Sex.Male, 40);
        var kidneys = a.Findings.First(f => f.Code == FindingCodes.OrganThresholdReachable);

        Assert.StartsWith("The kidneys may lie in or near the field: irradiated levels T11-L3 are within the usual levels of the kidneys T11-L3 (derived from cited landmarks).", kidneys.Message, StringComparison.Ordinal);
        Assert.Contains("mean dose to both kidneys 15 Gy", kidneys.Message, StringComparison.Ordinal);
        Assert.Contains("EQD2 of 20 Gy at α/β 1.5 Gy (the lower end of 1.5-3 Gy, cancerbiother2004", kidneys.Message, StringComparison.Ordinal);
        Assert.Contains("does not say whether a limit is met", kidneys.Message, StringComparison.Ordinal);
        Assert.Contains(Bibliography.Marks2010, kidneys.Citations);
        Assert.Contains(Bibliography.Shen2016, kidneys.Citations);
        var bowel = a.Findings.Where(f => f.Code == FindingCodes.OrganThresholdReachable).ElementAt(1);
        Assert.Contains("(an assumption: no imaging source gives this organ's vertebral level)", bowel.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixteen_gray_in_two_gray_fractions_still_reaches_the_kidney_threshold_but_not_the_larynx_one()
    {
        var kidneys = Assess("L1", 16, 8, null, Sex.Male, 50).OrgansAtRisk.Organs.Single(o => o.Organ == OrganAtRisk.Kidneys);
        Assert.True(kidneys.CouldReach);
        Assert.Equal(16, kidneys.PrescriptionGy!.Value, 9);

        var larynx = Assess("C5", 16, 8, null, Sex.Male, 50).OrgansAtRisk.Organs.Single(o => o.Organ == OrganAtRisk.Larynx);
        Assert.False(larynx.CouldReach);
        Assert.Equal(44, larynx.ThresholdGy);
        var thyroid = Assess("C7", 16, 8, null, Sex.Male, 50).OrgansAtRisk.Organs.Single(o => o.Organ == OrganAtRisk.Thyroid);
        Assert.Null(thyroid.CouldReach);
        Assert.Null(thyroid.ThresholdGy);
    }

    [Theory]
    [InlineData(0, 20.3)]
    [InlineData(10, 18.4)]
    [InlineData(15, 17.45)]
    [InlineData(20, 16.5)]
    [InlineData(25, 15.4)]
    [InlineData(30, 14.3)]
    [InlineData(45, 14.3)]
    public void Ovarian_sterilising_dose_is_interpolated_between_the_wallace2005_ages_and_held_at_30_years(double age, double expected) =>
        Assert.Equal(expected, new OrganModel(EmhProtocol.Default).SterilisingDoseGy(age), 9);

    [Theory]
    // 16 Gy/8 (EQD2 16 Gy at α/β 3): below the ESD at 5 y (19.35 Gy): info; above it at 25 y (15.4 Gy): caution.
    [InlineData(5.0, false)]
    [InlineData(25.0, true)]
    // Age not given: the 30-year value, 14.3 Gy (labelled), so a caution.
    [InlineData(null, true)]
    public void Ovaries_raise_a_caution_only_when_the_age_specific_sterilising_dose_is_below_the_prescription(double? age, bool caution)
    {
        var ovaries = Assess("S2", 16, 8, null, Sex.Female, age).OrgansAtRisk.Organs.Single(o => o.Organ == OrganAtRisk.Ovaries);
        Assert.Equal(caution, ovaries.Caution);
        Assert.Equal(age is null, ovaries.Threshold.Contains("age not given: the 30-year value", StringComparison.Ordinal));
    }

    [Fact]
    public void Sex_not_given_lists_both_gonads_as_info_with_the_assumption_and_no_pregnancy_warning()
    {
        var a = Assess("S1-S3", 20, 10, null, null, 30);
        var organs = a.OrgansAtRisk.Organs;

        Assert.Equal("sex not given: listed in case the patient is female", organs.Single(o => o.Organ == OrganAtRisk.Ovaries).Note);
        Assert.Equal("sex not given: listed in case the patient is male", organs.Single(o => o.Organ == OrganAtRisk.Testes).Note);
        Assert.False(organs.Single(o => o.Organ == OrganAtRisk.Ovaries).Caution);
        Assert.DoesNotContain(a.Findings, f => f.Code is FindingCodes.PregnancyStatusUnknown or FindingCodes.PregnancyFetalDose);
        Assert.Contains("ovaries or testes (sex not given)", Single(a, FindingCodes.FertilityCounselling).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, Sex?, double?, PregnancyStatus, string?> Pregnancy => new()
    {
        { "woman of 30, lumbar field, status unknown", "L2-L3", Sex.Female, 30, PregnancyStatus.Unknown, FindingCodes.PregnancyStatusUnknown },
        { "woman of 30, lumbar field, negative test", "L2-L3", Sex.Female, 30, PregnancyStatus.Negative, null },
        { "woman of 30, lumbar field, pregnant", "L2-L3", Sex.Female, 30, PregnancyStatus.Pregnant, FindingCodes.PregnancyFetalDose },
        { "woman of 30, thoracic field, status unknown: not the abdomen or pelvis", "T4-T6", Sex.Female, 30, PregnancyStatus.Unknown, null },
        { "woman of 30, thoracic field, pregnant: out-of-field dose", "T4-T6", Sex.Female, 30, PregnancyStatus.Pregnant, FindingCodes.PregnancyFetalDose },
        { "woman of 60: above 55", "L2-L3", Sex.Female, 60, PregnancyStatus.Unknown, null },
        { "girl of 11: below 12", "L2-L3", Sex.Female, 11, PregnancyStatus.Unknown, null },
        { "girl of exactly 12", "L2-L3", Sex.Female, 12, PregnancyStatus.Unknown, FindingCodes.PregnancyStatusUnknown },
        { "woman of unknown age: cannot be excluded", "L2-L3", Sex.Female, null, PregnancyStatus.Unknown, FindingCodes.PregnancyStatusUnknown },
        { "sex not given: not recorded female", "L2-L3", null, 30, PregnancyStatus.Unknown, null },
        { "man", "L2-L3", Sex.Male, 30, PregnancyStatus.Unknown, null },
    };

    [Theory]
    [MemberData(nameof(Pregnancy))]
    public void Pregnancy_status_cases(string reason, string lesion, Sex? sex, double? age, PregnancyStatus status, string? code)
    {
        var a = Assess(lesion, 20, 10, null, sex, age, status);
        var raised = a.Findings.Where(f => f.Code is FindingCodes.PregnancyStatusUnknown or FindingCodes.PregnancyFetalDose).Select(f => f.Code).ToArray();
        Assert.True((code is null ? [] : new[] { code }).SequenceEqual(raised), reason + ": " + string.Join(", ", raised));
        Assert.All(a.Findings.Where(f => f.Code.StartsWith("PREGNANCY", StringComparison.Ordinal)), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void Fetal_dose_warning_gives_the_threshold_and_the_out_of_field_estimate()
    {
        var thoracic = Single(Assess("T4-T6", 20, 10, null, Sex.Female, 30, PregnancyStatus.Pregnant), FindingCodes.PregnancyFetalDose);
        Assert.Contains("above 0.1-0.2 Gy (lancetoncol2005", thoracic.Message, StringComparison.Ordinal);
        Assert.Contains("reached 1.5 % of the prescription unshielded (medphys2007): 0.3 Gy here, at or above 0.1 Gy", thoracic.Message, StringComparison.Ordinal);

        var pelvic = Single(Assess("S1", 20, 10, null, Sex.Female, 30, PregnancyStatus.Pregnant), FindingCodes.PregnancyFetalDose);
        Assert.Contains("the uterus may receive up to the prescription, 20 Gy, about 200 times the threshold", pelvic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pregnant_is_refused_for_a_patient_recorded_male_by_the_assessor_and_the_input()
    {
        var request = Bare("L2", 20, 10) with { Patient = new PatientDetails { Sex = Sex.Male, PregnancyStatus = PregnancyStatus.Pregnant } };
        Assert.False(PlanAssessor.Default.TryAssess(request, out _, out var error));
        Assert.Equal("pregnancy status 'pregnant' was given for a patient recorded male", error);

        var input = new PlanInput { Lesion = "L2", DoseGy = 20, Fractions = 10, Sex = Sex.Male, PregnancyStatus = PregnancyStatus.Pregnant }.ToRequest();
        Assert.Contains(input.Errors, e => e.Field == PlanField.PregnancyStatus && e.Message == "pregnancy status 'pregnant' was given for a patient recorded male");
    }

    [Fact]
    public void A_child_with_gonads_near_the_field_gets_the_fertility_advice_once_with_the_parents_named()
    {
        var a = Assess("S1-S2", 18, 10, null, Sex.Female, 12);
        var pediatric = Single(a, FindingCodes.PediatricPatient);
        var fertility = Single(a, FindingCodes.FertilityCounselling);

        Assert.Contains("Fertility: see FERTILITY_COUNSELLING.", pediatric.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("reproductive specialists", pediatric.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Bibliography.Loren2013, pediatric.Citations);
        Assert.Contains("with the patient and the parents", fertility.Message, StringComparison.Ordinal);
        Assert.Contains(Bibliography.Loren2013, fertility.Citations);
        Assert.Single(a.Findings, f => f.Message.Contains("reproductive specialists", StringComparison.Ordinal));
    }

    [Fact]
    public void A_child_with_a_cervical_field_keeps_the_fertility_sentence_in_the_paediatric_finding()
    {
        var a = Assess("C5", 18, 10, null, Sex.Female, 12);
        Assert.Contains("reproductive specialists", Single(a, FindingCodes.PediatricPatient).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Findings, f => f.Code == FindingCodes.FertilityCounselling);
    }

    [Fact]
    public void A_man_of_70_with_a_sacral_field_gets_no_fertility_advice()
    {
        Assert.DoesNotContain(Assess("S1-S3", 20, 10, null, Sex.Male, 70).Findings, f => f.Code == FindingCodes.FertilityCounselling);
    }

    [Theory]
    // CTV T1-T12 (lesion T2-T11, one level each side): the whole thoracic spine, 19.9 % (hayman2011).
    [InlineData("T2-T11", 19.9)]
    // CTV T11-S1 (8 levels): 2 of 12 thoracic levels (19.9 · 2 / 12), the lumbar spine (16.6) and 1 of 5 sacral levels (9.2 / 5).
    [InlineData("T12-L5", (19.9 * 2 / 12) + 16.6 + (9.2 / 5))]
    // CTV C1-T1 (clamped at C1): every cervical level (4.3) and T1 (19.9 / 12).
    [InlineData("C1-C7", 4.3 + (19.9 / 12))]
    public void Active_marrow_share_spreads_each_region_evenly_over_its_levels(string lesion, double percent)
    {
        var a = Assess(lesion, 20, 10, null, Sex.Male, 40);
        Assert.Equal(percent, a.OrgansAtRisk.ActiveMarrow.Percent, 9);
        var blood = Single(a, FindingCodes.LongFieldBloodCounts);
        Assert.Contains(FormattableString.Invariant($"hold about {percent:0.#} % of the body's proliferating marrow (hayman2011"), blood.Message, StringComparison.Ordinal);
        Assert.Contains(Bibliography.Hayman2011, blood.Citations);
    }

    [Fact]
    public void The_organs_are_built_only_when_read_and_every_report_shows_them()
    {
        var a = Assess("T11-L2", 20, 10, 10, Sex.Male, 40);
        Assert.Same(a.OrgansAtRisk, a.OrgansAtRisk);
        var json = EmhRt.Reporting.PlanJsonReport.ToJson(a, EmhRt.Tests.Reporting.ReportingCases.Tool, indented: false);
        Assert.Contains("\"organsAtRisk\":{\"irradiatedLevels\":\"T9-L4\",\"activeMarrowPercent\":19.913,", json, StringComparison.Ordinal);
        Assert.Contains("\"organ\":\"small-bowel\"", json, StringComparison.Ordinal);
        Assert.Contains("\"pregnancyStatus\":\"unknown\"", json, StringComparison.Ordinal);
        var text = EmhRt.Reporting.PlanTextReport.ToText(a, EmhRt.Tests.Reporting.ReportingCases.Tool, useColor: false);
        Assert.Contains("\nOrgans at risk (check each dose in the planning system)\n", text, StringComparison.Ordinal);
        Assert.Contains("   kidneys: levels T11-L3 (usual T11-L3, derived); could reach 15 Gy (EQD2 20 Gy at α/β 1.5 Gy)", text, StringComparison.Ordinal);
        var html = EmhRt.Reporting.Html.PlanHtmlReport.ToHtml(a, EmhRt.Tests.Reporting.ReportingCases.Tool, EmhRt.Reporting.Html.HtmlReportOptions.Default);
        Assert.Contains("<table id=\"organs-at-risk\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Organ_bands_and_thresholds_are_protocol_parameters()
    {
        var wider = EmhProtocol.Default with { KidneysLevels = "T9-L4", KidneysMeanGy = 25 };
        var kidneys = new PlanAssessor(wider).Assess(Bare("T9", 20, 10)).OrgansAtRisk.Organs.Single(o => o.Organ == OrganAtRisk.Kidneys);
        Assert.Equal("T9-L4", kidneys.UsualLevels);
        Assert.False(kidneys.CouldReach);

        var errors = (EmhProtocol.Default with { KidneysLevels = "T11 to the moon" }).Validate();
        Assert.Contains(errors, e => e.Location == "$.organs.kidneys.levels" && e.Message.StartsWith("must be one vertebral span such as T11-L3 or L5-Co", StringComparison.Ordinal));
    }

    /// <summary>Widening the PTV margin never removes an organ: the irradiated levels only grow.</summary>
    [Property(MaxTest = 200)]
    public bool Organ_list_is_monotone_in_the_ptv_margin(byte first, byte length, byte margin, byte extra)
    {
        var anatomy = EmhRt.Spine.SpineAnatomy.Standard;
        var start = first % (anatomy.LevelCount - 1);
        var end = Math.Min(anatomy.LevelCount - 1, start + (length % 6));
        var lesion = EmhRt.Spine.VertebralSpan.Create(anatomy.LevelAt(start), anatomy.LevelAt(end)).ToString();
        var narrow = margin % 26;
        var wide = narrow + (extra % 25);
        var small = Assess(lesion, 20, 10, narrow, Sex.Female, 30).OrgansAtRisk.Organs.Select(o => o.Organ).ToHashSet();
        var large = Assess(lesion, 20, 10, wide, Sex.Female, 30).OrgansAtRisk.Organs.Select(o => o.Organ).ToHashSet();
        return small.IsSubsetOf(large);
    }

    /// <summary>Raising the dose never turns a reachable threshold into an unreachable one.</summary>
    [Property(MaxTest = 200)]
    public bool Could_reach_is_monotone_in_the_total_dose(byte level, byte low, byte more)
    {
        var anatomy = EmhRt.Spine.SpineAnatomy.Standard;
        var lesion = anatomy.LevelAt(level % anatomy.LevelCount).ToString();
        var lower = 10 + (low % 20);
        var higher = lower + (more % 20);
        var a = Assess(lesion, lower, 10, 10, Sex.Female, 25).OrgansAtRisk.Organs;
        var b = Assess(lesion, higher, 10, 10, Sex.Female, 25).OrgansAtRisk.Organs.ToDictionary(o => o.Organ);
        return a.All(o => o.CouldReach != true || b[o.Organ].CouldReach == true);
    }
}
