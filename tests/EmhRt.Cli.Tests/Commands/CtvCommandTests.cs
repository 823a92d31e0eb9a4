using System.Text.Json;
using static EmhRt.Cli.Tests.Commands.CommandAssert;

namespace EmhRt.Cli.Tests.Commands;

public class CtvCommandTests
{
    // Population male pitch (gray1918): T 280/12 mm, L 180/5 mm, S and Co 125/6 mm.
    private const double T = 280.0 / 12, L = 36.0, S = 125.0 / 6;

    [Fact]
    public void T2_S1_with_a_20_mm_margin_gives_CTV_T1_S2_and_a_PTV_too_long_for_one_field()
    {
        var json = OkJson("ctv", "--lesion", "T2-S1", "--margin", "20");
        var ctv = json.GetProperty("ctv");
        Assert.Equal("T1-S2", ctv.GetProperty("text").GetString());
        Assert.Equal(19, ctv.GetProperty("levelCount").GetInt32());
        Assert.Equal("recommended, cailleteau2023", ctv.GetProperty("levelsSource").GetString());
        Near((12 * T) + (5 * L) + (2 * S), ctv.GetProperty("lengthMm").GetDouble());
        var ptv = json.GetProperty("ptv");
        Near((12 * T) + (5 * L) + (2 * S) + 40, ptv.GetProperty("lengthMm").GetDouble());
        Assert.False(ptv.GetProperty("fitsSingleField").GetBoolean());
        Assert.Equal(400, ptv.GetProperty("singleFieldLimitMm").GetDouble());
        Assert.Equal("C6", ptv.GetProperty("superiorBorder").GetProperty("level").GetString());
        Assert.Equal("S3", ptv.GetProperty("inferiorBorder").GetProperty("level").GetString());
        Assert.True(json.GetProperty("geometry").GetProperty("isEstimate").GetBoolean());
        Assert.Contains("--sex not given", json.GetProperty("geometry").GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_says_the_margin_is_recommended_and_the_geometry_is_a_male_estimate()
    {
        string text = Ok("ctv", "--lesion", "T2-S1", "--margin", "20").Stdout;
        Assert.Contains("CTV: T1-S2 (1 level above, 1 level below; recommended, cailleteau2023)\n", text, StringComparison.Ordinal);
        Assert.Contains("  length: 541.7 mm", text, StringComparison.Ordinal);
        Assert.Contains("single field (400 mm): does not fit", text, StringComparison.Ordinal);
        Assert.Contains("population estimate, adult male", text, StringComparison.Ordinal);
        Assert.Contains("Note: --sex not given", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Female_lengths_are_0_86_of_male_and_no_note_is_given()
    {
        var male = OkJson("ctv", "--lesion", "T5-T9", "--sex", "male");
        var female = OkJson("ctv", "--lesion", "T5-T9", "--sex", "female");
        Near(7 * T, male.GetProperty("ctv").GetProperty("lengthMm").GetDouble());
        Near(0.86 * 7 * T, female.GetProperty("ctv").GetProperty("lengthMm").GetDouble());
        Assert.Equal(JsonValueKind.Null, female.GetProperty("geometry").GetProperty("note").ValueKind);
    }

    [Fact]
    public void Without_a_margin_there_is_no_PTV_and_the_output_says_how_to_get_one()
    {
        var json = OkJson("ctv", "--lesion", "T5-T9");
        Assert.Equal(JsonValueKind.Null, json.GetProperty("ptv").ValueKind);
        Assert.Equal("T4-T10", json.GetProperty("ctv").GetProperty("text").GetString());
        Assert.Contains("PTV: not computed: give --margin MM", Ok("ctv", "--lesion", "T5-T9").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Directional_levels_override_the_both_directions_value()
    {
        var ctv = OkJson("ctv", "--lesion", "T5-T9", "--ctv-levels", "2", "--ctv-levels-below", "0").GetProperty("ctv");
        Assert.Equal("T3-T9", ctv.GetProperty("text").GetString());
        Assert.Equal(2, ctv.GetProperty("levelsAbove").GetInt32());
        Assert.Equal(0, ctv.GetProperty("levelsBelow").GetInt32());
        Assert.Equal("given", ctv.GetProperty("levelsSource").GetString());
    }

    [Fact]
    public void Directional_margins_override_the_isotropic_margin()
    {
        var ptv = OkJson("ctv", "--lesion", "T5-T9", "--margin", "10", "--margin-superior", "15").GetProperty("ptv");
        Assert.Equal(15, ptv.GetProperty("marginSuperiorMm").GetDouble());
        Assert.Equal(10, ptv.GetProperty("marginInferiorMm").GetDouble());
        Assert.Equal(10, ptv.GetProperty("marginRadialMm").GetDouble());
        Near((7 * T) + 25, ptv.GetProperty("lengthMm").GetDouble());
    }

    [Fact]
    public void Two_lesions_give_two_segments_and_the_gap()
    {
        var ctv = OkJson("ctv", "--lesion", "T5-T11, L5-S2").GetProperty("ctv");
        Assert.Equal(["T4-T12", "L4-S3"], ctv.GetProperty("segments").EnumerateArray().Select(s => s.GetProperty("span").GetString()));
        var gap = Assert.Single(ctv.GetProperty("gaps").EnumerateArray());
        Assert.Equal("L1-L3", gap.GetProperty("span").GetString());
        Assert.Equal(3, gap.GetProperty("levelCount").GetInt32());
    }

    [Fact]
    public void A_CTV_at_C1_is_clamped()
    {
        var ctv = OkJson("ctv", "--lesion", "C1-C2", "--ctv-levels", "2").GetProperty("ctv");
        Assert.Equal("C1-C4", ctv.GetProperty("text").GetString());
        var clamp = Assert.Single(ctv.GetProperty("clamps").EnumerateArray());
        Assert.Equal("cranial", clamp.GetProperty("side").GetString());
        Assert.Equal(2, clamp.GetProperty("missingLevels").GetInt32());
        Assert.Contains("clamped: 2 levels above C1-C2 do not exist (C1 reached)", Ok("ctv", "--lesion", "C1-C2", "--ctv-levels", "2").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Treated_span_coverage_is_reported()
    {
        var coverage = OkJson("ctv", "--lesion", "T5-T9", "--treated", "T5-T8").GetProperty("coverage");
        Assert.False(coverage.GetProperty("coversAllLesions").GetBoolean());
        var lesion = Assert.Single(coverage.GetProperty("lesions").EnumerateArray());
        Assert.Equal(["T9"], lesion.GetProperty("uncoveredLevels").EnumerateArray().Select(l => l.GetString()));

        var covered = OkJson("ctv", "--lesion", "T5-T9", "--treated", "T4-T10").GetProperty("coverage").GetProperty("lesions")[0];
        Assert.True(covered.GetProperty("meetsCtvMargin").GetBoolean());
    }

    [Fact]
    public void Variant_anatomy_is_used()
    {
        var ctv = OkJson("ctv", "--lesion", "T13", "--thoracic-vertebrae", "13", "--ctv-levels", "0").GetProperty("ctv");
        Assert.Equal("T13", ctv.GetProperty("text").GetString());
    }

    [Fact]
    public void Csv_is_one_summary_row()
    {
        var csv = OkCsv("ctv", "--lesion", "T2-S1", "--margin", "20");
        Assert.Equal(2, csv.Length);
        var row = csv[0].Zip(csv[1]).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal("T1-S2", row["ctv"]);
        Assert.Equal("541.6667", row["ptv_length_mm"]);
        Assert.Equal("false", row["fits_single_field"]);
    }

    [Fact]
    public void Csv_header_is_snake_case_as_every_csv_the_tool_writes()
    {
        // One vocabulary (issue 17): camelCase JSON, snake_case CSV; this header was camelCase before.
        var csv = OkCsv("ctv", "--lesion", "T5-T9");
        Assert.Equal(
            ["lesion", "ctv", "ctv_levels_above", "ctv_levels_below", "ctv_levels_source", "ctv_level_count", "ctv_segments", "ctv_length_mm", "ctv_extent_mm",
             "ptv_margin_superior_mm", "ptv_margin_inferior_mm", "ptv_margin_radial_mm", "ptv_length_mm", "ptv_superior_border", "ptv_inferior_border", "fits_single_field",
             "treated", "covers_all_lesions", "geometry_is_estimate"],
            csv[0]);
    }

    [Fact]
    public void Patient_geometry_errors_name_the_file()
    {
        string path = Path.Combine(Path.GetTempPath(), "emhrt-geometry-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "this is not a geometry\n");
        try
        {
            var run = InputError(["ctv", "--lesion", "T5-T9", "--spine-geometry", path]);
            Assert.All(run.ErrorLines, line => Assert.StartsWith($"error: --spine-geometry: {path}: ", line, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unparseable_lesion_exits_2_with_the_position() =>
        InputError(["ctv", "--lesion", "T5-X9"],
            "--lesion: 'T5-X9': unknown vertebral level 'X9': expected a vertebral level such as T5, L1, S2 or Co (at character 4)");

    [Fact]
    public void Partial_margin_without_isotropic_exits_2() =>
        InputError(["ctv", "--lesion", "T5-T9", "--margin-superior", "5"],
            "--margin: incomplete PTV margin: give an isotropic margin, or all three of superior, inferior and radial");

    [Fact]
    public void Partial_levels_without_both_directions_exit_2() =>
        InputError(["ctv", "--lesion", "T5-T9", "--ctv-levels-above", "2"],
            "--ctv-levels: incomplete CTV level margin: give the levels for both directions, or one value for both");

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        // The counts are refused by their grammar (SpineAnatomy.ParseThoracicCount/ParseLumbarCount), like a bad margin.
        var run = InputError(["ctv", "--lesion", "T5-T9", "--thoracic-vertebrae", "14", "--lumbar-vertebrae", "3", "--margin=-2"],
            "--thoracic-vertebrae: '14' is not supported: a spine has 11, 12 or 13 thoracic vertebrae",
            "--lumbar-vertebrae: '3' is not supported: a spine has 4, 5 or 6 lumbar vertebrae");
        Assert.Contains("error: --margin: '-2' is negative: a length must not be negative", run.ErrorLines);
    }

    [Fact]
    public void Lesion_is_required() =>
        InputError(["ctv"], "Option '--lesion' is required.");

    [Fact]
    public void Unknown_sex_exits_2() =>
        InputError(["ctv", "--lesion", "T5", "--sex", "x"], "--sex: 'x' is not allowed: use female or male");
}
