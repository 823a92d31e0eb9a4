using System.Text.Json;
using System.Text.RegularExpressions;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests;

/// <summary><c>emhrt plan</c> end to end through the real command tree: formats, exit codes, input errors, files.</summary>
public class PlanCommandTests
{
    /// <summary>Seed 003 (actabiomed2017): T5-T8, 20 Gy in 10 fractions; a clean plan (info findings only).</summary>
    private static readonly string[] Seed003 =
        ["plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--margin", "10", "--start", "2026-12-01", "--age", "19", "--sex", "male"];

    /// <summary>18 Gy in 10 fractions starting on a Friday before Christmas, with two holidays.</summary>
    private static readonly string[] HolidayCourse =
    [
        "plan", "--lesion", "T5-T8", "--dose", "18", "--fractions", "10", "--margin", "10", "--start", "2026-12-18",
        "--holiday", "2026-12-25", "--holiday", "2027-01-01", "--age", "19", "--sex", "male",
    ];

    private static readonly string[] CsvHeader =
    [
        "line", "id", "status", "highest_severity", "finding_codes", "ctv", "ptv_length_mm", "geometry_source",
        "total_dose_gy", "fractions", "dose_per_fraction_gy", "alpha_beta_emh_gy", "bed_emh_at_alpha_beta_gy",
        "eqd2_emh_gy", "cord_tissue", "alpha_beta_cord_gy", "bed_cord_at_alpha_beta_gy", "eqd2_cord_gy",
        "cord_check_measure", "cord_check_gy", "cord_check_limit_gy", "cumulative_bed_cord_gy2", "start_date",
        "end_date", "overall_days", "protocol_id", "protocol_version", "protocol_sha256", "organs_near_field", "organs_flagged", "error",
    ];

    private static string[] With(string[] args, params string[] more) => [.. args, .. more];

