using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests;

/// <summary><c>emhrt batch</c> end to end through the real command tree.</summary>
public class BatchCommandTests
{
    private const string Header =
        "line,id,status,highest_severity,finding_codes,ctv,ptv_length_mm,geometry_source,total_dose_gy,fractions,dose_per_fraction_gy," +
        "alpha_beta_emh_gy,bed_emh_at_alpha_beta_gy,eqd2_emh_gy,cord_tissue,alpha_beta_cord_gy,bed_cord_at_alpha_beta_gy,eqd2_cord_gy," +
        "cord_check_measure,cord_check_gy,cord_check_limit_gy,cumulative_bed_cord_gy2,start_date,end_date,overall_days," +
        "protocol_id,protocol_version,protocol_sha256,organs_near_field,organs_flagged,error";

    /// <summary>The built-in protocol's id, version and hash as the last value cells (they change with the protocol, not with this code).</summary>
    private static readonly string ProtocolCells =
        $"{Planning.PlanAssessor.Default.Protocol.Id},{Planning.PlanAssessor.Default.Protocol.Version},{Planning.PlanAssessor.Default.Protocol.Sha256}";

    private static readonly string CleanRowValues =
        "pass,info,FOLLOW_UP;GEOMETRY_ESTIMATED;ORGAN_NEAR_FIELD,T4-T9,160,population-male-default,20,10,2,10,24,20,spinal cord,2,40,20,eqd2,20,50,,2026-12-01,2026-12-14,14,"
        + ProtocolCells + ",heart;lungs;oesophagus;liver,,";

    private static CliRun RunWithStdin(string stdin, params string[] args)
    {
        var root = CliApp.Build(CliEnvironment.Redirected with { OpenStandardInput = () => new StringReader(stdin) });
        return CliHarness.Run(root, args);
    }

    private static CliRun Batch(TempDirectory dir, string fileName, string content, params string[] options) =>
        CliHarness.Run(["batch", dir.Write(fileName, content), "--quiet", .. options]);

    private static string[] OutputLines(CliRun run) => run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    // ---------------------------------------------------------------- CSV in, CSV out

