using System.Text.Json;

namespace EmhRt.Cli.Tests.SayItRight;

/// <summary>Issue 18 through the real command tree: the examples of the issue, each with its clinical reason.</summary>
public class SayItRightPlanTests
{
    private static JsonElement Json(params string[] args)
    {
        var run = CliHarness.Run([.. args, "--format", "json"]);
        Assert.Equal(string.Empty, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement;
    }

    private static string[] Codes(JsonElement root, string severity) =>
        [.. root.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == severity)
            .Select(f => f.GetProperty("code").GetString()!)
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void Lumbar_single_fraction_after_a_lumbar_course_gives_two_Gy2_warnings_because_nieder_limits_are_at_alpha_beta_2()
    {
        var root = Json("plan", "--lesion", "L3", "--dose", "15", "--fractions", "1", "--start", "2026-12-01", "--prior", "20Gy/10@2025-01-10:L2-L4");

        var re = root.GetProperty("reirradiation");
        Assert.Equal(167.5, re.GetProperty("maxCumulativeBedGy2").GetDouble());
        Assert.Equal(127.5, re.GetProperty("largestCourseBedGy2").GetDouble());
        var level = re.GetProperty("levels")[0];
        Assert.Equal(4, level.GetProperty("alphaBetaGy").GetDouble());
        Assert.True(level.TryGetProperty("cumulativeBedGy2", out _));
        Assert.True(level.TryGetProperty("cumulativeBedAtAlphaBetaGy", out _));
        Assert.False(level.TryGetProperty("cumulativeBedGy", out _));
        var warnings = Codes(root, "warning");
        Assert.Contains("REIRRADIATION_COURSE_BED_HIGH", warnings);
        Assert.Contains("REIRRADIATION_CUMULATIVE_BED", warnings);
    }

    [Fact]
    public void Prior_lumbar_course_does_not_make_a_thoracic_course_a_short_interval_re_irradiation()
    {
        var root = Json(
            "plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--margin", "10", "--start", "2026-12-01",
            "--prior", "20Gy/10@2026-09-10:L3-S1");

        Assert.DoesNotContain("REIRRADIATION_INTERVAL_SHORT", Codes(root, "warning"));
        var re = root.GetProperty("reirradiation");
        Assert.Equal(0, re.GetProperty("overlappingPriorCourses").GetInt32());
        Assert.False(re.GetProperty("courses")[0].GetProperty("sharesLevelWithCurrent").GetBoolean());
    }
}

/// <summary>Issue 18, items 4 and 5 through the CLI.</summary>
public class SayItRightFieldTests
{
    private static string[] Codes(params string[] args)
    {
        var run = CliHarness.Run([.. args, "--format", "json"]);
        Assert.Equal(string.Empty, run.Stderr);
        return [.. JsonDocument.Parse(run.Stdout).RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()!)];
    }

    [Fact]
    public void Two_distant_segments_are_two_fields_so_the_608_mm_envelope_is_not_one_field_too_long()
    {
        var run = CliHarness.Run("plan", "--lesion", "C3 and L5", "--dose", "20", "--fractions", "10", "--margin", "10", "--format", "json");
        var ptv = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("ptv");

        Assert.Equal(608.0, Math.Round(ptv.GetProperty("lengthMm").GetDouble(), 1));
        Assert.Equal([73.6, 112.8], ptv.GetProperty("fieldLengthsMm").EnumerateArray().Select(e => Math.Round(e.GetDouble(), 1)).ToArray());
        Assert.Equal(421.6, Math.Round(ptv.GetProperty("segmentGapsMm")[0].GetDouble(), 1));
        Assert.True(ptv.GetProperty("fitsSingleField").GetBoolean());
        Assert.DoesNotContain("PTV_EXCEEDS_SINGLE_FIELD", Codes("plan", "--lesion", "C3 and L5", "--dose", "20", "--fractions", "10", "--margin", "10"));
    }

    [Fact]
    public void Ctv_levels_zero_warns_about_the_missing_ctv_margin()
    {
        var codes = Codes("plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--margin", "10", "--ctv-levels", "0");

        Assert.Contains("CTV_MARGIN_MISSING", codes);
        Assert.DoesNotContain("FOLLOW_UP", codes);
    }

    [Fact]
    public void A_long_lesion_without_ptv_margin_says_no_ptv_was_assessed_and_checks_the_ctv_against_the_field()
    {
        var codes = Codes("plan", "--lesion", "T2-S1", "--dose", "18", "--fractions", "10");

        Assert.Contains("PTV_NOT_ASSESSED", codes);
        Assert.Contains("PTV_EXCEEDS_SINGLE_FIELD", codes);
    }
}

/// <summary>Issue 18, item 7: the inverse solve never overshoots a tolerance limit (clinical-facts-organs §7).</summary>
public class SayItRightInverseTests
{
    private static JsonElement Json(params string[] args)
    {
        var run = CliHarness.Run([.. args, "--format", "json"]);
        Assert.Equal(string.Empty, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement;
    }

    public static TheoryData<string[], int, double, string> Solves => new()
    {
        // Nieder's 135.5 Gy2 at 2 Gy per fraction: 33.875 fractions; 34 (136 Gy2) overshot the limit, 33 gives 132 Gy2.
        { ["--target-bed", "135.5", "--alpha-beta", "2", "--dose-per-fraction", "2"], 33, 132, "down" },
        // The same as an efficacy target rounds up.
        { ["--target-bed", "135.5", "--alpha-beta", "2", "--dose-per-fraction", "2", "--purpose", "efficacy"], 34, 136, "up" },
        // An exact solution is not floored by rounding error: 120 Gy2 at 2 Gy per fraction is 30 fractions.
        { ["--target-bed", "120", "--alpha-beta", "2", "--dose-per-fraction", "2"], 30, 120, "down" },
    };

    [Theory]
    [MemberData(nameof(Solves))]
    public void Rounding_follows_the_purpose_so_a_tolerance_limit_is_never_exceeded(string[] args, int fractions, double reached, string rounding)
    {
        var json = Json(["eqd2", .. args]);

        Assert.Equal(fractions, json.GetProperty("fractionsWhole").GetInt32());
        Assert.Equal(reached, json.GetProperty("reachedGy").GetDouble(), 6);
        Assert.Equal(rounding, json.GetProperty("rounding").GetString());
        Assert.Contains("EmhRt assumption", json.GetProperty("roundingNote").GetString(), StringComparison.Ordinal);
    }
}
