using System.Text.Json;
using EmhRt.Protocol;
using EmhRt.Reporting;
using EmhRt.Reporting.Ctv;
using EmhRt.Spine;
using EmhRt.Volumes;

namespace EmhRt.Tests.Reporting.CommandReports;

/// <summary>The library's <c>ctv</c> report, on seed 003's lesion (actabiomed2017: T5–T8) and multi-segment CTVs.</summary>
public class CtvReportTests
{
    private static readonly SpineAnatomy Anatomy = SpineAnatomy.Standard;

    private static CtvReport Report(
        string lesions, int levels, double? marginMm, string? treated = null, Sex sex = Sex.Male, EmhProtocol? protocol = null, string? marginOptionName = null)
    {
        var spans = SpineNotation.ParseSpans(lesions, Anatomy).Value;
        var ctv = ClinicalTargetVolume.Create(spans, CtvLevelMargin.Create(levels, levels), Anatomy);
        var geometry = SpineGeometry.Population(sex, Anatomy);
        var ptv = marginMm is { } mm ? PlanningTargetVolume.Create(ctv, PtvMargin.Isotropic(mm), geometry) : null;
        var coverage = treated is null ? null : TreatedSpanCoverage.Evaluate(spans, SpineNotation.ParseSpans(treated, Anatomy).Value, Anatomy);
        return CtvReport.Create(lesions, ctv, levelsGiven: levels != 1, geometry, null, ptv, protocol ?? EmhProtocol.Default, coverage, marginOptionName);
    }

    [Fact]
    public void T5_T8_with_one_level_and_10_mm_gives_seed003s_ctv_and_ptv()
    {
        var text = Report("T5-T8", 1, 10).ToText();
        Assert.Contains("CTV: T4-T9 (1 level above, 1 level below; recommended, cailleteau2023)\n", text, StringComparison.Ordinal);
        Assert.Contains("  segment T4-T9: 6 levels, 140.0 mm\n", text, StringComparison.Ordinal);
        Assert.Contains("  length: 160.0 mm (superior margin + CTV extent 140.0 mm + inferior margin)\n", text, StringComparison.Ordinal);
        Assert.Contains("  superior border: in T3, 13.3 mm below its top\n", text, StringComparison.Ordinal);
        Assert.Contains("  inferior border: in T10, 10.0 mm below its top\n", text, StringComparison.Ordinal);
        Assert.Contains("  single field (400 mm): fits\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void T5_T8_json_carries_lengths_borders_and_the_schema_version()
    {
        using var json = JsonDocument.Parse(Report("T5-T8", 1, 10).ToJson());
        var root = json.RootElement;
        Assert.Equal(OutputSchemas.CtvVersion, root.GetProperty("schemaVersion").GetString());
        Assert.Equal("T4-T9", root.GetProperty("ctv").GetProperty("text").GetString());
        Assert.Equal(140, root.GetProperty("ctv").GetProperty("lengthMm").GetDouble());
        Assert.Equal(160, root.GetProperty("ptv").GetProperty("lengthMm").GetDouble());
        Assert.Equal("T3", root.GetProperty("ptv").GetProperty("superiorBorder").GetProperty("level").GetString());
        Assert.Equal("T10", root.GetProperty("ptv").GetProperty("inferiorBorder").GetProperty("level").GetString());
    }

    [Fact]
    public void Without_a_margin_there_is_no_ptv_in_any_format()
    {
        var report = Report("T5-T8", 2, null);
        Assert.Contains("PTV: not computed: give a PTV margin in mm (protocol range 10-20 mm, cailleteau2023) for its length and borders\n", report.ToText(), StringComparison.Ordinal);
        Assert.Contains("CTV: T3-T10 (2 levels above, 2 levels below; given)\n", report.ToText(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(report.ToJson());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("ptv").ValueKind);
        var row = report.ToCsv().Split('\n')[1].Split(',');
        Assert.Equal("T3-T10", row[1]);
        Assert.Equal(string.Empty, row[12]); // ptv_length_mm
    }

    [Fact]
    public void The_front_end_names_its_own_margin_option_and_the_library_names_none()
    {
        Assert.Contains("give --margin MM (", Report("T5-T8", 1, null, marginOptionName: "--margin").ToText(), StringComparison.Ordinal);
        Assert.DoesNotContain("--", Report("T5-T8", 1, null).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Under_a_protocol_with_another_ptv_range_the_report_gives_both_ranges_and_credits_each()
    {
        var text = Report("T5-T8", 1, null, protocol: Findings.Rules.ProtocolInForceMessageTests.Department()).ToText();
        Assert.Contains("(protocol range 5-8 mm; cailleteau2023 recommends 10-20 mm)", text, StringComparison.Ordinal);
        Assert.Contains("CTV: T4-T9 (1 level above, 1 level below; recommended, cailleteau2023)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_lesions_with_a_gap_report_segments_gaps_length_and_extent()
    {
        // T5-T6 and L3-L4 with one level each side: CTV T4-T7 and L2-L5, gap T8-L1 (6 levels).
        var report = Report("T5-T6, L3-L4", 1, 10);
        var text = report.ToText();
        Assert.Contains("  segments: 2; untreated gaps: T8-L1 (6 levels)\n", text, StringComparison.Ordinal);
        var spans = SpineNotation.ParseSpans("T5-T6, L3-L4", Anatomy).Value;
        var ctv = ClinicalTargetVolume.Create(spans, CtvLevelMargin.Create(1, 1), Anatomy);
        var geometry = SpineGeometry.Population(Sex.Male, Anatomy);
        var length = ctv.LengthMm(geometry)!.Value;
        var extent = ctv.ExtentMm(geometry)!.Value;
        Assert.True(extent > length);
        Assert.Equal(ctv.SegmentLengthsMm(geometry).Sum(l => l!.Value), length, 9);
        Assert.Equal(PlanningTargetVolume.Create(ctv, PtvMargin.Isotropic(10), geometry).CtvTotalLengthMm, length);
        Assert.Contains(FormattableString.Invariant($"  length (treated levels): {length:0.0} mm; extent including gaps: {extent:0.0} mm\n"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Treated_span_short_of_the_margin_is_reported_as_not_meeting_it()
    {
        var text = Report("T5-T8", 1, 10, treated: "T5-T9").ToText();
        Assert.Contains("  lesion T5-T8: covered, 0 levels above and 1 below; does NOT meet the CTV margin\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_header_is_snake_case_and_one_row_follows()
    {
        var lines = Report("T5-T8", 1, 10).ToCsv().Split('\n');
        Assert.StartsWith("lesion,ctv,ctv_levels_above,ctv_levels_below,ctv_levels_source,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length); // header, row, empty after the last \n
        Assert.StartsWith("T5-T8,T4-T9,1,1,\"recommended, cailleteau2023\",6,1,140,140,10,10,10,160,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused_at_the_boundary()
    {
        var ctv = ClinicalTargetVolume.Create(SpineNotation.ParseSpans("T5-T8", Anatomy).Value, CtvLevelMargin.Create(1, 1), Anatomy);
        var geometry = SpineGeometry.Population(Sex.Male, Anatomy);
        Assert.Throws<ArgumentNullException>(() => CtvReport.Create(null!, ctv, false, geometry, null, null, EmhProtocol.Default, null));
        Assert.Throws<ArgumentNullException>(() => CtvReport.Create("T5-T8", ctv, false, null!, null, null, EmhProtocol.Default, null));
        Assert.Throws<ArgumentNullException>(() => ctv.LengthMm(null!));
    }
}
