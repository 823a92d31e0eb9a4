using System.Text.Json.Nodes;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests;

/// <summary>
/// <c>--cord-max-dose</c> and the batch column <c>cord_max_dose</c> (issue 21, doses the planning system measured): the
/// measured cord Dmax replaces the prescription assumption in every output, read through the real command tree.
/// </summary>
public class CordMaxDoseTests
{
    private static readonly string[] SingleFraction = ["plan", "--lesion", "C4", "--dose", "8", "--fractions", "1"];

    private static JsonObject Cord(params string[] args)
    {
        var run = CliHarness.Run([.. args, "--format", "json"]);
        Assert.Equal(string.Empty, run.Stderr);
        return JsonNode.Parse(run.Stdout)!["cord"]!.AsObject();
    }

    [Fact]
    public void Json_says_prescription_assumed_without_a_measured_dmax()
    {
        var cord = Cord(SingleFraction);
        Assert.Equal("prescription assumed", (string)cord["doseSource"]!);
        Assert.Null(cord["measuredDmaxGy"]);
    }

    [Fact]
    public void Json_says_measured_dmax_and_gives_it_and_the_finding_uses_it()
    {
        var run = CliHarness.Run([.. SingleFraction, "--cord-max-dose", "1300cGy", "--format", "json"]);
        var plan = JsonNode.Parse(run.Stdout)!.AsObject();
        var cord = plan["cord"]!;
        Assert.Equal("measured Dmax", (string)cord["doseSource"]!);
        Assert.Equal(13, (double)cord["measuredDmaxGy"]!);
        var finding = plan["findings"]!.AsArray().Single(f => (string)f!["code"]! == "CORD_EQD2_HIGH")!;
        Assert.Equal("warning", (string)finding["severity"]!);
        Assert.StartsWith("Cord Dmax 13 Gy in 1 fraction (measured Dmax, from the planning system) is above 12.4 Gy/1.", (string)finding["message"]!, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.FindingsAtOrAboveThreshold, run.ExitCode);
    }

    [Fact]
    public void Text_report_states_the_measured_dmax()
    {
        var run = CliHarness.Run([.. SingleFraction, "--cord-max-dose", "12 Gy", "--width", "200"]);
        Assert.Contains("Uses the cord (or cauda equina) Dmax measured in the planning system", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("CORD_EQD2_HIGH", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_cord_check_is_the_measured_dmax_for_a_short_course()
    {
        var run = CliHarness.Run([.. SingleFraction, "--cord-max-dose", "12", "--format", "csv"]);
        var row = CsvText.Parse(run.Stdout)[1];
        Assert.Equal(["dmax", "12", "12.4"], row[18..21]);
    }

    [Theory]
    [InlineData("abc", "error: --cord-max-dose: 'abc' is not a number: expected a dose such as '20 Gy'")]
    [InlineData("12 Sv", "error: --cord-max-dose: unknown unit 'Sv': expected Gy or cGy")]
    [InlineData("-1", "error: --cord-max-dose: '-1' is negative: a dose must not be negative")]
    public void An_unreadable_measured_dmax_is_a_parse_error_in_the_dose_grammar(string value, string expected)
    {
        var run = CliHarness.Run([.. SingleFraction, "--cord-max-dose", value]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var error = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Equal(expected, error);

        // One grammar: the same text gets the same message as --dose, with the option's name.
        var dose = CliHarness.Run("plan", "--lesion", "C4", "--dose", value, "--fractions", "1");
        Assert.Contains(expected.Replace("--cord-max-dose", "--dose", StringComparison.Ordinal), dose.ErrorLines);
    }

    [Fact]
    public void An_implausible_measured_dmax_is_refused_naming_the_option_and_the_bound()
    {
        var run = CliHarness.Run([.. SingleFraction, "--cord-max-dose", "150"]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var error = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("--cord-max-dose", error, StringComparison.Ordinal);
        Assert.Contains("expected 0 to 100 Gy (input-sanity limit, not a clinical threshold)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_column_cord_max_dose_is_read_and_an_implausible_one_invalidates_its_row()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plans.csv",
            "id,lesion,dose,fractions,cord_max_dose\n" +
            "a,C4,8,1,\n" +
            "b,C4,8,1,13\n" +
            "c,C4,8,1,150\n" +
            "d,C4,8,1,13 Sv\n");
        var rows = CsvText.Parse(CliHarness.Run("batch", file, "--quiet").Stdout);
        Assert.Equal(5, rows.Count);
        Assert.Equal(["dmax", "8", "12.4"], rows[1][18..21]);
        Assert.Equal(["dmax", "13", "12.4"], rows[2][18..21]);
        Assert.Equal("warning", rows[2][3]);
        Assert.Equal("invalid", rows[3][2]);
        Assert.Contains("column cord_max_dose", rows[3][^1], StringComparison.Ordinal);
        Assert.Contains("input-sanity limit", rows[3][^1], StringComparison.Ordinal);
        Assert.Equal("invalid", rows[4][2]);
        Assert.Equal("column cord_max_dose: unknown unit 'Sv': expected Gy or cGy", rows[4][^1]);
    }

    [Fact]
    public void A_prior_course_measured_dmax_is_read_by_plan_and_batch_alike_and_marked_in_every_output()
    {
        const string Prior = "45Gy/25@2025-01-10:T3-T9:cordmax=40";
        string[] args = ["plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--margin", "10", "--start", "2026-12-07", "--prior", Prior];
        var json = JsonNode.Parse(CliHarness.Run([.. args, "--format", "json"]).Stdout)!;
        var courses = json["reirradiation"]!["courses"]!.AsArray();
        var prior = courses.Single(c => !(bool)c!["current"]!)!;
        Assert.True((bool)prior["cordDoseMeasured"]!);
        Assert.Equal(40, (double)prior["totalDoseGy"]!);
        Assert.False((bool)courses.Single(c => (bool)c!["current"]!)!["cordDoseMeasured"]!);
        Contract.SchemaValidation.AssertValid(EmhRt.Reporting.OutputSchemas.Plan, json.ToJsonString(), "plan with a measured prior Dmax");

        // 40 Gy/25 at α/β 2: 72 Gy₂; this course 20 Gy/10: 40 Gy₂; 112 Gy₂ at the shared levels.
        Assert.Equal(112, (double)json["reirradiation"]!["maxCumulativeBedGy2"]!, 9);
        Assert.Contains("prior course  2025-01-10  40 Gy/25", CliHarness.Run([.. args]).Stdout, StringComparison.Ordinal);
        Assert.Contains("(measured cord Dmax)", CliHarness.Run([.. args]).Stdout, StringComparison.Ordinal);

        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions,margin,start,prior\np1,T5-T8,20,10,10,2026-12-07," + Prior + "\np2,T5-T8,20,10,10,2026-12-07,45Gy/25@2025-01-10:T3-T9:cordmax=4O\n");
        var batch = CliHarness.Run("batch", input, "--quiet", "--format", "jsonl");
        var rows = batch.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToArray();
        Assert.Equal(112, (double)rows[0]["reirradiation"]!["maxCumulativeBedGy2"]!, 9);
        Assert.Equal("invalid", (string)rows[1]["status"]!);
        Assert.Contains("cordmax: unknown unit 'O': expected Gy or cGy", (string)rows[1]["error"]!, StringComparison.Ordinal);
    }
}
