using EmhRt.Findings;
using EmhRt.Organs;
using EmhRt.Planning;
using EmhRt.Planning.Input;
using EmhRt.Reporting;
using FsCheck.Xunit;
using static EmhRt.Tests.Planning.Plans;

namespace EmhRt.Tests.Organs;

/// <summary>
/// Issue 21, doses the planning system measured: each measured organ dose compared with the organ's cited constraint for
/// conventional fractionation, in the measurement's unit (clinical-facts-organs §2), through the one assessment path.
/// </summary>
public class MeasuredOrganDoseTests
{
    private static PlanAssessment Assess(string lesion, double total, int fractions, Sex? sex, double? age, PregnancyStatus pregnancy, params string[] doses)
    {
        var result = new PlanInput
        {
            Lesion = lesion, DoseGy = total, Fractions = fractions, Sex = sex, AgeYears = age, PregnancyStatus = pregnancy, OrganDoses = [.. doses],
        }.ToRequest();
        Assert.True(result.Request is not null, string.Join("; ", result.Errors.Select(e => e.Message)));
        return PlanAssessor.Default.Assess(result.Request);
    }

    private static string Codes(PlanAssessment a, params string[] codes) =>
        string.Join(" ", a.Findings.Where(f => codes.Contains(f.Code)).Select(f => f.Code + ":" + f.Severity.ToString().ToLowerInvariant()));

