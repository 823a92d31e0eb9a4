using System.Text;
using EmhRt.Cli.Batch;
using EmhRt.Cli.Tests.EndToEnd;

namespace EmhRt.Cli.Tests.Hardening;

/// <summary>Issue 19, batch input: over-long records, invalid UTF-8, BOM on stdin, JSON numbers and arrays, defaults, sources.</summary>
public sealed class BatchInputHardeningTests
{
    private static CliRun RunWithStdin(string stdin, params string[] args)
    {
        var root = CliApp.Build(CliEnvironment.Redirected with { OpenStandardInput = () => new StringReader(stdin) });
        return CliHarness.Run(root, args);
    }

    /// <summary>Runs with standard input as bytes from a pipe-like stream (no seeking, at most <paramref name="chunk"/> bytes a read).</summary>
    private static CliRun RunWithStdinBytes(byte[] stdin, int chunk, params string[] args)
    {
        var root = CliApp.Build(CliEnvironment.Redirected with { OpenStandardInputStream = () => new PipeStream(stdin, chunk) });
        return CliHarness.Run(root, args);
    }

    private static string[] Rows(CliRun run) => run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The error cell (last column) of a CSV output row without quotes or commas in it.</summary>
    private static string ErrorCell(string row) => row[(row.LastIndexOf(",,", StringComparison.Ordinal) + 2)..].Trim('"');

