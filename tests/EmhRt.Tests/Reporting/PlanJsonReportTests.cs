using System.Text;
using System.Text.Json;
using EmhRt.Reporting;

namespace EmhRt.Tests.Reporting;

public class PlanJsonReportTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    private static JsonElement Seed003Json(bool includeLiterature = true) =>
        Parse(PlanJsonReport.ToJson(ReportingCases.Seed003(), ReportingCases.Tool, indented: true, includeLiterature));

    private static double Num(JsonElement e, string name) => e.GetProperty(name).GetDouble();

    private static string? Str(JsonElement e, string name) => e.GetProperty(name).GetString();

    [Fact]
    public void Seed003_identity_sections_have_the_contract_values()
    {
        var root = Seed003Json();
        Assert.Equal("emhrt", Str(root.GetProperty("tool"), "name"));
        Assert.Equal("1.2.3-test", Str(root.GetProperty("tool"), "version"));
        var protocol = root.GetProperty("protocol");
        Assert.Equal("emh-default", Str(protocol, "id"));
        Assert.Equal("1.3.0", Str(protocol, "version"));
        Assert.Equal(EmhRt.Protocol.EmhProtocol.Default.Sha256, Str(protocol, "sha256"));
        Assert.Equal(64, Str(protocol, "sha256")!.Length);
        Assert.Equal("info", Str(root, "highestSeverity"));
        var patient = root.GetProperty("patient");
        Assert.Equal(19, Num(patient, "ageYears"));
        Assert.Equal("male", Str(patient, "sex"));
    }

    [Fact]
    public void Seed003_volumes_have_the_contract_values()
    {
        var root = Seed003Json();
        var lesion = Assert.Single(root.GetProperty("lesion").EnumerateArray());
        Assert.Equal("T5", Str(lesion, "from"));
        Assert.Equal("T8", Str(lesion, "to"));

        var ctv = root.GetProperty("ctv");
        var span = Assert.Single(ctv.GetProperty("spans").EnumerateArray());
        Assert.Equal(("T4", "T9"), (Str(span, "from"), Str(span, "to")));
        Assert.Equal(140, Num(ctv, "lengthMm"));
        Assert.Equal(140, Num(ctv, "extentMm"));
        Assert.Equal(6, Num(ctv, "levelCount"));
        Assert.False(ctv.GetProperty("clamped").GetBoolean());
        Assert.False(ctv.GetProperty("clampedCranially").GetBoolean());
        Assert.False(ctv.GetProperty("clampedCaudally").GetBoolean());
        Assert.Equal(1, Num(ctv.GetProperty("levelMargin"), "above"));
        Assert.Equal(1, Num(ctv.GetProperty("levelMargin"), "below"));
        Assert.Equal(0, ctv.GetProperty("gapsLevels").GetArrayLength());

        var geometry = root.GetProperty("geometry");
        Assert.True(geometry.GetProperty("estimate").GetBoolean());
        Assert.Contains("gray1918", Str(geometry, "source"), StringComparison.Ordinal);

        var ptv = root.GetProperty("ptv");
        var margin = ptv.GetProperty("marginMm");
        Assert.Equal((10.0, 10.0, 10.0), (Num(margin, "superior"), Num(margin, "inferior"), Num(margin, "radial")));
        Assert.Equal("160", ptv.GetProperty("lengthMm").GetRawText());
        Assert.Equal(185, Num(ptv, "topMm"));
        Assert.Equal(345, Num(ptv, "bottomMm"));
        var superior = ptv.GetProperty("superiorBorder");
        Assert.Equal("T3", Str(superior, "level"));
        Assert.Equal("13.333", superior.GetProperty("mmBelowTop").GetRawText());
        Assert.Equal("withinLevel", Str(superior, "location"));
        Assert.Equal("in T3, 13.3 mm below its top", Str(superior, "text"));
        var inferior = ptv.GetProperty("inferiorBorder");
        Assert.Equal("T10", Str(inferior, "level"));
        Assert.Equal(10, Num(inferior, "mmBelowTop"));
        Assert.True(ptv.GetProperty("fitsSingleField").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("treatedSpan").ValueKind);
    }

    [Fact]
    public void Seed003_dose_sections_have_the_contract_values()
    {
        var root = Seed003Json();
        var f = root.GetProperty("fractionation");
        Assert.Equal((20.0, 10.0, 2.0), (Num(f, "totalDoseGy"), Num(f, "fractions"), Num(f, "dosePerFractionGy")));

        var tissues = root.GetProperty("radiobiology").EnumerateArray().ToArray();
        Assert.Equal(2, tissues.Length);
        Assert.Equal("EMH", Str(tissues[0], "tissue"));
        Assert.Equal((10.0, 24.0, 20.0), (Num(tissues[0], "alphaBetaGy"), Num(tissues[0], "bedGy"), Num(tissues[0], "eqd2Gy")));
        Assert.Equal("assumption", Str(tissues[0], "source"));
        Assert.Equal("spinal cord", Str(tissues[1], "tissue"));
        Assert.Equal((2.0, 40.0, 20.0), (Num(tissues[1], "alphaBetaGy"), Num(tissues[1], "bedGy"), Num(tissues[1], "eqd2Gy")));
        Assert.Equal("nieder2006", Str(tissues[1], "source"));

        var cord = root.GetProperty("cord");
        Assert.Contains("full prescribed dose", Str(cord, "assumption"), StringComparison.Ordinal);
        Assert.Equal(20, Num(cord, "eqd2Gy"));
        Assert.Equal(2, Num(cord, "alphaBetaGy"));
        Assert.Equal(JsonValueKind.Null, cord.GetProperty("quantecPointReached").ValueKind);
        var next = cord.GetProperty("quantecNextPoint");
        Assert.Equal((50.0, 0.2), (Num(next, "doseGy"), Num(next, "riskPercent")));
        Assert.Equal("marks2010", Str(next, "citation"));
        Assert.Equal(0, Num(cord, "modelDerivedRiskPercent"));
        Assert.Equal(0.87, Num(cord, "modelAlphaBetaGy"));
        Assert.Contains("schultheiss2008", Str(cord, "modelNote"), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed003_schedule_has_ten_sessions_ending_2026_12_14()
    {
        var schedule = Seed003Json().GetProperty("schedule");
        Assert.Equal("2026-12-01", Str(schedule, "requestedStart"));
        Assert.Equal("2026-12-01", Str(schedule, "startDate"));
        Assert.False(schedule.GetProperty("startMoved").GetBoolean());
        Assert.Equal("2026-12-14", Str(schedule, "endDate"));
        Assert.Equal(14, Num(schedule, "overallDays"));
        Assert.Equal(3, Num(schedule, "weeksSpanned"));
        Assert.Equal(0, schedule.GetProperty("interruptions").GetArrayLength());
        var sessions = schedule.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal(10, sessions.Length);
        Assert.Equal((1.0, "2026-12-01", 2.0), (Num(sessions[0], "number"), Str(sessions[0], "date"), Num(sessions[0], "cumulativeDoseGy")));
        Assert.Equal((5.0, "2026-12-07", 10.0), (Num(sessions[4], "number"), Str(sessions[4], "date"), Num(sessions[4], "cumulativeDoseGy")));
        Assert.Equal((10.0, "2026-12-14", 20.0), (Num(sessions[9], "number"), Str(sessions[9], "date"), Num(sessions[9], "cumulativeDoseGy")));
    }

    [Fact]
    public void Seed003_findings_and_literature_have_the_contract_values()
    {
        var root = Seed003Json();
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reirradiation").ValueKind);
        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(["FOLLOW_UP", "GEOMETRY_ESTIMATED", "ORGAN_NEAR_FIELD"], findings.Select(f => Str(f, "code")!).ToArray());
        Assert.All(findings, f => Assert.Equal("info", Str(f, "severity")));
        Assert.Equal(["munn1998", "actabiomed2017", "cailleteau2023"], findings[0].GetProperty("citations").EnumerateArray().Select(c => c.GetString()!).ToArray());
        Assert.StartsWith("No caution or warning", Str(findings[0], "message"), StringComparison.Ordinal);

        var literature = root.GetProperty("literature");
        Assert.Equal(10, Num(literature, "alphaBetaGy"));
        Assert.Equal(20, Num(literature, "proposedEqd2Gy"));
        Assert.Equal((3.0, 1.0, 4.0), (Num(literature, "casesBelow"), Num(literature, "casesEqual"), Num(literature, "casesAbove")));
        Assert.Equal((9.75, 31.25), (Num(literature, "minEqd2Gy"), Num(literature, "maxEqd2Gy")));
        Assert.Contains("3 have a lower EQD2, 1 the same and 4 a higher one", Str(literature, "summary"), StringComparison.Ordinal);
        var nearest = literature.GetProperty("nearest").EnumerateArray().ToArray();
        Assert.Equal(3, nearest.Length);
        Assert.Equal("actabiomed2017-case", Str(nearest[0], "id"));
        Assert.Equal("actabiomed2017", Str(nearest[0], "citation"));
        Assert.Equal(2017, Num(nearest[0], "year"));
        Assert.Equal("T5-T8", Str(nearest[0], "lesion"));
        Assert.Equal((20.0, 10.0, 20.0), (Num(nearest[0], "totalDoseGy"), Num(nearest[0], "fractions"), Num(nearest[0], "eqd2Gy")));
        Assert.Equal("completeResponse", Str(nearest[0], "outcome"));
        Assert.Equal("cailleteau2023-case", Str(nearest[1], "id"));
        Assert.Equal("17.7", nearest[1].GetProperty("eqd2Gy").GetRawText());
    }

    [Fact]
    public void Seed002_has_long_ptv_treated_span_and_rounded_numbers()
    {
        var root = Parse(PlanJsonReport.ToJson(ReportingCases.Seed002(), ReportingCases.Tool, indented: false));
        var ctv = root.GetProperty("ctv");
        var span = Assert.Single(ctv.GetProperty("spans").EnumerateArray());
        Assert.Equal(("T1", "S2"), (Str(span, "from"), Str(span, "to")));
        Assert.Equal(19, Num(ctv, "levelCount"));
        Assert.Equal("501.667", ctv.GetProperty("lengthMm").GetRawText());

        var ptv = root.GetProperty("ptv");
        Assert.Equal(20, Num(ptv.GetProperty("marginMm"), "superior"));
        Assert.Equal("541.667", ptv.GetProperty("lengthMm").GetRawText());
        Assert.Equal("C6", Str(ptv.GetProperty("superiorBorder"), "level"));
        Assert.Equal("15.714", ptv.GetProperty("superiorBorder").GetProperty("mmBelowTop").GetRawText());
        Assert.Equal("S3", Str(ptv.GetProperty("inferiorBorder"), "level"));
        Assert.Equal(20, Num(ptv.GetProperty("inferiorBorder"), "mmBelowTop"));
        Assert.False(ptv.GetProperty("fitsSingleField").GetBoolean());

        var treated = root.GetProperty("treatedSpan");
        var treatedSpan = Assert.Single(treated.GetProperty("spans").EnumerateArray());
        Assert.Equal(("T1", "S2"), (Str(treatedSpan, "from"), Str(treatedSpan, "to")));
        Assert.True(treated.GetProperty("coversAllLesions").GetBoolean());
        var lesion = Assert.Single(treated.GetProperty("lesions").EnumerateArray());
        Assert.Equal((1.0, 1.0), (Num(lesion, "marginLevelsAbove"), Num(lesion, "marginLevelsBelow")));

        var tissues = root.GetProperty("radiobiology").EnumerateArray().ToArray();
        Assert.Equal("21.24", tissues[0].GetProperty("bedGy").GetRawText());
        Assert.Equal("17.7", tissues[0].GetProperty("eqd2Gy").GetRawText());
        Assert.Equal("34.2", tissues[1].GetProperty("bedGy").GetRawText());
        Assert.Equal("17.1", tissues[1].GetProperty("eqd2Gy").GetRawText());
        Assert.Equal("1.8", root.GetProperty("fractionation").GetProperty("dosePerFractionGy").GetRawText());
        Assert.Equal("caution", Str(root, "highestSeverity"));
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => Str(f, "code") == "PTV_EXCEEDS_SINGLE_FIELD");
    }

    [Fact]
    public void Schedule_is_null_without_a_start_date()
    {
        var a = EmhRt.Planning.PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { StartDate = null });
        var root = Parse(PlanJsonReport.ToJson(a, ReportingCases.Tool, indented: false));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("schedule").ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("ptv").ValueKind);
    }

    [Fact]
    public void Ptv_is_null_without_a_margin_but_ctv_length_is_still_given()
    {
        var a = EmhRt.Planning.PlanAssessor.Default.Assess(ReportingCases.Seed003Request() with { PtvMargin = null });
        var root = Parse(PlanJsonReport.ToJson(a, ReportingCases.Tool, indented: false));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("ptv").ValueKind);
        Assert.Equal(140, Num(root.GetProperty("ctv"), "lengthMm"));
    }

    [Fact]
    public void Reirradiation_section_sums_cord_bed_over_the_prior_course()
    {
        var root = Parse(PlanJsonReport.ToJson(ReportingCases.Seed003WithPriorCourse(), ReportingCases.Tool, indented: false));
        var re = root.GetProperty("reirradiation");
        var courses = re.GetProperty("courses").EnumerateArray().ToArray();
        Assert.Equal(2, courses.Length);
        Assert.False(courses[0].GetProperty("current").GetBoolean());
        Assert.Equal("2025-01-15", Str(courses[0], "date"));
        Assert.Equal(22, Num(courses[0], "intervalMonths"));
        Assert.True(courses[1].GetProperty("current").GetBoolean());
        Assert.Equal(80, Num(re, "maxCumulativeBedGy2"));
        Assert.Equal("T5", Str(re, "maxAtLevel"));
        Assert.Equal(40, Num(re, "largestCourseBedGy2"));
        Assert.Equal(22, Num(re, "monthsSinceLastCourse"));
        Assert.Equal(["T5", "T6", "T7", "T8"], re.GetProperty("reirradiatedLevels").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(["T3", "T4", "T9", "T10"], re.GetProperty("newLevels").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(0, Num(re.GetProperty("recovery"), "discountFraction"));
        Assert.NotEqual(0, re.GetProperty("notes").GetArrayLength());
        Assert.False(re.GetProperty("fullOverlapAssumed").GetBoolean());
        Assert.True(re.GetProperty("nieder2006").GetProperty("cumulativeWithinNoMyelopathyReported").GetBoolean());
        Assert.Contains(root.GetProperty("findings").EnumerateArray(), f => Str(f, "code") == "REIRRADIATION");
    }

    [Fact]
    public void Literature_is_absent_when_not_requested()
    {
        var root = Seed003Json(includeLiterature: false);
        Assert.False(root.TryGetProperty("literature", out _));
        Assert.True(root.TryGetProperty("findings", out _));
    }

    [Fact]
    public void Compact_output_is_one_line_and_keeps_readable_unicode()
    {
        var json = PlanJsonReport.ToJson(ReportingCases.Seed003(), ReportingCases.Tool, indented: false);
        Assert.DoesNotContain('\n', json);
        Assert.Contains("α/β", json, StringComparison.Ordinal);
        Assert.StartsWith("{\"schemaVersion\":\"" + OutputSchemas.PlanVersion + "\",\"tool\":{\"name\":\"emhrt\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_appends_one_object_to_a_caller_writer()
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, PlanJsonReport.CreateWriterOptions(indented: false)))
        {
            writer.WriteStartArray();
            PlanJsonReport.Write(writer, ReportingCases.Seed003(), ReportingCases.Tool, includeLiterature: false);
            PlanJsonReport.Write(writer, ReportingCases.Seed002(), ReportingCases.Tool, includeLiterature: false);
            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(2, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void Every_contract_field_is_present()
    {
        var root = Seed003Json();
        string[] paths =
        [
            "tool.name", "tool.version", "protocol.id", "protocol.version", "protocol.sha256", "highestSeverity",
            "ctv.spans", "ctv.lengthMm", "ctv.clamped", "ctv.levelMargin.above", "ctv.levelMargin.below", "ctv.gapsLevels",
            "ctv.extentMm", "ctv.levelCount", "ctv.clampedCranially", "ctv.clampedCaudally",
            "ptv.marginMm.superior", "ptv.marginMm.inferior", "ptv.marginMm.radial", "ptv.lengthMm",
            "ptv.superiorBorder.level", "ptv.superiorBorder.mmBelowTop", "ptv.superiorBorder.location", "ptv.superiorBorder.text",
            "ptv.inferiorBorder.level", "ptv.fitsSingleField", "geometry.estimate", "geometry.source",
            "fractionation.totalDoseGy", "fractionation.fractions", "fractionation.dosePerFractionGy",
            "cord.assumption", "cord.eqd2Gy", "cord.alphaBetaGy", "cord.quantecPointReached", "cord.modelDerivedRiskPercent",
            "cord.modelAlphaBetaGy", "cord.modelNote", "schedule.startDate", "schedule.endDate", "schedule.overallDays",
            "schedule.sessions", "schedule.requestedStart", "schedule.startMoved", "schedule.weeksSpanned",
            "schedule.interruptions", "reirradiation", "findings", "literature.alphaBetaGy", "literature.proposedEqd2Gy",
            "literature.casesBelow", "literature.casesEqual", "literature.casesAbove", "literature.minEqd2Gy",
            "literature.maxEqd2Gy", "literature.summary", "literature.nearest",
        ];
        foreach (var path in paths)
        {
            var e = root;
            foreach (var part in path.Split('.'))
            {
                Assert.True(e.TryGetProperty(part, out e), "missing " + path);
            }
        }

        string[] radiobiology = ["tissue", "alphaBetaGy", "bedGy", "eqd2Gy", "source"];
        foreach (var name in radiobiology)
        {
            Assert.True(root.GetProperty("radiobiology")[0].TryGetProperty(name, out _), "missing radiobiology." + name);
        }

        string[] nearest = ["id", "citation", "year", "lesion", "totalDoseGy", "fractions", "eqd2Gy", "outcome"];
        foreach (var name in nearest)
        {
            Assert.True(root.GetProperty("literature").GetProperty("nearest")[0].TryGetProperty(name, out _), "missing nearest." + name);
        }
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        var a = ReportingCases.Seed003();
        Assert.Throws<ArgumentNullException>(() => PlanJsonReport.ToJson(null!, ReportingCases.Tool, true));
        Assert.Throws<ArgumentNullException>(() => PlanJsonReport.ToJson(a, null!, true));
    }
}
