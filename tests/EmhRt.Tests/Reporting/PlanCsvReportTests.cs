using EmhRt.Doses;
using EmhRt.Findings;
using EmhRt.Planning;
using EmhRt.Reirradiation;
using EmhRt.Reporting;
using EmhRt.Spine;

namespace EmhRt.Tests.Reporting;

public class PlanCsvReportTests
{
    [Fact]
    public void Header_has_the_contract_columns_in_order() =>
        Assert.Equal(
            ["line", "id", "status", "highest_severity", "finding_codes", "ctv", "ptv_length_mm", "geometry_source", "total_dose_gy",
             "fractions", "dose_per_fraction_gy", "alpha_beta_emh_gy", "bed_emh_at_alpha_beta_gy", "eqd2_emh_gy", "cord_tissue",
             "alpha_beta_cord_gy", "bed_cord_at_alpha_beta_gy", "eqd2_cord_gy", "cord_check_measure", "cord_check_gy",
             "cord_check_limit_gy", "cumulative_bed_cord_gy2", "start_date", "end_date", "overall_days", "protocol_id",
             "protocol_version", "protocol_sha256", "organs_near_field", "organs_flagged", "error"],
            PlanCsvReport.Header.ToArray());

    [Fact]
    public void Values_cover_the_columns_status_to_protocol_sha256_and_error_stays_last()
    {
        Assert.Equal(PlanCsvValues.Count, PlanCsvReport.Header.Length - 3);
        Assert.Equal("status", PlanCsvReport.Header[PlanCsvReport.ValuesStartColumn]);
        Assert.Equal("organs_flagged", PlanCsvReport.Header[PlanCsvReport.ValuesStartColumn + PlanCsvValues.Count - 1]);
        Assert.Equal("error", PlanCsvReport.Header[^1]);
    }

    [Fact]
    public void Every_bed_column_names_its_alpha_beta()
    {
        // Issue 18: a BED is Gy at some α/β. Fixed α/β 2 Gy: the name ends in _gy2. The row's own α/β: _at_alpha_beta_gy, with
        // the alpha_beta_<tissue>_gy column just before it.
        foreach (var (name, index) in PlanCsvReport.Header.Select((n, i) => (n, i)).Where(c => c.n.Contains("bed", StringComparison.Ordinal)))
        {
            if (name.EndsWith("_gy2", StringComparison.Ordinal))
            {
                continue;
            }

            Assert.EndsWith("_at_alpha_beta_gy", name, StringComparison.Ordinal);
            var tissue = name["bed_".Length..name.IndexOf("_at_", StringComparison.Ordinal)];
            Assert.Equal("alpha_beta_" + tissue + "_gy", PlanCsvReport.Header[index - 1]);
        }
    }

    [Fact]
    public void Seed003_values_are_formatted_and_rounded()
    {
        var a = ReportingCases.Seed003();
        var v = PlanCsvReport.Values(a, Severity.Caution);
        Assert.Equal("pass", v.Status);
        Assert.Equal("info", v.HighestSeverity);
        Assert.Equal("FOLLOW_UP;GEOMETRY_ESTIMATED;ORGAN_NEAR_FIELD", v.FindingCodes);
        Assert.Equal("T4-T9", v.Ctv);
        Assert.Equal("160", v.PtvLengthMm);
        Assert.Equal("population-male", v.GeometrySource);
        Assert.Equal(("20", "10", "2"), (v.TotalDoseGy, v.Fractions, v.DosePerFractionGy));
        Assert.Equal(("10", "24", "20"), (v.AlphaBetaEmhGy, v.BedEmhAtAlphaBetaGy, v.Eqd2EmhGy));
        Assert.Equal(("spinal cord", "2", "40", "20"), (v.CordTissue, v.AlphaBetaCordGy, v.BedCordAtAlphaBetaGy, v.Eqd2CordGy));
        Assert.Equal(("eqd2", "20", "50"), (v.CordCheckMeasure, v.CordCheckGy, v.CordCheckLimitGy));
        Assert.Null(v.CumulativeBedCordGy2);
        Assert.Equal(("2026-12-01", "2026-12-14", "14"), (v.StartDate, v.EndDate, v.OverallDays));
        Assert.Equal((a.Protocol.Id, a.Protocol.Version, a.Protocol.Sha256), (v.ProtocolId, v.ProtocolVersion, v.ProtocolSha256));
        Assert.Equal("emh-default", v.ProtocolId);
        Assert.Matches("^[0-9a-f]{64}$", v.ProtocolSha256);
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
        Assert.Equal(("21.24", "17.7", "34.2", "17.1"), (v.BedEmhAtAlphaBetaGy, v.Eqd2EmhGy, v.BedCordAtAlphaBetaGy, v.Eqd2CordGy));
    }

