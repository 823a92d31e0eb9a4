using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Reporting;

namespace EmhRt.Tests.Reporting;

public class PlanCsvReportTests
{
    [Fact]
    public void Header_has_the_contract_columns_in_order() =>
        Assert.Equal(
            ["line", "id", "status", "highest_severity", "finding_codes", "ctv", "ptv_length_mm", "total_dose_gy",
             "fractions", "dose_per_fraction_gy", "bed_emh_gy", "eqd2_emh_gy", "bed_cord_gy", "eqd2_cord_gy",
             "end_date", "error"],
            PlanCsvReport.Header.ToArray());

    [Fact]
    public void Values_cover_the_columns_status_to_end_date()
    {
        Assert.Equal(PlanCsvValues.Count, PlanCsvReport.Header.Length - 3);
        Assert.Equal("status", PlanCsvReport.Header[PlanCsvReport.ValuesStartColumn]);
        Assert.Equal("end_date", PlanCsvReport.Header[PlanCsvReport.ValuesStartColumn + PlanCsvValues.Count - 1]);
    }

    [Fact]
    public void Seed003_values_are_formatted_and_rounded()
    {
        var v = PlanCsvReport.Values(ReportingCases.Seed003(), Severity.Caution);
        Assert.Equal("pass", v.Status);
        Assert.Equal("info", v.HighestSeverity);
        Assert.Equal("FOLLOW_UP;GEOMETRY_ESTIMATED;ORGAN_NEAR_FIELD", v.FindingCodes);
        Assert.Equal("T4-T9", v.Ctv);
        Assert.Equal("160", v.PtvLengthMm);
        Assert.Equal(("20", "10", "2"), (v.TotalDoseGy, v.Fractions, v.DosePerFractionGy));
        Assert.Equal(("24", "20", "40", "20"), (v.BedEmhGy, v.Eqd2EmhGy, v.BedCordGy, v.Eqd2CordGy));
        Assert.Equal("2026-12-14", v.EndDate);
    }

    [Fact]
    public void Seed002_values_are_rounded_to_three_decimals()
    {
        var v = PlanCsvReport.Values(ReportingCases.Seed002(), Severity.Warning);
        Assert.Equal("pass", v.Status);
        Assert.Equal("caution", v.HighestSeverity);
        Assert.Equal("T1-S2", v.Ctv);
        Assert.Equal("541.667", v.PtvLengthMm);
        Assert.Equal(("18", "10", "1.8"), (v.TotalDoseGy, v.Fractions, v.DosePerFractionGy));
        Assert.Equal(("21.24", "17.7", "34.2", "17.1"), (v.BedEmhGy, v.Eqd2EmhGy, v.BedCordGy, v.Eqd2CordGy));
    }

    [Fact]
    public void Finding_codes_are_sorted_ordinally()
    {
        var a = ReportingCases.Seed002();
        var codes = PlanCsvReport.Values(a, null).FindingCodes!.Split(';');
        Assert.Equal(a.Findings.Select(f => f.Code).Distinct().Count(), codes.Length); // a set: one code per organ caution collapses
        Assert.Equal(codes.Order(StringComparer.Ordinal).ToArray(), codes);
        Assert.Equal("GEOMETRY_ESTIMATED", codes[0]);
    }

    [Theory]
    [InlineData(null, "pass")]
    [InlineData(Severity.Warning, "pass")]
    [InlineData(Severity.Caution, "findings")]
    [InlineData(Severity.Info, "findings")]
    public void Status_follows_fail_on(Severity? failOn, string expected) =>
        Assert.Equal(expected, PlanCsvReport.Values(ReportingCases.Seed002(), failOn).Status);

    [Fact]
    public void Empty_cells_are_null_without_ptv_or_schedule()
    {
        var a = PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { PtvMargin = null, StartDate = null });
        var v = PlanCsvReport.Values(a, Severity.Info);
        Assert.Null(v.PtvLengthMm);
        Assert.Null(v.EndDate);
        Assert.Null(v[4]);
        Assert.Null(v[12]);
        Assert.Equal(v.Status, v[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => v[13]);
    }

    [Fact]
    public void Multi_segment_ctv_is_written_with_comma_and_space()
    {
        var a = PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { Lesions = ReportingCases.Spans("T5-T10, L3-S1") });
        Assert.Equal("T4-T11, L2-S2", PlanCsvReport.Values(a, null).Ctv);
    }

    [Fact]
    public void WriteSingle_writes_header_and_one_row()
    {
        var writer = new StringWriter();
        PlanCsvReport.WriteSingle(writer, ReportingCases.Seed003(), Severity.Caution, "case-003");
        Assert.Equal(
            "line,id,status,highest_severity,finding_codes,ctv,ptv_length_mm,total_dose_gy,fractions,dose_per_fraction_gy,bed_emh_gy,eqd2_emh_gy,bed_cord_gy,eqd2_cord_gy,end_date,error\n"
            + "1,case-003,pass,info,FOLLOW_UP;GEOMETRY_ESTIMATED;ORGAN_NEAR_FIELD,T4-T9,160,20,10,2,24,20,40,20,2026-12-14,\n",
            writer.ToString());
    }

    [Fact]
    public void WriteSingle_quotes_fields_per_rfc4180()
    {
        var a = PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with
        {
            Lesions = ReportingCases.Spans("T5-T10, L3-S1"),
            PtvMargin = null,
            StartDate = null,
        });
        var writer = new StringWriter();
        PlanCsvReport.WriteSingle(writer, a, null, "Smith, \"J\"\nward 4");
        var row = writer.ToString().Split('\n', 2)[1];
        Assert.StartsWith("1,\"Smith, \"\"J\"\"\nward 4\",pass,", row, StringComparison.Ordinal);
        Assert.Contains(",\"T4-T11, L2-S2\",,", row, StringComparison.Ordinal);
        Assert.EndsWith(",,\n", row, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(1)", "'=HYPERLINK(1)")]
    [InlineData("+1", "+1")]
    [InlineData("+1x", "'+1x")]
    [InlineData("-1", "-1")]
    [InlineData("-001", "-001")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM", "'@SUM")]
    [InlineData("case 7", "case 7")]
    public void WriteSingle_guards_the_id_against_formula_injection(string id, string written)
    {
        var writer = new StringWriter();
        PlanCsvReport.WriteSingle(writer, ReportingCases.Seed003(), null, id);
        Assert.StartsWith("1," + written + ",pass,", writer.ToString().Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_formula_guard_fires_on_exactly_the_listed_first_characters()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var listed = PlanCsvReport.FormulaStartCharacters.Contains(c, StringComparison.Ordinal);
            Assert.Equal(listed, PlanCsvReport.StartsLikeFormula(c + "A1"));
            Assert.Equal(listed, PlanCsvReport.StartsLikeFormula(c.ToString()));
        }

        Assert.False(PlanCsvReport.StartsLikeFormula(null));
        Assert.False(PlanCsvReport.StartsLikeFormula(string.Empty));
        Assert.False(PlanCsvReport.StartsLikeFormula("1=2"));
    }
}