    [Fact]
    public void Csv_in_gives_csv_out_with_the_exact_header_and_one_row_per_input_row()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "plans.csv",
            "id,lesion,dose,fractions,margin,start\n" +
            "p1,T5-T8,20,10,10,2026-12-01\n" +
            "p2,T5-T8,9,3,10,2026-12-01\n" +
            "p3,T0,20,10,10,2026-12-01\n");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(
            [
                Header,
                "2,p1," + CleanRowValues,
                "3,p2,findings,warning,DOSE_BELOW_RANGE;FRACTION_SIZE_OUTSIDE_RANGE;GEOMETRY_ESTIMATED;HYPOFRACTIONATION;ORGAN_NEAR_FIELD,T4-T9,160,population-male-default,9,3,3,10,11.7,9.75,spinal cord,2,22.5,11.25,dmax,9,20.3,,2026-12-01,2026-12-03,3,"
                    + ProtocolCells + ",heart;lungs;oesophagus;liver,,",
                "4,p3,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,column lesion: 'T0': T0 does not exist: thoracic levels are T1 to T12 (T13 only with 13 thoracic vertebrae) (at character 1)",
            ],
            OutputLines(run));
    }

    [Fact]
    public void Quoted_fields_keep_commas_and_line_breaks_and_rows_are_numbered_by_their_first_line()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "plans.csv",
            "id,lesion,dose,fractions,margin,start\n" +
            "\"Doe, Jane\",T5-T8,20,10,10,2026-12-01\n" +
            "\"two\nline\nid\",\"T5-T8\",\"20\",10,10,2026-12-01\n" +
            "\"say \"\"hi\"\"\",T5-T8,\"2,5\",10,10,2026-12-01\n" +
            "last,T5-T8,20,10,10,2026-12-01\n");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var records = CsvText.Parse(run.Stdout);
        Assert.Equal(5, records.Count);
        Assert.Equal(["2", "Doe, Jane", "pass"], records[1][..3]);
        Assert.Equal(["3", "two\nline\nid", "pass"], records[2][..3]);
        Assert.Equal(["6", "say \"hi\"", "invalid"], records[3][..3]);
        Assert.StartsWith("column dose: '2,5'", records[3][^1], StringComparison.Ordinal);
        Assert.Equal(["7", "last", "pass"], records[4][..3]);
        Assert.All(records, r => Assert.Equal(31, r.Length));
    }

    [Fact]
    public void Crlf_line_endings_are_accepted()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "plans.csv", "id,lesion,dose,fractions,margin,start\r\np1,T5-T8,20,10,10,2026-12-01\r\n");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([Header, "2,p1," + CleanRowValues], OutputLines(run));
    }

    [Fact]
    public void Byte_order_mark_is_ignored()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bom.csv");
        File.WriteAllText(path, "id,lesion,dose,fractions,margin,start\np1,T5-T8,20,10,10,2026-12-01\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Assert.Equal(0xEF, File.ReadAllBytes(path)[0]);
        var run = CliHarness.Run("batch", path, "--quiet");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([Header, "2,p1," + CleanRowValues], OutputLines(run));
    }

    [Fact]
    public void Semicolon_separator_is_detected_from_the_header()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "plans.csv", "id;lesion;dose;fractions;margin;start\np1;T5-T8;20;10;10;2026-12-01\n\"a;b\";T5-T8;18;10;10;2026-12-01\n");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var records = CsvText.Parse(run.Stdout);
        Assert.Equal(Header.Split(','), records[0]);
        Assert.Equal("2,p1," + CleanRowValues, string.Join(',', records[1]));
        Assert.Equal(["3", "a;b", "pass"], records[2][..3]);
        Assert.Equal("18", records[2][8]);
    }

    [Fact]
    public void Semicolon_separator_can_be_forced()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "plans.csv", "lesion;dose;fractions;margin;start\nT5-T8;20;10;10;2026-12-01\n", "--separator", ";");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([Header, "2,," + CleanRowValues], OutputLines(run));
    }

    // ---------------------------------------------------------------- JSON Lines

    [Fact]
    public void Json_lines_in_and_out_give_the_plan_json_for_each_valid_row()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "plans.jsonl",
            "{\"id\":\"j1\",\"lesion\":\"T5-T8\",\"dose\":18,\"fractions\":10,\"margin\":\"10mm\",\"start\":\"2026-12-18\",\"holidays\":\"2026-12-25;2027-01-01\",\"age\":19,\"sex\":\"male\"}\n" +
            "\n" +
            "{\"id\":\"j2\",\"lesion\":\"T0\",\"dose\":20,\"fractions\":10}\n" +
            "{\"id\":\"j3\",\"lesion\":\"T5-T8\",\"dose\":\"20\",\"fractions\":\"10\",\"prior\":\"30Gy/15@2023-01-10:T3-T8\",\"start\":\"2026-12-01\"}\n",
            "--format", "jsonl");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var lines = OutputLines(run);
        Assert.Equal(3, lines.Length);
        var nodes = lines.Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();
        Assert.Equal([1, 3, 4], nodes.Select(n => (int)n["line"]!));
        Assert.Equal(["j1", "j2", "j3"], nodes.Select(n => (string)n["id"]!));
        Assert.Equal("invalid", (string)nodes[1]["status"]!);
        Assert.StartsWith("column lesion: 'T0'", (string)nodes[1]["error"]!, StringComparison.Ordinal);

        AssertSameAsPlanJson(nodes[0],
            "plan", "--lesion", "T5-T8", "--dose", "18", "--fractions", "10", "--margin", "10mm", "--start", "2026-12-18",
            "--holiday", "2026-12-25", "--holiday", "2027-01-01", "--age", "19", "--sex", "male", "--format", "json");
        AssertSameAsPlanJson(nodes[2],
            "plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--prior", "30Gy/15@2023-01-10:T3-T8", "--start", "2026-12-01", "--format", "json");
    }

    [Fact]
    public void Csv_in_json_lines_out_gives_the_plan_json()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "plans.csv", "id,lesion,dose,fractions,margin,start\np1,T5-T8,20,10,10,2026-12-01\n", "--format", "json");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var node = JsonNode.Parse(Assert.Single(OutputLines(run)))!.AsObject();
        Assert.Equal(2, (int)node["line"]!);
        AssertSameAsPlanJson(node, "plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--margin", "10", "--start", "2026-12-01", "--format", "json");
    }

    private static void AssertSameAsPlanJson(JsonObject batchRow, params string[] planArgs)
    {
        var plan = CliHarness.Run(planArgs);
        Assert.Equal(string.Empty, plan.Stderr);
        var expected = JsonNode.Parse(plan.Stdout)!.AsObject();
        var actual = batchRow.DeepClone().AsObject();
        Assert.Equal(EmhRt.Reporting.OutputSchemas.BatchRowVersion, (string?)actual["schemaVersion"]);
        Assert.Equal(EmhRt.Reporting.OutputSchemas.PlanVersion, (string?)expected["schemaVersion"]);
        Assert.Equal(["schemaVersion", "line", "id", "status"], actual.Take(4).Select(p => p.Key));
        Assert.Contains((string?)actual["status"], new[] { "pass", "findings" });
        foreach (string member in new[] { "schemaVersion", "line", "id", "status" })
        {
            actual.Remove(member);
        }

        expected.Remove("schemaVersion");
        Assert.True(
            JsonNode.DeepEquals(expected, actual),
            "batch row differs from plan JSON:\n" + actual.ToJsonString() + "\n" + expected.ToJsonString());
        Assert.Equal(expected.Select(p => p.Key), actual.Select(p => p.Key)); // same members in the same order
    }

    [Fact]
    public void Json_lines_input_errors_are_reported_per_line()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "plans.jsonl",
            "{\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10}\n" +
            "not json\n" +
            "[1,2]\n" +
            "{\"lesion\":\"T5-T8\",\"dose\":20,\"fractons\":10}\n");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var records = CsvText.Parse(run.Stdout);
        Assert.Equal(5, records.Count);
        Assert.Equal(["1", "2", "3", "4"], records.Skip(1).Select(r => r[0]));
        Assert.Equal(["pass", "invalid", "invalid", "invalid"], records.Skip(1).Select(r => r[2]));
        Assert.All(records.Skip(2), r => Assert.NotEqual(string.Empty, r[^1]));
        Assert.Contains("fractons", records[4][^1], StringComparison.Ordinal);
    }

    // ---------------------------------------------------------------- file-level errors

    [Fact]
    public void Empty_file_exits_2_with_a_message()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "empty.csv", string.Empty);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("error: input is empty: expected a header row", run.ErrorLines);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_only_file_exits_0_with_a_header_only_output()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "header.csv", "id,lesion,dose,fractions\n");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(Header + "\n", run.Stdout);
    }

    [Fact]
    public void Unknown_column_exits_2_listing_the_known_columns()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "typo.csv", "id,lesion,dose,fractons\na,T5-T8,20,10\n");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var error = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.StartsWith("error: unknown column 'fractons' in the header (line 1); known columns: id, lesion, dose, fractions, dose_per_fraction,", error, StringComparison.Ordinal);
        foreach (var column in BatchFuzzRow.Columns)
        {
            Assert.Contains(column, error, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("2,a,pass", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_columns_can_be_ignored()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "extra.csv", "id,mrn,lesion,dose,fractions,margin,start,comment\np1,12345,T5-T8,20,10,10,2026-12-01,\"anything, at all\"\n", "--ignore-unknown-columns");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([Header, "2,p1," + CleanRowValues], OutputLines(run));
    }

    [Fact]
    public void Missing_input_file_exits_2()
    {
        using var dir = new TempDirectory();
        var missing = dir.File("nope.csv");
        var run = CliHarness.Run("batch", missing);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal([$"error: input: file '{missing}' does not exist"], run.ErrorLines);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Invalid_default_option_exits_2_naming_the_option()
    {
        using var dir = new TempDirectory();
        var run = Batch(dir, "plans.csv", "lesion,dose,fractions\nT5-T8,20,10\n", "--margin", "1,5");
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var error = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: --margin: '1,5'", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    // ---------------------------------------------------------------- standard input, output file, defaults

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var run = RunWithStdin("id,lesion,dose,fractions,margin,start\np1,T5-T8,20,10,10,2026-12-01\n", "batch", "-", "--quiet");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([Header, "2,p1," + CleanRowValues], OutputLines(run));
    }

    [Fact]
    public void Standard_input_can_be_json_lines()
    {
        var run = RunWithStdin("{\"id\":\"p1\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10,\"margin\":10,\"start\":\"2026-12-01\"}\n", "batch", "-", "--input-format", "jsonl", "--quiet");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal([Header, "1,p1," + CleanRowValues], OutputLines(run));
    }

    [Fact]
    public void Output_file_holds_what_stdout_would_and_no_temporary_file_is_left()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions,margin,start\np1,T5-T8,20,10,10,2026-12-01\np2,T0,20,10,,\n");
        var output = dir.File("results.csv");
        var toFile = CliHarness.Run("batch", input, "--quiet", "--output", output);
        var toStdout = CliHarness.Run("batch", input, "--quiet");
        Assert.Equal(ExitCodes.InvalidInput, toFile.ExitCode);
        Assert.Equal(string.Empty, toFile.Stdout);
        Assert.Equal(toStdout.Stdout, File.ReadAllText(output));
        Assert.Equal(["plans.csv", "results.csv"], dir.FileNames());
    }

    [Fact]
    public void Output_file_in_a_missing_directory_exits_2_with_a_clear_message()
    {
        // Bug: BatchOutput.OpenTarget creates the temporary file without checking the directory, and the
        // DirectoryNotFoundException escapes BatchEngine.Run as an internal error (exit 3). plan says exit 2.
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "lesion,dose,fractions\nT5-T8,20,10\n");
        var missingDirectory = dir.File("missing");
        var output = Path.Combine(missingDirectory, "results.csv");
        var run = CliHarness.Run("batch", input, "--quiet", "--output", output);
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        var error = Assert.Single(run.ErrorLines, l => l.StartsWith("error:", StringComparison.Ordinal));
        Assert.Contains(missingDirectory, error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(["plans.csv"], dir.FileNames());
    }

    [Fact]
    public void Summary_goes_to_stderr_unless_quiet()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "lesion,dose,fractions\nT5-T8,20,10\nT5-T8,9,3\nT0,20,10\n");
        var loud = CliHarness.Run("batch", input);
        var summary = Assert.Single(loud.ErrorLines);
        Assert.StartsWith("batch: 3 rows read, 1 passed, 1 with findings, 1 invalid; ", summary, StringComparison.Ordinal);
        Assert.Equal(string.Empty, CliHarness.Run("batch", input, "--quiet").Stderr);
    }

    [Fact]
    public void Options_give_defaults_for_missing_columns()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions\np1,T5-T8,20,10\n");
        var without = CsvText.Parse(CliHarness.Run("batch", input, "--quiet").Stdout)[1];
        var with = CsvText.Parse(CliHarness.Run("batch", input, "--quiet", "--margin", "10", "--start", "2026-12-01").Stdout)[1];
        Assert.Equal(string.Empty, without[6]);
        Assert.Equal(string.Empty, without[23]);
        Assert.Equal("160", with[6]);
        Assert.Equal("2026-12-14", with[23]);
    }

    [Fact]
    public void Options_fill_empty_cells_but_not_given_ones()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions,margin\na,T5-T8,20,10,\nb,T5-T8,20,10,20\n");
        var records = CsvText.Parse(CliHarness.Run("batch", input, "--quiet", "--margin", "10").Stdout);
        Assert.Equal("160", records[1][6]);
        Assert.Equal("180", records[2][6]);
    }

    // ---------------------------------------------------------------- exit codes

    [Theory]
    [InlineData("T5-T8,20,10\n", null, ExitCodes.Success)]
    [InlineData("T5-T8,20,10\n", "info", ExitCodes.FindingsAtOrAboveThreshold)]
    [InlineData("T5-T8,20,10\nT5-T8,9,3\n", null, ExitCodes.FindingsAtOrAboveThreshold)]
    [InlineData("T5-T8,20,10\nT5-T8,9,3\n", "never", ExitCodes.Success)]
    [InlineData("T5-T8,20,10\nT5-T8,9,3\nT0,20,10\n", null, ExitCodes.InvalidInput)]
    [InlineData("T5-T8,20,10\nT0,20,10\n", "never", ExitCodes.InvalidInput)]
    public void Exit_code_is_2_for_any_invalid_row_else_1_for_findings_at_fail_on_else_0(string rows, string? failOn, int expected)
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "lesion,dose,fractions\n" + rows);
        string[] args = failOn is null ? ["batch", input, "--quiet"] : ["batch", input, "--quiet", "--fail-on", failOn];
        Assert.Equal(expected, CliHarness.Run(args).ExitCode);
    }

    // ---------------------------------------------------------------- fuzz: 1,000 rows, garbage mixed with valid ones

    [Fact]
    public void Thousand_random_rows_keep_count_order_ids_and_match_plan_for_valid_rows()
    {
        var random = new Random(20261201);
        var rows = Enumerable.Range(0, 1000).Select(i => BatchFuzzRow.Generate(random, i)).ToArray();
        var text = new StringBuilder(string.Join(',', BatchFuzzRow.Columns)).Append('\n');
        var startLines = new long[rows.Length];
        long line = 2;
        for (var i = 0; i < rows.Length; i++)
        {
            var record = CsvText.Record(BatchFuzzRow.Columns.Select(c => rows[i].Cells[c]));
            startLines[i] = line;
            line += record.Count(c => c == '\n') + 1;
            text.Append(record).Append('\n');
        }

        using var dir = new TempDirectory();
        var run = Batch(dir, "fuzz.csv", text.ToString());
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        var output = CsvText.Parse(run.Stdout);
        Assert.Equal(Header.Split(','), output[0]);
        Assert.Equal(rows.Length, output.Count - 1);

        var failures = new List<string>();
        for (var i = 0; i < rows.Length; i++)
        {
            var result = output[i + 1];
            Assert.Equal(31, result.Length);
            Assert.Equal(startLines[i].ToString(CultureInfo.InvariantCulture), result[0]);
            Assert.Equal(rows[i].Cells["id"], result[1]);
            var status = result[2];
            if (rows[i].Kind == RowKind.Valid && status == "invalid")
            {
                failures.Add($"row {i} (line {startLines[i]}) should be valid: {result[^1]}");
            }

            if (rows[i].Kind == RowKind.Invalid && status != "invalid")
            {
                failures.Add($"row {i} (line {startLines[i]}) should be invalid: {string.Join(" | ", rows[i].Cells.Select(c => c.Key + "=" + c.Value))}");
            }

            if (status == "invalid")
            {
                Assert.NotEqual(string.Empty, result[^1]);
                Assert.All(result[3..28], cell => Assert.Equal(string.Empty, cell));
            }
            else
            {
                Assert.Equal(string.Empty, result[^1]);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains(rows, r => r.Kind == RowKind.Valid);
        Assert.Contains(rows, r => r.Kind == RowKind.Invalid);

        // Every 'Odd' row and a sample of the others: the same verdict and values as emhrt plan.
        var sample = Enumerable.Range(0, rows.Length)
            .Where(i => rows[i].Kind == RowKind.Odd || i % 7 == 0)
            .ToArray();
        var validCompared = 0;
        foreach (var i in sample)
        {
            var plan = CliHarness.Run(rows[i].PlanArgs("csv"));
            var result = output[i + 1];
            if (plan.ExitCode == ExitCodes.InvalidInput)
            {
                if (result[2] != "invalid")
                {
                    failures.Add($"row {i}: plan refuses it ({plan.ErrorLines.FirstOrDefault()}) but batch says {result[2]}");
                }

                continue;
            }

            var planRow = CsvText.Parse(plan.Stdout)[1];
            if (!planRow.AsSpan(2, 26).SequenceEqual(result.AsSpan(2, 26)))
            {
                failures.Add($"row {i}: batch [{string.Join(",", result[2..28])}] != plan [{string.Join(",", planRow[2..28])}]");
            }

            validCompared++;
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(validCompared >= 50, $"only {validCompared} valid rows compared with plan");
    }
}