    private static void AssertSingleInputError(CliRun run, string expectedLine)
    {
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var errors = run.ErrorLines.Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();
        Assert.Equal([expectedLine], errors);
        Assert.All(
            run.ErrorLines.Where(l => !l.StartsWith("error:", StringComparison.Ordinal)),
            l => Assert.Equal("Run 'emhrt plan --help' for usage and examples.", l));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Stderr, StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- formats

    [Fact]
    public void Text_report_contains_the_key_lines()
    {
        // The 100-column layout (the default before issue 20; now 80 columns unless a terminal says otherwise).
        var run = CliHarness.Run(With(Seed003, "--width", "100"));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("Verdict: No warning or caution (0 warnings, 0 cautions, 3 info)", lines[0]);
        Assert.StartsWith("emhrt 0.1.0 · protocol emh-default 1.3.0 · sha256 ", lines[1], StringComparison.Ordinal);
        Assert.Equal("Decision support only — does not replace clinical judgement.", lines[2]);
        Assert.Contains("Lesion     T5-T8", lines);
        Assert.Contains(lines, l => l.StartsWith("CTV        T4-T9: 6 levels, margin 1 level above, 1 level below (cailleteau2023), length 140.0 mm", StringComparison.Ordinal));
        Assert.Contains("PTV        margin superior 10 mm, inferior 10 mm, radial 10 mm; length 160.0 mm", lines);
        Assert.Contains("           fits a single 40 cm field with 7 mm field margin at each end (assumption): yes", lines);
        Assert.Contains("Regimen    20 Gy in 10 fractions of 2 Gy", lines);
        Assert.Contains("   2026-12-01 (Tue) to 2026-12-14 (Mon): 10 fractions, 14 days overall (over 3 calendar weeks), no", lines);
        Assert.Contains("Findings: 0 warnings, 0 cautions, 3 info", lines);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s+EMH\s+10 Gy\s+24\.0 Gy₁₀\s+20\.0 Gy"));
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s+spinal cord\s+2 Gy\s+40\.0 Gy₂\s+20\.0 Gy\s+nieder2006"));
        Assert.Contains("References", lines);
        Assert.DoesNotContain('\u001b', run.Stdout); // redirected: no colour codes
        Assert.EndsWith("\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_has_the_contract_fields()
    {
        var run = CliHarness.Run(With(HolidayCourse, "--format", "json"));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;

        Assert.Equal("emhrt", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("0.1.0", root.GetProperty("tool").GetProperty("version").GetString());
        var protocol = root.GetProperty("protocol");
        Assert.Equal("emh-default", protocol.GetProperty("id").GetString());
        Assert.Equal("1.3.0", protocol.GetProperty("version").GetString());
        Assert.Matches("^[0-9a-f]{64}$", protocol.GetProperty("sha256").GetString());

        var lesion = root.GetProperty("lesion");
        Assert.Equal(1, lesion.GetArrayLength());
        Assert.Equal("T5", lesion[0].GetProperty("from").GetString());
        Assert.Equal("T8", lesion[0].GetProperty("to").GetString());

        var ctv = root.GetProperty("ctv");
        Assert.Equal(1, ctv.GetProperty("spans").GetArrayLength());
        Assert.Equal("T4", ctv.GetProperty("spans")[0].GetProperty("from").GetString());
        Assert.Equal("T9", ctv.GetProperty("spans")[0].GetProperty("to").GetString());
        Assert.Equal(140.0, ctv.GetProperty("lengthMm").GetDouble(), 6);
        Assert.False(ctv.GetProperty("clamped").GetBoolean());

        var ptv = root.GetProperty("ptv");
        Assert.Equal(10.0, ptv.GetProperty("marginMm").GetProperty("superior").GetDouble());
        Assert.Equal(10.0, ptv.GetProperty("marginMm").GetProperty("inferior").GetDouble());
        Assert.Equal(10.0, ptv.GetProperty("marginMm").GetProperty("radial").GetDouble());
        Assert.Equal(160.0, ptv.GetProperty("lengthMm").GetDouble(), 6);
        Assert.Equal("T3", ptv.GetProperty("superiorBorder").GetProperty("level").GetString());
        Assert.Equal(13.333, ptv.GetProperty("superiorBorder").GetProperty("mmBelowTop").GetDouble(), 3);
        Assert.Equal("T10", ptv.GetProperty("inferiorBorder").GetProperty("level").GetString());
        Assert.Equal(10.0, ptv.GetProperty("inferiorBorder").GetProperty("mmBelowTop").GetDouble(), 6);
        Assert.True(ptv.GetProperty("fitsSingleField").GetBoolean());

        var fractionation = root.GetProperty("fractionation");
        Assert.Equal(18.0, fractionation.GetProperty("totalDoseGy").GetDouble());
        Assert.Equal(10, fractionation.GetProperty("fractions").GetInt32());
        Assert.Equal(1.8, fractionation.GetProperty("dosePerFractionGy").GetDouble(), 9);

        // BED = D (1 + d / (α/β)), EQD2 = BED / (1 + 2 / (α/β)) (fowler1989): cord 18 (1 + 1.8/2) = 34.2, 34.2 / 2 = 17.1;
        // EMH 18 (1 + 0.18) = 21.24, 21.24 / 1.2 = 17.7.
        var tissues = root.GetProperty("radiobiology").EnumerateArray().ToDictionary(t => t.GetProperty("tissue").GetString()!);
        Assert.Equal(["EMH", "spinal cord"], tissues.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2.0, tissues["spinal cord"].GetProperty("alphaBetaGy").GetDouble());
        Assert.Equal(34.2, tissues["spinal cord"].GetProperty("bedGy").GetDouble(), 9);
        Assert.Equal(17.1, tissues["spinal cord"].GetProperty("eqd2Gy").GetDouble(), 9);
        Assert.Equal(10.0, tissues["EMH"].GetProperty("alphaBetaGy").GetDouble());
        Assert.Equal(21.24, tissues["EMH"].GetProperty("bedGy").GetDouble(), 9);
        Assert.Equal(17.7, tissues["EMH"].GetProperty("eqd2Gy").GetDouble(), 9);

        var schedule = root.GetProperty("schedule");
        Assert.Equal("2026-12-18", schedule.GetProperty("startDate").GetString());
        Assert.Equal("2027-01-04", schedule.GetProperty("endDate").GetString());
        Assert.Equal(18, schedule.GetProperty("overallDays").GetInt32());
        Assert.Equal(["2026-12-25", "2027-01-01"], schedule.GetProperty("interruptions").EnumerateArray().Select(e => e.GetString()!));
        var sessions = schedule.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, 10), sessions.Select(s => s.GetProperty("number").GetInt32()));
        Assert.Equal(
            ["2026-12-18", "2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24", "2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-04"],
            sessions.Select(s => s.GetProperty("date").GetString()!));

        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(["FOLLOW_UP", "GEOMETRY_ESTIMATED", "ORGAN_NEAR_FIELD"], findings.Select(f => f.GetProperty("code").GetString()!));
        Assert.All(findings, f =>
        {
            Assert.Equal("info", f.GetProperty("severity").GetString());
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("message").GetString()));
            Assert.NotEqual(0, f.GetProperty("citations").GetArrayLength());
        });
        Assert.Equal(["munn1998", "actabiomed2017", "cailleteau2023"], findings[0].GetProperty("citations").EnumerateArray().Select(c => c.GetString()!));

        var literature = root.GetProperty("literature");
        Assert.Equal(10.0, literature.GetProperty("alphaBetaGy").GetDouble());
        Assert.Equal(17.7, literature.GetProperty("proposedEqd2Gy").GetDouble(), 9);
        var known = literature.GetProperty("casesWithKnownRegimen").GetInt32();
        Assert.Equal(
            known,
            literature.GetProperty("casesBelow").GetInt32() + literature.GetProperty("casesEqual").GetInt32() + literature.GetProperty("casesAbove").GetInt32());
        Assert.Equal("cailleteau2023-case", literature.GetProperty("nearest")[0].GetProperty("id").GetString());
        Assert.Equal("info", root.GetProperty("highestSeverity").GetString());
    }