    public static TheoryData<string, string, Sex?, double?, PregnancyStatus, MeasuredDoseStatus, double?, string> Conventional => new()
    {
        // Kidneys: mean < 15 Gy, V12 < 55 %, V20 < 32 % (marks2010, dawson2010).
        { "kidney mean 14.9 Gy is below 15 Gy", "kidneys=mean:14.9", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 15, "Gy" },
        { "kidney mean 15 Gy breaks < 15 Gy", "kidneys=mean:15", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 15, "Gy" },
        { "kidney mean 1600 cGy is 16 Gy, above", "kidneys=mean:1600cGy", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 15, "Gy" },
        { "kidney V20 31 % is below 32 %", "kidneys=V20:31%", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 32, "%" },
        { "kidney V20 33 % is above 32 %", "kidneys=V20:33%", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 32, "%" },
        { "kidney V12 54 % is below 55 %", "kidneys=V12:54%", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 55, "%" },
        { "kidney V12 60 % is above 55 %", "kidneys=V12:60%", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 55, "%" },
        { "kidney V20 in cc has no cited constraint (the limit is in %)", "kidneys=V20:40cc", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.NoCitedConstraint, null, "cc" },
        { "kidney max has no cited constraint", "kidneys=max:25", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.NoCitedConstraint, null, "Gy" },
        // Small bowel: V15 < 120 cc (kavanagh2010).
        { "small-bowel V15 80 cc is below 120 cc", "small-bowel=V15:80cc", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 120, "cc" },
        { "small-bowel V15 130 cc is above 120 cc", "small-bowel=V15:130cc", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 120, "cc" },
        { "small-bowel V15 in % has no cited constraint", "small-bowel=V15:10%", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.NoCitedConstraint, null, "%" },
        // Heart: V25 < 10 % (marks2010).
        { "heart V25 9 % is below 10 %", "heart=V25:9%", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 10, "%" },
        { "heart V25 12 % is above 10 %", "heart=V25:12%", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 10, "%" },
        { "heart mean has no cited constraint (the 26 Gy is the pericardium's)", "heart=mean:27", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.NoCitedConstraint, null, "Gy" },
        // Lungs: V20 <= 30 %, mean < 20 Gy (marks2010, markslung2010).
        { "lung V20 30 % meets <= 30 %", "lungs=V20:30%", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 30, "%" },
        { "lung V20 31 % is above 30 %", "lungs=V20:31%", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 30, "%" },
        { "mean lung dose 8 Gy is below 20 Gy", "lungs=mean:8", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 20, "Gy" },
        { "mean lung dose 20 Gy reaches 20 Gy", "lungs=mean:20", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 20, "Gy" },
        // Oesophagus < 34, larynx < 44, liver < 30 Gy mean (marks2010).
        { "oesophagus mean 20 Gy is below 34 Gy", "oesophagus=mean:20", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 34, "Gy" },
        { "oesophagus mean 35 Gy is above 34 Gy", "oesophagus=mean:35", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 34, "Gy" },
        { "larynx mean 43 Gy is below 44 Gy", "larynx=mean:43", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 44, "Gy" },
        { "larynx mean 45 Gy is above 44 Gy", "larynx=mean:45", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 44, "Gy" },
        { "liver mean 12 Gy is below 30 Gy", "liver=mean:12", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 30, "Gy" },
        { "liver mean 31 Gy is above 30 Gy", "liver=mean:31", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 30, "Gy" },
        // Ovaries: mean vs the age's ESD (wallace2005): 16.5 Gy at 20, 14.3 Gy at 30 and without an age.
        { "ovaries 16 Gy at 20 years is below the ESD 16.5 Gy", "ovaries=mean:16", Sex.Female, 20, PregnancyStatus.Negative, MeasuredDoseStatus.WithinConstraint, 16.5, "Gy" },
        { "ovaries 16 Gy at 30 years is above the ESD 14.3 Gy", "ovaries=mean:16", Sex.Female, 30, PregnancyStatus.Negative, MeasuredDoseStatus.AboveConstraint, 14.3, "Gy" },
        { "ovaries 15 Gy without an age is above the 30-year ESD 14.3 Gy", "ovaries=mean:15", Sex.Female, null, PregnancyStatus.Negative, MeasuredDoseStatus.AboveConstraint, 14.3, "Gy" },
        // Testes: mean or max vs 1.2 Gy (howell2005).
        { "testes max 0.9 Gy is below 1.2 Gy", "testes=max:90cGy", Sex.Male, 30, PregnancyStatus.Unknown, MeasuredDoseStatus.WithinConstraint, 1.2, "Gy" },
        { "testes mean 1.3 Gy is above 1.2 Gy", "testes=mean:1.3", Sex.Male, 30, PregnancyStatus.Unknown, MeasuredDoseStatus.AboveConstraint, 1.2, "Gy" },
        // Uterus: the fetal threshold 0.1 Gy in pregnancy (lancetoncol2005); otherwise no cited constraint.
        { "pregnant: uterus mean 0.05 Gy is below the fetal 0.1 Gy", "uterus=mean:0.05", Sex.Female, 30, PregnancyStatus.Pregnant, MeasuredDoseStatus.WithinConstraint, 0.1, "Gy" },
        { "pregnant: uterus max 0.3 Gy is above the fetal 0.1 Gy", "uterus=max:0.3", Sex.Female, 30, PregnancyStatus.Pregnant, MeasuredDoseStatus.AboveConstraint, 0.1, "Gy" },
        { "not pregnant: uterus mean has no cited constraint", "uterus=mean:5", Sex.Female, 30, PregnancyStatus.Negative, MeasuredDoseStatus.NoCitedConstraint, null, "Gy" },
        // Thyroid: no threshold is cited (boomsma2011).
        { "thyroid mean has no cited constraint", "thyroid=mean:30", null, 40, PregnancyStatus.Unknown, MeasuredDoseStatus.NoCitedConstraint, null, "Gy" },
    };

    [Theory]
    [MemberData(nameof(Conventional))]
    public void Conventional_course_compares_with_the_cited_constraint_in_the_limits_unit(
        string reason, string spec, Sex? sex, double? age, PregnancyStatus pregnancy, MeasuredDoseStatus status, double? limit, string unit)
    {
        var a = Assess("L1", 20, 10, sex, age, pregnancy, spec);

        var measured = Assert.Single(a.OrgansAtRisk.MeasuredDoses);
        Assert.True(status == measured.Status, reason + ": " + measured.Describe());
        Assert.Equal(unit, measured.Unit);
        if (limit is { } expected)
        {
            Assert.NotNull(measured.Limit);
            Assert.Equal(expected, measured.Limit.Value, 9);
            Assert.NotEmpty(measured.Citations);
        }
        else
        {
            Assert.Null(measured.Limit);
            Assert.Empty(measured.Citations);
        }

        var codes = Codes(a, FindingCodes.OrganDoseAboveConstraint, FindingCodes.OrganDoseNotAssessed);
        Assert.Equal(
            status switch
            {
                MeasuredDoseStatus.AboveConstraint => measured.FetalThreshold ? "ORGAN_DOSE_ABOVE_CONSTRAINT:warning" : "ORGAN_DOSE_ABOVE_CONSTRAINT:caution",
                MeasuredDoseStatus.WithinConstraint => string.Empty,
                _ => "ORGAN_DOSE_NOT_ASSESSED:info",
            },
            codes);
    }