    [Fact]
    public void Cauda_equina_single_fraction_after_an_earlier_course_reads_dmax_against_sahgal_and_the_sum_in_gy2()
    {
        // Issue 18's example: L3, 15 Gy x 1 after 20 Gy/10 to L2-L4. Every level lies below the conus (L1): cauda equina at its
        // assumed alpha/beta 4 Gy; 1 fraction: Dmax 15 Gy against Sahgal's 12.4 Gy/1; the sum at alpha/beta 2 Gy is 127.5 + 40 = 167.5 Gy2.
        var anatomy = SpineAnatomy.Standard;
        var a = PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with
        {
            Lesions = ReportingCases.Spans("L3"),
            Regimen = Fractionation.Parse("15 Gy/1").Value,
            PtvMargin = null,
            PriorCourses = [new PriorCourse(Fractionation.Parse("20 Gy/10").Value, new DateOnly(2025, 1, 10), [VertebralSpan.Create(VertebralLevel.Lumbar(2), VertebralLevel.Lumbar(4))], anatomy)],
        });
        var v = PlanCsvReport.Values(a, Severity.Warning);
        Assert.Equal(("cauda equina", "4"), (v.CordTissue, v.AlphaBetaCordGy));
        Assert.Equal(("dmax", "15", "12.4"), (v.CordCheckMeasure, v.CordCheckGy, v.CordCheckLimitGy));
        Assert.Equal("167.5", v.CumulativeBedCordGy2);
        Assert.Equal(("2026-12-01", "2026-12-01", "1"), (v.StartDate, v.EndDate, v.OverallDays));
    }

    [Theory]
    [InlineData("3 fractions: Dmax 24 Gy against the 20.3 Gy/3 short-course point", "24 Gy/3", "dmax", "24", "20.3")]
    [InlineData("5 fractions: still short-course, 25.3 Gy/5", "25 Gy/5", "dmax", "25", "25.3")]
    [InlineData("6 fractions: conventional, EQD2 at alpha/beta 2 against 50 Gy", "30 Gy/6", "eqd2", "52.5", "50")]
    public void The_cord_check_is_in_the_unit_of_the_limit_it_is_compared_with(string reason, string regimen, string measure, string value, string limit)
    {
        var a = PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { Regimen = Fractionation.Parse(regimen).Value });
        var v = PlanCsvReport.Values(a, Severity.Warning);
        Assert.True((measure, value, limit) == (v.CordCheckMeasure, v.CordCheckGy, v.CordCheckLimitGy), $"{reason}: {v.CordCheckMeasure} {v.CordCheckGy} vs {v.CordCheckLimitGy}");
    }

    [Theory]
    [InlineData("a woman: female population lengths", Sex.Female, "population-female")]
    [InlineData("a man: male population lengths", Sex.Male, "population-male")]
    [InlineData("no sex given: the male lengths by default, which the column says", null, "population-male-default")]
    public void Geometry_source_says_which_population_lengths_were_used(string reason, Sex? sex, string expected)
    {
        var a = PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { Patient = new PatientDetails { AgeYears = 40, Sex = sex } });
        Assert.True(expected == PlanCsvReport.Values(a, null).GeometrySource, reason);
    }

    [Fact]
    public void Geometry_source_is_patient_for_a_measured_spine()
    {
        var anatomy = SpineAnatomy.Standard;
        var csv = "level,height_mm\n" + string.Concat(Enumerable.Range(0, anatomy.LevelCount).Select(i => anatomy.LevelAt(i) + ",20\n"));
        var geometry = SpineGeometryReader.ReadCsv(csv, anatomy).Value!;
        var a = PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { Patient = new PatientDetails { AgeYears = 40, Geometry = geometry } });
        Assert.Equal("patient", PlanCsvReport.Values(a, null).GeometrySource);
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
    public void Empty_cells_are_null_without_ptv_schedule_or_earlier_courses()
    {
        var a = PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { PtvMargin = null, StartDate = null });
        var v = PlanCsvReport.Values(a, Severity.Info);
        Assert.Null(v.PtvLengthMm);
        Assert.Null(v.StartDate);
        Assert.Null(v.EndDate);
        Assert.Null(v.OverallDays);
        Assert.Null(v.CumulativeBedCordGy2);
        Assert.Null(v[4]);
        Assert.Null(v[19]);
        Assert.Null(v[20]);
        Assert.Null(v[21]);
        Assert.Null(v[22]);
        Assert.Equal(v.Status, v[0]);
        Assert.Equal(v.ProtocolSha256, v[25]);
        Assert.Equal(v.OrgansNearField, v[26]);
        Assert.Equal(v.OrgansFlagged, v[27]);
        Assert.Throws<ArgumentOutOfRangeException>(() => v[28]);
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
        var a = ReportingCases.Seed003();
        PlanCsvReport.WriteSingle(writer, a, Severity.Caution, "case-003");
        Assert.Equal(
            string.Join(',', PlanCsvReport.Header) + "\n"
            + "1,case-003,pass,info,FOLLOW_UP;GEOMETRY_ESTIMATED;ORGAN_NEAR_FIELD,T4-T9,160,population-male,20,10,2,10,24,20,spinal cord,2,40,20,eqd2,20,50,,"
            + $"2026-12-01,2026-12-14,14,emh-default,{a.Protocol.Version},{a.Protocol.Sha256},heart;lungs;oesophagus;liver,,\n",
            writer.ToString());
    }

    [Theory]
    // T5-T8 without a margin (CTV T4-T9): thoracic organs, none could reach its threshold at 20 Gy/10.
    [InlineData("T5-T8", null, "heart;lungs;oesophagus", null)]
    // A T11-L2 paravertebral lesion (CTV T10-L3): the kidneys and the small bowel could reach theirs.
    [InlineData("T11-L2", null, "kidneys;small-bowel;lungs;oesophagus;liver", "kidneys;small-bowel")]
    // The same lesion with a measured kidney mean of 16 Gy: still flagged, now by the measured dose above 15 Gy.
    [InlineData("T11-L2", "kidneys=mean:16", "kidneys;small-bowel;lungs;oesophagus;liver", "kidneys;small-bowel")]
    // A cervical lesion (CTV C4-C7): larynx, thyroid, oesophagus; nothing flagged.
    [InlineData("C5-C6", null, "oesophagus;thyroid;larynx", null)]
    public void Organ_columns_list_the_organs_near_the_field_and_those_a_caution_names(string lesion, string? organDose, string nearField, string? flagged)
    {
        var input = new EmhRt.Planning.Input.PlanInput
        {
            Lesion = lesion,
            DoseGy = 20,
            Fractions = 10,
            OrganDoses = organDose is null ? [] : [organDose],
        };
        var request = input.ToRequest();
        Assert.True(request.Success, string.Join("; ", request.Errors.Select(e => e.Message)));
        var v = PlanCsvReport.Values(PlanAssessor.Default.Assess(request.Request!), Severity.Warning);
        Assert.Equal(nearField, v.OrgansNearField);
        Assert.Equal(flagged, v.OrgansFlagged);
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
        // T4-T11 and L2-S2 without a margin, a man of 19: testes by scatter; kidneys and small bowel could reach their thresholds.
        Assert.EndsWith("," + a.Protocol.Sha256 + ",kidneys;testes;small-bowel;heart;lungs;oesophagus;liver,kidneys;small-bowel,\n", row, StringComparison.Ordinal);
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
