using System.Text.Json.Nodes;
using EmhRt.Cli.Tests.Contract;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests;

/// <summary>
/// <c>--organ-dose</c> and the batch column <c>organ_doses</c> (issue 21, doses the planning system measured), through the
/// real command tree: read by the library's grammar, assessed on the one clinical path, written in every output.
/// </summary>
public class OrganDoseTests
{
    private static readonly string[] Conventional = ["plan", "--lesion", "T11-L2", "--dose", "20", "--fractions", "10", "--sex", "male", "--age", "40"];

    [Fact]
    public void Json_has_the_measured_doses_valid_against_the_plan_schema_and_the_findings_name_constraint_value_and_source()
    {
        var run = CliHarness.Run([.. Conventional, "--organ-dose", "kidneys=mean:1600cGy", "--organ-dose", "small-bowel=V15:80cc", "--organ-dose", "thyroid=mean:1", "--format", "json"]);
        Assert.Equal(string.Empty, run.Stderr);
        SchemaValidation.AssertValid("plan", run.Stdout, "--organ-dose");
        var plan = JsonNode.Parse(run.Stdout)!.AsObject();
        var doses = plan["organsAtRisk"]!["measuredDoses"]!.AsArray();
        Assert.Equal(["above", "within", "no-cited-constraint"], doses.Select(d => (string)d!["status"]!).ToArray());
        Assert.Equal(16, (double)doses[0]!["value"]!);
        Assert.Equal("Gy", (string)doses[0]!["unit"]!);
        Assert.Equal("cc", (string)doses[1]!["unit"]!);
        Assert.Equal(120, (double)doses[1]!["limit"]!);

        var findings = plan["findings"]!.AsArray();
        var above = findings.Single(f => (string)f!["code"]! == "ORGAN_DOSE_ABOVE_CONSTRAINT")!;
        Assert.Equal("caution", (string)above["severity"]!);
        Assert.StartsWith("Measured kidneys dose kidneys=mean:16Gy (16 Gy) is at or above the constraint mean dose to both kidneys < 15 Gy", (string)above["message"]!, StringComparison.Ordinal);
        Assert.Contains("16 Gy against 15 Gy", (string)above["message"]!, StringComparison.Ordinal);
        Assert.Equal(["marks2010", "dawson2010"], above["citations"]!.AsArray().Select(c => (string)c!).ToArray());
        Assert.Equal("info", (string)findings.Single(f => (string)f!["code"]! == "ORGAN_DOSE_NOT_ASSESSED")!["severity"]!);

        // The measured kidney mean replaces the kidneys' worst-case caution; the small bowel's measured V15 replaces its own.
        Assert.DoesNotContain(findings, f => (string)f!["code"]! == "ORGAN_THRESHOLD_REACHABLE");
    }

    [Fact]
    public void Without_organ_doses_the_json_has_an_empty_list()
    {
        var run = CliHarness.Run([.. Conventional, "--format", "json"]);
        SchemaValidation.AssertValid("plan", run.Stdout);
        Assert.Empty(JsonNode.Parse(run.Stdout)!["organsAtRisk"]!["measuredDoses"]!.AsArray());
    }

    [Fact]
    public void Short_course_reports_the_measured_dose_as_not_assessed_in_text_and_html()
    {
        var args = new[] { "plan", "--lesion", "L1", "--dose", "20", "--fractions", "5", "--organ-dose", "kidneys=mean:16" };
        var text = CliHarness.Run([.. args, "--width", "300"]);
        Assert.Contains("measured kidneys=mean:16Gy: 16 Gy, not compared: no short-course constraint cited for the kidneys (5 fractions;", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("ORGAN_DOSE_NOT_ASSESSED", text.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("ORGAN_DOSE_ABOVE_CONSTRAINT", text.Stdout, StringComparison.Ordinal);

        var html = CliHarness.Run([.. args, "--format", "html", "--assessed-at", "2026-12-01T09:00:00Z"]);
        Assert.Contains("<ul id=\"measured-doses\"><li>kidneys=mean:16Gy: 16 Gy, not compared: no short-course constraint cited for the kidneys", html.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spleen=mean:3", "error: --organ-dose: 'spleen=mean:3': unknown organ 'spleen': expected one of kidneys, ovaries, uterus, testes, small-bowel, heart, lungs, oesophagus, thyroid, larynx, liver")]
    [InlineData("kidneys=V20:28", "error: --organ-dose: 'kidneys=V20:28': a volume needs its unit: cc or %, e.g. 'V15:80cc' or 'V20:28%'")]
    [InlineData("kidneys=mean:12,5", "error: --organ-dose: 'kidneys=mean:12,5': ")]
    public void An_unreadable_organ_dose_is_a_parse_error_naming_the_option_and_quoting_the_spec(string spec, string expected)
    {
        var run = CliHarness.Run([.. Conventional, "--organ-dose", spec]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var error = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_organ_dose_twice_is_refused_naming_the_option()
    {
        var run = CliHarness.Run([.. Conventional, "--organ-dose", "kidneys=mean:12", "--organ-dose", "kidneys=mean:13"]);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var error = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains("--organ-dose", error, StringComparison.Ordinal);
        Assert.Contains("given twice", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_column_organ_doses_is_read_and_a_bad_spec_invalidates_its_row_naming_the_column()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plans.csv",
            "id,lesion,dose,fractions,organ_doses\n" +
            "a,T11-L2,20,10,\n" +
            "b,T11-L2,20,10,kidneys=mean:16;small-bowel=V15:80cc\n" +
            "c,T11-L2,20,10,kidneys=mean:16;spleen=mean:3\n");
        var run = CliHarness.Run("batch", file, "--quiet", "--format", "jsonl");
        SchemaValidation.AssertValidBatchRows(run.Stdout, "organ_doses");
        var rows = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Empty(rows[0]["organsAtRisk"]!["measuredDoses"]!.AsArray());
        Assert.Equal(["above", "within"], rows[1]["organsAtRisk"]!["measuredDoses"]!.AsArray().Select(d => (string)d!["status"]!).ToArray());
        Assert.Equal("invalid", (string)rows[2]["status"]!);
        Assert.StartsWith("column organ_doses: 'spleen=mean:3': unknown organ 'spleen'", (string)rows[2]["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_row_gives_the_same_measured_doses_as_the_plan_command()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("plans.csv", "id,lesion,dose,fractions,sex,age,organ_doses\np,T11-L2,20,10,male,40,kidneys=mean:16;lungs=V20:31%\n");
        var batch = JsonNode.Parse(CliHarness.Run("batch", file, "--quiet", "--format", "jsonl").Stdout.Split('\n')[0])!;
        var plan = JsonNode.Parse(CliHarness.Run([.. Conventional, "--organ-dose", "kidneys=mean:16", "--organ-dose", "lungs=V20:31%", "--format", "json"]).Stdout)!;
        Assert.Equal(plan["organsAtRisk"]!["measuredDoses"]!.ToJsonString(), batch["organsAtRisk"]!["measuredDoses"]!.ToJsonString());
    }
}