    [Fact]
    public void An_over_long_json_lines_line_is_one_invalid_row_and_reading_goes_on()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.jsonl",
            "{\"id\":\"a\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10}\n" +
            "{\"id\":\"" + new string('x', BatchLimits.MaxBatchRecordChars + 10) + "\"}\n" +
            "{\"id\":\"c\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10}\n");
        var run = CliHarness.Run("batch", input, "--quiet");
        var rows = Rows(run);
        Assert.Equal(4, rows.Length);
        Assert.StartsWith("1,a,pass,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("2,,invalid,", rows[2], StringComparison.Ordinal);
        Assert.Contains($"the line is {BatchLimits.MaxBatchRecordChars + 19} bytes long, more than the limit of 1048576 bytes (1 MiB) for one record", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("3,c,pass,", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_long_csv_record_says_it_is_too_long_not_an_unclosed_quote()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions\np1,T5-T8,20,10\np2," + new string('x', 3 * BatchLimits.MaxBatchRecordChars) + ",20,10\np3,T5-T8,20,10\n");
        var rows = Rows(CliHarness.Run("batch", input, "--quiet"));
        Assert.Equal(4, rows.Length);
        Assert.Equal("3,,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,the record starting on line 3 is longer than the limit of 1048576 bytes (1 MiB): it was skipped and reading went on", rows[2]);
        Assert.StartsWith("4,p3,pass,", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_long_quoted_csv_record_with_line_breaks_is_skipped_and_later_lines_keep_their_numbers()
    {
        using var dir = new TempDirectory();
        var big = new string('x', 3 * BatchLimits.MaxBatchRecordChars);
        var input = dir.Write("plans.csv", "\uFEFFid;lesion;dose;fractions\np1;T5-T8;20;10\np2;\"a\n" + big + "\nb;\"\"c\";20;10\np3;T5-T8;20;10\n\np4;T5-T8;9;3\n");
        var rows = Rows(CliHarness.Run("batch", input, "--quiet"));
        Assert.Equal(5, rows.Length);
        Assert.StartsWith("2,p1,pass,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("3,,invalid,", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("6,p3,pass,", rows[3], StringComparison.Ordinal);
        Assert.StartsWith("8,p4,findings,", rows[4], StringComparison.Ordinal);
    }

    private static readonly string OverLong = new('x', 3 * BatchLimits.MaxBatchRecordChars);

    [Theory]
    [InlineData(4096)]
    [InlineData(65_536)]
    [InlineData(1 << 20)]
    public void An_over_long_csv_record_on_standard_input_is_one_invalid_row_and_reading_goes_on(int pipeChunk)
    {
        var csv = "id,lesion,dose,fractions\np1,T5-T8,20,10\np2," + OverLong + ",20,10\np3,T5-T8,20,10\np4,T5-T8,9,3\n";
        var run = RunWithStdinBytes(Encoding.UTF8.GetBytes(csv), pipeChunk, "batch", "-", "--quiet");
        var rows = Rows(run);
        Assert.Equal(5, rows.Length); // header + one row per input row
        Assert.StartsWith("2,p1,pass,", rows[1], StringComparison.Ordinal);
        Assert.Equal("3,,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,the record starting on line 3 is longer than the limit of 1048576 bytes (1 MiB): it was skipped and reading went on", rows[2]);
        Assert.StartsWith("4,p3,pass,", rows[3], StringComparison.Ordinal);
        Assert.StartsWith("5,p4,findings,", rows[4], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.True(r.Length < 1000));
        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
    }

    [Fact]
    public void Over_long_quoted_csv_records_on_standard_input_are_skipped_and_later_lines_keep_their_numbers()
    {
        // Two over-long records in a row, the first quoted across lines (with a doubled quote), the second at the end
        // of the input without a final line break; a BOM, ';' as separator and a blank line as well.
        var csv = "\uFEFFid;lesion;dose;fractions\np1;T5-T8;20;10\np2;\"a\n" + OverLong + "\nb;\"\"c\";20;10\n" +
                  "p3;" + OverLong + ";20;10\np4;T5-T8;20;10\n\np5;T5-T8;9;3\np6;" + OverLong;
        var rows = Rows(RunWithStdinBytes(Encoding.UTF8.GetBytes(csv), 4096, "batch", "-", "--quiet"));
        Assert.Equal(
            ["2,p1,pass", "3,,invalid", "6,,invalid", "7,p4,pass", "9,p5,findings", "10,,invalid"],
            rows.Skip(1).Select(r => string.Join(',', r.Split(',').Take(3))));
        Assert.Contains("the record starting on line 6 is longer than the limit", rows[3], StringComparison.Ordinal);
        Assert.Contains("the record starting on line 10 is longer than the limit", rows[6], StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_long_csv_record_given_as_a_text_reader_is_one_invalid_row_too()
    {
        var run = RunWithStdin("id,lesion,dose,fractions\np1," + OverLong + ",20,10\np2,T5-T8,20,10\n", "batch", "-", "--quiet");
        var rows = Rows(run);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("2,,invalid,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("3,p2,pass,", rows[2], StringComparison.Ordinal);
    }

    /// <summary>
    /// Found by <see cref="BatchRowHostileInputProperties"/>: CsvHelper's own separator detection weighed the rows too
    /// and picked '|' (one in each <c>prior</c> cell) over the header's commas, refusing the whole file.
    /// </summary>
    [Theory]
    [InlineData("file")]
    [InlineData("stdin")]
    public void The_separator_is_detected_from_the_header_line_only(string from)
    {
        // The shrunk counterexample: a valid row, then three lines that are the tail of its prior cell.
        var tail = "8|8Gy/1@2021-01-10,12,5,10\n";
        var csv = "id,lesion,dose,fractions,dose_per_fraction,margin,start,holidays,age,sex,prior,thoracic_vertebrae,lumbar_vertebrae,alpha_beta_emh\n" +
                  "p,\"T5-T8, L1\",16,8,2,10,2026-12-01,2026-12-25;2027-01-01,45,female,20Gy/10@2020-01-10:T3-T8|8Gy/1@2021-01-10,12,5,10\n" + tail + tail + tail;
        using var dir = new TempDirectory();
        var run = from == "file"
            ? CliHarness.Run("batch", dir.Write("plans.csv", csv), "--quiet")
            : RunWithStdinBytes(Encoding.UTF8.GetBytes(csv), 4096, "batch", "-", "--quiet");
        Assert.Equal("", run.Stderr);
        var rows = Rows(run);
        Assert.Equal(5, rows.Length);
        Assert.StartsWith("2,p,", rows[1], StringComparison.Ordinal);
        Assert.All(rows[2..], r => Assert.Contains(",8|8Gy/1@2021-01-10,invalid,", r, StringComparison.Ordinal));

        var semicolons = RunWithStdinBytes(Encoding.UTF8.GetBytes("id;lesion;dose;fractions\np,1;T5-T8;20;10\n"), 4096, "batch", "-", "--quiet");
        Assert.StartsWith("2,\"p,1\",pass,", Rows(semicolons)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_cell_quotes_at_most_40_characters_of_the_offending_value()
    {
        using var dir = new TempDirectory();
        var huge = new string('T', 200_000);
        var input = dir.Write("plans.csv", $"id,lesion,dose,fractions\np1,{huge},20,10\np2,T5-T8,2{huge},10\n");
        var rows = Rows(CliHarness.Run("batch", input, "--quiet"));
        Assert.Equal(3, rows.Length);
        Assert.All(rows, r => Assert.True(r.Length < 1000));
        Assert.Contains("column lesion: '" + new string('T', 40) + "…' (200000 characters)", rows[1], StringComparison.Ordinal);
        Assert.Contains("column dose: unknown unit '" + new string('T', 40) + "…' (200000 characters)", rows[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prior courses need the new course's start date, to know the interval since the last course")]
    [InlineData("column lesion: 'T5x': expected ',', ';', '+' or 'and' between spans, found 'x' (at character 3)")]
    [InlineData("the patient's lesion 'T5' is fine, but this sentence is longer than forty characters")]
    public void Shortening_leaves_messages_without_long_quoted_values_unchanged(string message)
    {
        Assert.Equal(message, BatchMessages.Shorten(message));
    }

    [Fact]
    public void Shortening_cuts_each_long_quoted_value_and_says_how_long_it_was()
    {
        var value = new string('a', 50);
        Assert.Equal(
            "column id: '" + new string('a', 40) + "…' (50 characters); column lesion: '" + new string('a', 40) + "…' (50 characters): bad",
            BatchMessages.Shorten($"column id: '{value}'; column lesion: '{value}': bad"));
    }

    [Fact]
    public void Json_lines_on_standard_input_with_a_bom_are_read_like_the_file()
    {
        var run = RunWithStdin("\uFEFF{\"id\":\"a\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10}\n", "batch", "-", "--input-format", "jsonl", "--quiet");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("1,a,pass,", Rows(run)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_lines_row_with_invalid_utf8_is_invalid_and_names_the_byte()
    {
        using var dir = new TempDirectory();
        var path = dir.File("plans.jsonl");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("{\"id\":\"a"), 0xFF, .. Encoding.UTF8.GetBytes("\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10}\n{\"id\":\"b\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10}\n")]);
        var rows = Rows(CliHarness.Run("batch", path, "--quiet"));
        Assert.Equal("1,,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,invalid UTF-8 at byte 9 of the line (0xFF): the input must be UTF-8", rows[1]);
        Assert.StartsWith("2,b,pass,", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_row_with_invalid_utf8_is_invalid_and_names_the_column_and_byte()
    {
        using var dir = new TempDirectory();
        var path = dir.File("plans.csv");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("id,lesion,dose,fractions\nab"), 0xC3, .. Encoding.UTF8.GetBytes(",T5-T8,20,10\nok,T5-T8,20,10\n")]);
        var rows = Rows(CliHarness.Run("batch", path, "--quiet"));
        Assert.Equal("2,,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,column id: invalid UTF-8 at byte 3 of the value (0xC3): the input must be UTF-8", rows[1]);
        Assert.StartsWith("3,ok,pass,", rows[2], StringComparison.Ordinal);
    }

    /// <summary>
    /// An id with invalid UTF-8 is never written decoded (<c>ab\uFFFD</c> looks like a valid id but is not the input's):
    /// the id cell is empty, in CSV and in JSON Lines output, on a file and on standard input, whichever column
    /// comes first; a valid id that really holds U+FFFD is written as it is.
    /// </summary>
    [Theory]
    [InlineData("csv", "file")]
    [InlineData("csv", "stdin")]
    [InlineData("jsonl", "file")]
    [InlineData("jsonl", "stdin")]
    public void An_id_with_invalid_utf8_is_written_empty_never_with_a_replacement_character(string format, string from)
    {
        byte[] input =
        [
            .. "lesion,id,dose,fractions\nT5-T8,ab"u8, 0xC3, .. ",20,10\n"u8,
            .. "T5"u8, 0xFF, .. "-T8,cd"u8, 0xE2, 0x82, .. ",20,10\n"u8,
            .. "T5-T8,ef\uFFFD,20,10\n"u8,
        ];
        using var dir = new TempDirectory();
        var path = dir.File("plans.csv");
        File.WriteAllBytes(path, input);
        var run = from == "file"
            ? CliHarness.Run("batch", path, "--quiet", "--format", format)
            : RunWithStdinBytes(input, 4096, "batch", "-", "--quiet", "--format", format);
        Assert.DoesNotContain("ab\uFFFD", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("cd\uFFFD", run.Stdout, StringComparison.Ordinal);
        var rows = Rows(run);
        if (format == "csv")
        {
            Assert.Equal("2,,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,column id: invalid UTF-8 at byte 3 of the value (0xC3): the input must be UTF-8", rows[1]);
            Assert.Equal("3,,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,column lesion: invalid UTF-8 at byte 3 of the value (0xFF): the input must be UTF-8", rows[2]);
            Assert.StartsWith("4,ef\uFFFD,pass,", rows[3], StringComparison.Ordinal);
            return;
        }

        Assert.Equal(3, rows.Length);
        using var first = System.Text.Json.JsonDocument.Parse(rows[0]);
        using var second = System.Text.Json.JsonDocument.Parse(rows[1]);
        using var third = System.Text.Json.JsonDocument.Parse(rows[2]);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.RootElement.GetProperty("id").ValueKind);
        Assert.Equal("invalid", first.RootElement.GetProperty("status").GetString());
        Assert.Equal("column id: invalid UTF-8 at byte 3 of the value (0xC3): the input must be UTF-8", first.RootElement.GetProperty("error").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, second.RootElement.GetProperty("id").ValueKind);
        Assert.Equal("ef\uFFFD", third.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("\"dose\":2e1,\"fractions\":10", "pass")]
    [InlineData("\"dose\":20,\"fractions\":10.0", "pass")]
    [InlineData("\"dose\":20,\"fractions\":1e1", "pass")]
    [InlineData("\"dose\":2.0E1,\"fractions\":10,\"age\":4.0e1", "pass")]
    public void Json_lines_accept_any_json_number_that_denotes_a_valid_value(string members, string status)
    {
        var run = RunWithStdin("{\"id\":\"a\",\"lesion\":\"T5-T8\"," + members + "}\n", "batch", "-", "--input-format", "jsonl", "--quiet");
        Assert.StartsWith("1,a," + status + ",", Rows(run)[1], StringComparison.Ordinal);
        Assert.Contains(",20,10,2,", Rows(run)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_refuse_a_fraction_count_that_is_not_whole()
    {
        var run = RunWithStdin("{\"id\":\"a\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10.5}\n", "batch", "-", "--input-format", "jsonl", "--quiet");
        Assert.Equal("1,a,invalid,,,,,,,,,,,,,,,,,,,,,,,,,,,,column fractions: '10.5' is not a whole number: expected a number of fractions such as '1' or '10'", Rows(run)[1]);
    }

    [Fact]
    public void Json_lines_accept_arrays_for_holidays_and_prior()
    {
        var arrays = RunWithStdin(
            "{\"id\":\"a\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10,\"start\":\"2026-12-21\",\"holidays\":[\"2026-12-25\",\"2027-01-01\"],\"prior\":[\"20Gy/10@2020-01-10:T3-T8\",\"8Gy/1@2021-01-10\"]}\n",
            "batch", "-", "--input-format", "jsonl", "--quiet");
        var strings = RunWithStdin(
            "{\"id\":\"a\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10,\"start\":\"2026-12-21\",\"holidays\":\"2026-12-25;2027-01-01\",\"prior\":\"20Gy/10@2020-01-10:T3-T8|8Gy/1@2021-01-10\"}\n",
            "batch", "-", "--input-format", "jsonl", "--quiet");
        Assert.Equal(strings.Stdout, arrays.Stdout);
        Assert.Contains("REIRRADIATION", arrays.Stdout, StringComparison.Ordinal);
        Assert.Contains("2027-01-05", arrays.Stdout, StringComparison.Ordinal);

        var bad = RunWithStdin("{\"id\":\"a\",\"lesion\":\"T5-T8\",\"dose\":20,\"fractions\":10,\"holidays\":[1]}\n", "batch", "-", "--input-format", "jsonl", "--quiet");
        Assert.Contains("member 'holidays': expected a string or an array of strings", bad.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_takes_holiday_holidays_file_and_prior_defaults_like_plan()
    {
        using var dir = new TempDirectory();
        var holidays = dir.Write("holidays.txt", "2027-01-01 # new year\n");
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions,start\np1,T5-T8,20,10,2026-12-21\n");
        var batch = CliHarness.Run("batch", input, "--quiet", "--format", "jsonl", "--holiday", "2026-12-25", "--holidays-file", holidays, "--prior", "20Gy/10@2020-01-10:T3-T8");
        var plan = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--start", "2026-12-21",
            "--holiday", "2026-12-25", "--holidays-file", holidays, "--prior", "20Gy/10@2020-01-10:T3-T8", "--format", "json");
        Assert.Equal(ExitCodes.Success, plan.ExitCode);
        using var planJson = System.Text.Json.JsonDocument.Parse(plan.Stdout);
        using var rowJson = System.Text.Json.JsonDocument.Parse(Rows(batch)[0]);
        static string Compact(System.Text.Json.JsonElement e) => System.Text.Json.Nodes.JsonNode.Parse(e.GetRawText())!.ToJsonString();
        Assert.Equal(Compact(planJson.RootElement.GetProperty("schedule")), Compact(rowJson.RootElement.GetProperty("schedule")));
        Assert.Equal(Compact(planJson.RootElement.GetProperty("reirradiation")), Compact(rowJson.RootElement.GetProperty("reirradiation")));
        Assert.Contains("2027-01-01", Compact(rowJson.RootElement.GetProperty("schedule")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_names_the_option_that_gave_a_default_not_a_column_the_file_lacks()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,fractions\np1,T5-T8,10\np2,T5-T8,\n");
        var rows = Rows(CliHarness.Run("batch", input, "--quiet", "--dose", "2000", "--fractions", "10"));
        Assert.Contains("\"default from --dose, column fractions: 2000 Gy is implausible", rows[1], StringComparison.Ordinal);
        Assert.Contains("\"default from --dose, default from --fractions: 2000 Gy is implausible", rows[2], StringComparison.Ordinal);
        Assert.DoesNotContain("dose_per_fraction", rows[1], StringComparison.Ordinal);

    }

    [Fact]
    public void A_start_date_whose_course_does_not_fit_the_calendar_names_its_column_or_option()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions,start\np1,T5-T8,20,10,9999-12-28\np2,T5-T8,20,10,\n");
        var rows = Rows(CliHarness.Run("batch", input, "--quiet", "--start", "9999-12-27"));
        Assert.Equal("column start: the course does not fit within 3660 days of 9999-12-28", ErrorCell(rows[1]));
        Assert.Equal("default from --start: the course does not fit within 3660 days of 9999-12-27", ErrorCell(rows[2]));
        var plan = CliHarness.Run("plan", "--lesion", "T5-T8", "--dose", "20", "--fractions", "10", "--start", "9999-12-28");
        Assert.Equal(["error: --start: the course does not fit within 3660 days of 9999-12-28"], plan.ErrorLines);
    }

    [Fact]
    public void Batch_into_a_broken_stream_stops_with_an_io_error()
    {
        using var dir = new TempDirectory();
        var input = dir.Write("plans.csv", "id,lesion,dose,fractions\n" + string.Concat(Enumerable.Repeat("p,T5-T8,20,10\n", 50_000)));
        var broken = new BrokenAfter(4096);
        var summary = new BatchEngine(new PlanBatchProcessor(Planning.PlanAssessor.Default, PlanCommand.Tool, null, null))
            .Run(BatchInput.FromFile(input), BatchOutput.ToStream(broken));
        Assert.Equal(2, summary.ExitCode);
        Assert.Contains("Broken pipe", summary.FatalError, StringComparison.Ordinal);
        Assert.True(broken.Attempts < 10, $"{broken.Attempts} writes after the pipe broke");
    }

    /// <summary>A stream that accepts <c>limit</c> bytes, then fails every write like a closed pipe.</summary>
    private sealed class BrokenAfter(int limit) : MemoryStream
    {
        public int Attempts { get; private set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Length + buffer.Length > limit)
            {
                Attempts++;
                throw new IOException("Broken pipe");
            }

            base.Write(buffer);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
    }
}