    [Fact]
    public void Csv_report_is_the_batch_header_and_one_row()
    {
        var run = CliHarness.Run(With(Seed003, "--format", "csv"));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var records = CsvText.Parse(run.Stdout);
        Assert.Equal(2, records.Count);
        Assert.Equal(CsvHeader, records[0]);
        Assert.Equal(
            [
                "1", "", "pass", "info", "FOLLOW_UP;GEOMETRY_ESTIMATED;ORGAN_NEAR_FIELD", "T4-T9", "160", "population-male", "20", "10", "2", "10", "24", "20",
                "spinal cord", "2", "40", "20", "eqd2", "20", "50", "", "2026-12-01", "2026-12-14", "14", "emh-default",
                Planning.PlanAssessor.Default.Protocol.Version, Planning.PlanAssessor.Default.Protocol.Sha256, "heart;lungs;oesophagus;liver", "", "",
            ],
            records[1]);
    }

    [Fact]
    public void Csv_report_of_a_plan_with_warnings_says_findings()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "9", "--fractions", "3", "--format", "csv");
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, run.ExitCode);
        var row = CsvText.Parse(run.Stdout)[1];
        Assert.Equal("findings", row[2]);
        Assert.Equal("warning", row[3]);
        Assert.Contains("DOSE_BELOW_RANGE", row[4].Split(';'));
        Assert.Contains("HYPOFRACTIONATION", row[4].Split(';'));
        Assert.Equal(["9", "3", "3", "10", "11.7", "9.75", "spinal cord", "2", "22.5", "11.25", "dmax", "9", "20.3"], row[8..21]);
    }

    [Fact]
    public void Html_format_writes_one_page_whose_data_block_is_the_json_report()
    {
        var html = CliHarness.Run(With(Seed003, "--format", "html", "--assessed-at", "2026-12-01T10:00:00+01:00", "--label", "<b>case</b>"));
        Assert.Equal(ExitCodes.Success, html.ExitCode);
        Assert.Equal(string.Empty, html.Stderr);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html.Stdout, StringComparison.Ordinal);
        Assert.Contains("<dt>Assessed</dt><dd>2026-12-01T09:00:00Z</dd>", html.Stdout, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;case&lt;/b&gt;", html.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>case", html.Stdout, StringComparison.Ordinal);

        var json = CliHarness.Run(With(Seed003, "--format", "json"));
        const string open = "<script type=\"application/json\" id=\"emhrt-data\">";
        var start = html.Stdout.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var end = html.Stdout.IndexOf("</script>", start, StringComparison.Ordinal);
        Assert.Equal(json.Stdout, EmhRt.Reporting.Html.EmbeddedJson.Unescape(html.Stdout[start..end]));
    }

    [Fact]
    public void Html_report_with_a_fixed_time_is_the_same_on_every_run_and_exit_code_follows_fail_on()
    {
        string[] args = With(Seed003, "--format", "html", "--assessed-at", "2026-12-01T09:00:00Z");
        var first = CliHarness.Run(args);
        Assert.Equal(first.Stdout, CliHarness.Run(args).Stdout);
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, CliHarness.Run(With(args, "--fail-on", "info")).ExitCode);
    }

    [Fact]
    public void Html_report_goes_to_the_output_file()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "plan.html");
        var run = CliHarness.Run(With(Seed003, "--format", "html", "--assessed-at", "2026-12-01T09:00:00Z", "--output", path));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("id=\"verdict\"", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-01", "error: --assessed-at: '2026-12-01' is not a time with an offset: use ISO 8601, e.g. 2026-12-01T09:00:00Z")]
    [InlineData("2026-12-01T09:00:00", "error: --assessed-at: '2026-12-01T09:00:00' is not a time with an offset: use ISO 8601, e.g. 2026-12-01T09:00:00Z")]
    [InlineData("yesterday", "error: --assessed-at: 'yesterday' is not a time with an offset: use ISO 8601, e.g. 2026-12-01T09:00:00Z")]
    public void Assessed_at_without_an_offset_is_refused(string value, string error)
    {
        var run = CliHarness.Run(With(Seed003, "--format", "html", "--assessed-at", value));
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(error, run.ErrorLines[0]);
    }

    [Fact]
    public void Text_report_wraps_to_the_given_width_and_to_80_columns_by_default()
    {
        var wide = CliHarness.Run(With(Seed003, "--width", "120")).Stdout.Split('\n');
        var standard = CliHarness.Run(Seed003).Stdout.Split('\n');
        var narrow = CliHarness.Run(With(Seed003, "--width", "60")).Stdout.Split('\n');
        Assert.True(narrow.Length > standard.Length && standard.Length > wide.Length, $"{narrow.Length} {standard.Length} {wide.Length}");
        Assert.All(standard, l => Assert.True(l.Length <= 80, l));
        Assert.Contains(wide, l => l.Length > 80);
        // Wrapped text (findings, references) fits 60 columns; the diagram rows and tables are not wrapped.
        var findings = Array.FindIndex(narrow, l => l.StartsWith("Findings", StringComparison.Ordinal));
        var literature = Array.FindIndex(narrow, l => l.StartsWith("Literature", StringComparison.Ordinal));
        Assert.All(narrow[findings..literature], l => Assert.True(l.Length <= 60, l));
        Assert.All(narrow[(Array.IndexOf(narrow, "References") + 1)..], l => Assert.True(l.Length <= 60, l));
    }

    [Theory]
    [InlineData("39")]
    [InlineData("401")]
    [InlineData("wide")]
    public void Width_outside_40_to_400_is_refused(string width)
    {
        var run = CliHarness.Run(With(Seed003, "--width", width));
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("error: --width: ", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Brief_text_report_has_verdict_volumes_doses_and_one_line_findings_without_references()
    {
        var run = CliHarness.Run(With(HolidayCourse, "--brief", "--prior", "20Gy/10@2026-09-01:T5-T8"));
        var lines = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.StartsWith("Verdict: Warning: review before treating (", lines[0], StringComparison.Ordinal);
        Assert.Contains("Lesion     T5-T8", lines);
        Assert.Contains(lines, l => Regex.IsMatch(l, @"^\s+EMH\s+10 Gy\s+"));
        Assert.Contains(lines, l => l.StartsWith("   WARNING REIRRADIATION_INTERVAL_SHORT  ", StringComparison.Ordinal));
        Assert.DoesNotContain("References", lines);
        Assert.DoesNotContain("Spine", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("   [", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
        Assert.True(lines.Length < 30, lines.Length + " lines");
    }

    // ---------------------------------------------------------------- exit codes

    [Fact]
    public void Clean_plan_exits_0() => Assert.Equal(ExitCodes.Success, CliHarness.Run(Seed003).ExitCode);

    [Fact]
    public void Plan_with_warnings_exits_1_and_lists_them()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "9", "--fractions", "3", "--format", "json");
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("warning", doc.RootElement.GetProperty("highestSeverity").GetString());
        var codes = doc.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToArray();
        Assert.Contains("DOSE_BELOW_RANGE", codes);
        Assert.Contains("HYPOFRACTIONATION", codes);
    }

    [Fact]
    public void Clean_plan_exits_1_with_fail_on_info() =>
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, CliHarness.Run(With(Seed003, "--fail-on", "info")).ExitCode);

    [Fact]
    public void Clean_plan_exits_0_with_fail_on_caution() =>
        Assert.Equal(ExitCodes.Success, CliHarness.Run(With(Seed003, "--fail-on", "caution")).ExitCode);

    [Fact]
    public void Bad_plan_exits_0_with_fail_on_never()
    {
        var run = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "9", "--fractions", "3", "--fail-on", "never");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("DOSE_BELOW_RANGE", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_codes_are_the_documented_numbers()
    {
        Assert.Equal(0, ExitCodes.Success);
        Assert.Equal(1, ExitCodes.FindingsAtOrAboveThreshold);
        Assert.Equal(2, ExitCodes.InvalidInput);
    }

    // ---------------------------------------------------------------- bad inputs

    [Theory]
    [InlineData("--lesion", "T0", "error: --lesion: 'T0': T0 does not exist: thoracic levels are T1 to T12 (T13 only with 13 thoracic vertebrae) (at character 1)")]
    [InlineData("--lesion", "T5-", "error: --lesion: 'T5-': '-' must be followed by the second level, such as T8 or 8; found the end of the text (at character 3)")]
    public void Bad_lesion_exits_2_with_one_line(string option, string value, string expected) =>
        AssertSingleInputError(CliHarness.Run("plan", option, value, "--dose", "20", "--fractions", "10"), expected);

    [Theory]
    [InlineData("2,5", "error: --dose: '2,5' is not a number: use a point as decimal separator and no thousands separator (e.g. 2.5)")]
    [InlineData("-1", "error: --dose: '-1' is negative: a dose must not be negative")]
    public void Bad_dose_exits_2_with_one_line(string value, string expected) =>
        AssertSingleInputError(CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", value, "--fractions", "10"), expected);

    [Fact]
    public void Zero_fractions_exits_2_with_one_line() =>
        AssertSingleInputError(
            CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "0"),
            "error: --fractions: '0' is not allowed: a course has at least 1 fraction");

    [Fact]
    public void Inconsistent_regimen_exits_2_naming_the_three_options() =>
        AssertSingleInputError(
            CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--dose-per-fraction", "1.8"),
            "error: --dose/--fractions/--dose-per-fraction: 20 Gy in 10 fractions is 2 Gy per fraction, not 1.8 Gy");

    [Fact]
    public void Missing_holidays_file_exits_2()
    {
        using var dir = new TempDirectory();
        var missing = dir.File("holidays.txt");
        AssertSingleInputError(
            CliHarness.Run(With(Seed003, "--holidays-file", missing)),
            $"error: --holidays-file: file '{missing}' does not exist");
    }

    [Fact]
    public void Holidays_file_with_a_bad_line_exits_2_naming_file_and_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("holidays.txt", "# Christmas\n2026-12-25\n25.12.2026\n");
        AssertSingleInputError(
            CliHarness.Run(With(Seed003, "--holidays-file", path)),
            $"error: --holidays-file: {path}: line 3: '25.12.2026' is not a date: expected YYYY-MM-DD, e.g. 2026-12-01");
    }

    [Fact]
    public void Holidays_file_moves_the_end_date()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("holidays.txt", "# Christmas\n2026-12-25\n\n2027-01-01\n");
        var run = CliHarness.Run(
            "plan", "--lesion", "T5-T8", "--dose", "18", "--fractions", "10", "--start", "2026-12-18", "--holidays-file", path, "--format", "csv");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("2027-01-04", CsvText.Parse(run.Stdout)[1][23]);
    }

    [Fact]
    public void Malformed_protocol_file_exits_2_with_one_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("broken.protocol.json", "{ \"id\": \n");
        var run = CliHarness.Run(With(Seed003, "--protocol", path));
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"error: --protocol: {path}: $: invalid JSON at line 2", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Protocol_with_a_misspelt_property_names_its_json_path()
    {
        using var dir = new TempDirectory();
        var json = DefaultProtocolJson().Replace(
            "{ \"code\": \"DOSE_BELOW_RANGE\", \"enabled\": true, \"severity\": \"warning\" }",
            "{ \"code\": \"DOSE_BELOW_RANGE\", \"enabled\": true, \"severty\": \"warning\" }",
            StringComparison.Ordinal);
        var path = dir.Write("typo.protocol.json", json);
        var run = CliHarness.Run(With(Seed003, "--protocol", path));
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains($"error: --protocol: {path}: $.rules[0].severty: unknown property 'severty'; did you mean 'severity'?", run.ErrorLines);
        Assert.All(run.ErrorLines, l => Assert.StartsWith($"error: --protocol: {path}: $.rules[0]", l, StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Copy_of_the_default_protocol_gives_the_same_report_and_hash()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("copy.protocol.json", DefaultProtocolJson());
        var embedded = CliHarness.Run(With(Seed003, "--format", "json"));
        var fromFile = CliHarness.Run(With(Seed003, "--format", "json", "--protocol", path));
        Assert.Equal(ExitCodes.Success, fromFile.ExitCode);
        Assert.Equal(embedded.Stdout, fromFile.Stdout);
    }

    [Fact]
    public void Prior_without_start_exits_2() =>
        AssertSingleInputError(
            CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--prior", "30Gy/15@2023-01-10:T3-T8"),
            "error: --prior: prior courses need the new course's start date, to know the interval since the last course");

    [Fact]
    public void Unknown_option_exits_2() =>
        AssertSingleInputError(CliHarness.Run(With(Seed003, "--colour")), "error: Unrecognized command or argument '--colour'.");

    [Fact]
    public void Spine_geometry_file_with_a_bad_row_exits_2_naming_file_and_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("spine.csv", "level,top_mm,bottom_mm\nT3,0,22\nT4,23,45\nT5,46,4o\nT6,70,93\n");
        AssertSingleInputError(
            CliHarness.Run(With(Seed003, "--spine-geometry", path)),
            $"error: --spine-geometry: {path}: line 4: bottom_mm must be a finite number in mm such as 23.3, found '4o'");
    }

    // ---------------------------------------------------------------- output file

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("csv")]
    public void Output_file_holds_exactly_what_stdout_would_and_leaves_no_temporary_file(string format)
    {
        using var dir = new TempDirectory();
        var path = dir.File("report." + format);
        var toFile = CliHarness.Run(With(Seed003, "--format", format, "--output", path));
        var toStdout = CliHarness.Run(With(Seed003, "--format", format));
        Assert.Equal(ExitCodes.Success, toFile.ExitCode);
        Assert.Equal(string.Empty, toFile.Stdout);
        Assert.Equal(string.Empty, toFile.Stderr);
        Assert.Equal(toStdout.Stdout, File.ReadAllText(path));
        Assert.Equal(["report." + format], dir.FileNames());
    }

    [Fact]
    public void Output_file_replaces_an_existing_file()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("report.json", new string('x', 100_000));
        var run = CliHarness.Run(With(Seed003, "--format", "json", "--output", path));
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("emhrt", doc.RootElement.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(["report.json"], dir.FileNames());
    }

    [Fact]
    public void Output_file_is_written_even_when_findings_fail_the_plan()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.csv");
        var run = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "9", "--fractions", "3", "--format", "csv", "--output", path);
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, run.ExitCode);
        Assert.Equal("findings", CsvText.Parse(File.ReadAllText(path))[1][2]);
    }

    [Fact]
    public void Output_file_in_a_missing_directory_exits_2_with_a_clear_message()
    {
        using var dir = new TempDirectory();
        var missingDirectory = dir.File("missing");
        var path = Path.Combine(missingDirectory, "report.txt");
        AssertSingleInputError(
            CliHarness.Run(With(Seed003, "--output", path)),
            $"error: cannot write '{path}': directory '{missingDirectory}' does not exist");
        Assert.Empty(dir.FileNames());
    }

    [Fact]
    public void Invalid_input_writes_no_output_file()
    {
        using var dir = new TempDirectory();
        var path = dir.File("report.json");
        var run = CliHarness.Run("plan", "--lesion", "T0", "--dose", "20", "--fractions", "10", "--format", "json", "--output", path);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Empty(dir.FileNames());
    }

    // ---------------------------------------------------------------- re-irradiation

    [Fact]
    public void Prior_course_gives_a_reirradiation_finding()
    {
        var run = CliHarness.Run(
            "plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--prior", "30Gy/15@2023-01-10:T3-T8",
            "--start", "2026-12-01", "--format", "json");
        Assert.Equal(string.Empty, run.Stderr);
        using var doc = JsonDocument.Parse(run.Stdout);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToArray();
        var reirradiation = Assert.Single(findings, f => f.GetProperty("code").GetString() == "REIRRADIATION");
        Assert.NotEqual(0, reirradiation.GetProperty("citations").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, doc.RootElement.GetProperty("reirradiation").ValueKind);
        Assert.DoesNotContain(findings, f => f.GetProperty("code").GetString() == "REIRRADIATION_INTERVAL_SHORT");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
    }

    [Fact]
    public void Recent_prior_course_is_a_warning()
    {
        var run = CliHarness.Run(
            "plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--prior", "30Gy/15@2026-09-01:T3-T8",
            "--start", "2026-12-01", "--format", "json");
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var finding = Assert.Single(
            doc.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("code").GetString() == "REIRRADIATION_INTERVAL_SHORT");
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
    }

    // ---------------------------------------------------------------- culture

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("csv")]
    public void Output_is_byte_identical_under_every_culture(string format)
    {
        string[] args = With(HolidayCourse, "--format", format, "--dose-per-fraction", "1.8");
        CliRun? reference = null;
        CliHarness.UnderCulture("en-US", () => reference = CliHarness.Run(args));
        Assert.Equal(ExitCodes.Success, reference!.ExitCode);
        Assert.Contains("1.8", reference.Stdout, StringComparison.Ordinal);
        foreach (var culture in new[] { "de-DE", "fr-FR", "tr-TR" })
        {
            CliRun? run = null;
            CliHarness.UnderCulture(culture, () => run = CliHarness.Run(args));
            Assert.Equal(reference.ExitCode, run!.ExitCode);
            Assert.Equal(reference.Stderr, run.Stderr);
            Assert.True(reference.Stdout == run.Stdout, $"{format} output differs under {culture}");
        }
    }

    [Fact]
    public void Input_errors_are_identical_under_every_culture()
    {
        string[] args = ["plan", "--lesion", "t0", "--dose", "2,5", "--fractions", "0", "--margin", "1,5"];
        CliRun? reference = null;
        CliHarness.UnderCulture("en-US", () => reference = CliHarness.Run(args));
        foreach (var culture in new[] { "de-DE", "fr-FR", "tr-TR" })
        {
            CliRun? run = null;
            CliHarness.UnderCulture(culture, () => run = CliHarness.Run(args));
            Assert.Equal(reference!.ExitCode, run!.ExitCode);
            Assert.Equal(reference.Stderr, run.Stderr);
        }
    }

    [Fact]
    public void Lower_case_levels_parse_under_turkish_culture()
    {
        // "i" upper-cases to dotted "İ" in tr-TR: a culture-sensitive parser would reject or mangle input here.
        CliRun? run = null;
        CliHarness.UnderCulture("tr-TR", () => run = CliHarness.Run("plan", "--lesion", "t5-t8", "--dose", "20", "--fractions", "10", "--format", "csv", "--fail-on", "never"));
        Assert.Equal(ExitCodes.Success, run!.ExitCode);
        Assert.Equal("T4-T9", CsvText.Parse(run.Stdout)[1][5]);
    }

    internal static string DefaultProtocolJson()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "EmhRt.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        Assert.NotNull(dir);
        return File.ReadAllText(Path.Combine(dir, "src", "EmhRt", "Protocol", "emh-default.protocol.json"));
    }
}