    [Theory]
    [InlineData("kidneys above 15 Gy in 5 fractions", "kidneys=mean:16", 20, 5)]
    [InlineData("kidneys below 15 Gy in 1 fraction", "kidneys=mean:3", 8, 1)]
    [InlineData("small bowel above 120 cc in 3 fractions", "small-bowel=V15:200cc", 24, 3)]
    [InlineData("lungs V20 above 30 % in 5 fractions", "lungs=V20:40%", 25, 5)]
    [InlineData("testes above 1.2 Gy in 5 fractions", "testes=max:2", 25, 5)]
    public void One_to_five_fractions_are_not_compared_no_short_course_constraint_is_cited(string reason, string spec, double total, int fractions)
    {
        var a = Assess("L1", total, fractions, Sex.Male, 40, PregnancyStatus.Unknown, spec);

        var measured = Assert.Single(a.OrgansAtRisk.MeasuredDoses);
        Assert.True(measured.Status == MeasuredDoseStatus.NoShortCourseConstraint, reason);
        Assert.Null(measured.Limit);
        Assert.StartsWith("no short-course constraint cited for the ", measured.Constraint, StringComparison.Ordinal);
        var finding = Assert.Single(a.Findings, f => f.Code == FindingCodes.OrganDoseNotAssessed);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("no short-course constraint cited", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(a.Findings, f => f.Code == FindingCodes.OrganDoseAboveConstraint);
    }

    [Fact]
    public void The_fetal_threshold_is_compared_in_a_short_course_too_and_raises_a_warning()
    {
        var a = Assess("L1", 8, 1, Sex.Female, 30, PregnancyStatus.Pregnant, "uterus=mean:0.2");

        var measured = Assert.Single(a.OrgansAtRisk.MeasuredDoses);
        Assert.Equal(MeasuredDoseStatus.AboveConstraint, measured.Status);
        Assert.True(measured.FetalThreshold);
        var finding = Assert.Single(a.Findings, f => f.Code == FindingCodes.OrganDoseAboveConstraint);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("0.2 Gy against 0.1 Gy", finding.Message, StringComparison.Ordinal);
        Assert.Equal([Bibliography.Lancetoncol2005], finding.Citations.ToArray());
    }

    [Fact]
    public void A_measured_kidney_mean_replaces_the_worst_case_caution_in_a_conventional_course()
    {
        // T11-L2, 20 Gy/10: the whole-kidney worst case (EQD2 20 Gy >= 15 Gy) raises ORGAN_THRESHOLD_REACHABLE for kidneys and small bowel.
        var without = Assess("T11-L2", 20, 10, Sex.Male, 40, PregnancyStatus.Unknown);
        Assert.Equal(2, without.Findings.Count(f => f.Code == FindingCodes.OrganThresholdReachable));

        var measured = Assess("T11-L2", 20, 10, Sex.Male, 40, PregnancyStatus.Unknown, "kidneys=mean:9");
        var reachable = Assert.Single(measured.Findings, f => f.Code == FindingCodes.OrganThresholdReachable);
        Assert.Contains("small bowel", reachable.Message, StringComparison.Ordinal);
        Assert.False(measured.OrgansAtRisk.Organs.Single(o => o.Organ == OrganAtRisk.Kidneys).Caution);
        Assert.Equal(MeasuredDoseStatus.WithinConstraint, Assert.Single(measured.OrgansAtRisk.MeasuredDoses).Status);
        var near = Assert.Single(measured.Findings, f => f.Code == FindingCodes.OrganNearField);
        Assert.Contains("; measured in the planning system: kidneys=mean:9Gy (within the constraint).", near.Message, StringComparison.Ordinal);

        // A kidney V20 is not the threshold's metric (mean): the worst-case caution stays.
        var otherMetric = Assess("T11-L2", 20, 10, Sex.Male, 40, PregnancyStatus.Unknown, "kidneys=V20:10%");
        Assert.Equal(2, otherMetric.Findings.Count(f => f.Code == FindingCodes.OrganThresholdReachable));
    }

    [Fact]
    public void A_measured_dose_in_a_short_course_keeps_the_worst_case_caution()
    {
        var a = Assess("T11-L2", 20, 5, Sex.Male, 40, PregnancyStatus.Unknown, "kidneys=mean:9");

        Assert.Contains(a.Findings, f => f.Code == FindingCodes.OrganThresholdReachable && f.Message.Contains("kidneys", StringComparison.Ordinal));
        Assert.True(a.OrgansAtRisk.Organs.Single(o => o.Organ == OrganAtRisk.Kidneys).Caution);
    }

    [Theory]
    [InlineData("kidneys=mean:12;x", "'kidneys=mean:12;x'")]
    [InlineData("spleen=mean:3", "unknown organ 'spleen'")]
    [InlineData("kidneys=V20:28", "a volume needs its unit")]
    public void A_bad_spec_is_an_error_of_the_organ_doses_field_quoting_the_spec(string spec, string expected)
    {
        var result = new PlanInput { Lesion = "L1", DoseGy = 20, Fractions = 10, OrganDoses = [spec] }.ToRequest();

        Assert.Null(result.Request);
        var error = Assert.Single(result.Errors);
        Assert.Equal(PlanField.OrganDoses, error.Field);
        Assert.Contains("'" + spec + "'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_organ_metric_and_unit_twice_is_refused()
    {
        var result = new PlanInput { Lesion = "L1", DoseGy = 20, Fractions = 10, OrganDoses = ["kidneys=mean:12", "kidneys=mean:1300cGy"] }.ToRequest();

        var error = Assert.Single(result.Errors);
        Assert.Equal(PlanField.OrganDoses, error.Field);
        Assert.Contains("given twice", error.Message, StringComparison.Ordinal);

        var request = new PlanInput { Lesion = "L1", DoseGy = 20, Fractions = 10 }.ToRequest().Request! with
        {
            OrganDoses = [OrganDoseMeasurement.Parse("liver=mean:3").Value, OrganDoseMeasurement.Parse("liver=mean:4").Value],
        };
        Assert.False(PlanAssessor.Default.TryAssess(request, out _, out var assessError));
        Assert.Contains("given twice", assessError, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_lists_the_measured_doses_and_text_and_html_have_a_line_each()
    {
        var a = Assess("L1", 20, 10, Sex.Male, 40, PregnancyStatus.Unknown, "kidneys=mean:16", "thyroid=mean:2");
        var tool = new ToolIdentity("emhrt", "1.2.3-test");

        using var json = System.Text.Json.JsonDocument.Parse(PlanJsonReport.ToJson(a, tool, indented: false));
        var doses = json.RootElement.GetProperty("organsAtRisk").GetProperty("measuredDoses");
        Assert.Equal(2, doses.GetArrayLength());
        Assert.Equal("kidneys", doses[0].GetProperty("organ").GetString());
        Assert.Equal("above", doses[0].GetProperty("status").GetString());
        Assert.Equal(15, doses[0].GetProperty("limit").GetDouble());
        Assert.Equal("no-cited-constraint", doses[1].GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, doses[1].GetProperty("limit").ValueKind);

        using var writer = new StringWriter();
        PlanTextReport.Write(writer, a, tool, useColor: false);
        var text = writer.ToString().Replace("\n   ", " ", StringComparison.Ordinal);
        Assert.Contains("measured kidneys=mean:16Gy: 16 Gy, at or above the constraint mean dose to both kidneys < 15 Gy", text, StringComparison.Ordinal);
        Assert.Contains("measured thyroid=mean:2Gy: 2 Gy, not compared", text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public bool A_mean_kidney_dose_is_above_exactly_when_at_or_above_15_Gy(ushort centiGray)
    {
        var gy = centiGray % 3000 / 100.0;
        var a = Assess("L1", 20, 10, null, 40, PregnancyStatus.Unknown, FormattableString.Invariant($"kidneys=mean:{gy}"));
        var measured = a.OrgansAtRisk.MeasuredDoses[0];
        return (measured.Status == MeasuredDoseStatus.AboveConstraint) == (gy >= 15)
            && a.Findings.Any(f => f.Code == FindingCodes.OrganDoseAboveConstraint) == (gy >= 15);
    }
}
