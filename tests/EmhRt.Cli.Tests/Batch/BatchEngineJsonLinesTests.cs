using EmhRt.Cli.Batch;

namespace EmhRt.Cli.Tests.Batch;

public class BatchEngineJsonLinesTests
{
    [Fact]
    public void Json_lines_in_and_out_keep_lines_ids_and_order()
    {
        var input = "{\"id\":\"a\",\"dose\":10,\"Fractions\":\"5\"}\n\n{\"id\":\"b \\\"q\\\"\",\"dose\":\"21\",\"lesion\":\"T5-T8\"}\n{\"id\":\"c\",\"dose\":null}\n";
        var (summary, output) = BatchRun.JsonLines(input);
        Assert.Equal(2, summary.ExitCode);
        Assert.Equal(
            "{\"schemaVersion\":\"1.3.0\",\"line\":1,\"id\":\"a\",\"status\":\"pass\",\"total_dose_gy\":10,\"fractions\":5}\n" +
            "{\"schemaVersion\":\"1.3.0\",\"line\":3,\"id\":\"b \\\"q\\\"\",\"status\":\"findings\",\"highest_severity\":\"warning\",\"finding_codes\":[\"DOSE_HIGH\",\"ZZZ\"],\"ctv\":\"T5-T8\",\"total_dose_gy\":21}\n" +
            "{\"schemaVersion\":\"1.3.0\",\"line\":4,\"id\":\"c\",\"status\":\"invalid\",\"error\":\"column dose: not given\"}\n",
            output);
    }

    [Fact]
    public void Numbers_are_passed_as_written()
    {
        var (_, output) = BatchRun.JsonLines("{\"id\":\"a\",\"dose\":2.50e1}\n", outputFormat: BatchOutputFormat.Csv);
        Assert.Equal("1,a,findings,warning,DOSE_HIGH;ZZZ,,,,25,,,,,,,,,,,,,,,,,,,,,,", BatchRun.Lines(output)[1]);
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"dose\":10", "invalid JSON at byte")]
    [InlineData("[1,2]", "invalid JSON Lines row: expected a JSON object ({...}) on the line")]
    [InlineData("{\"id\":\"a\",\"dose\":10,\"colour\":\"red\"}", "unknown member 'colour'; known members: id, lesion,")]
    [InlineData("{\"id\":\"a\",\"dose\":10,\"DOSE\":11}", "duplicate member 'dose'")]
    [InlineData("{\"id\":\"a\",\"dose\":[10]}", "member 'dose': expected a string or a number")]
    [InlineData("{\"id\":\"a\\ud800b\",\"dose\":10}", "not valid UTF-16 (an unpaired surrogate")]
    [InlineData("{\"id\":\"a\",\"lesion\":\"T5-T9\\udc00\"}", "not valid UTF-16 (an unpaired surrogate")]
    [InlineData("{\"\\ud800\":1,\"id\":\"a\"}", "not valid UTF-16 (an unpaired surrogate")]
    public void A_bad_json_line_is_one_invalid_row(string line, string message)
    {
        var (summary, output) = BatchRun.JsonLines("{\"id\":\"x\",\"dose\":1}\n" + line + "\n{\"id\":\"y\",\"dose\":2}\n", outputFormat: BatchOutputFormat.Csv);
        Assert.Equal(3, summary.RowsRead);
        Assert.Equal(1, summary.Invalid);
        var lines = BatchRun.Lines(output);
        Assert.StartsWith("2,", lines[2], StringComparison.Ordinal);
        Assert.Contains(",invalid,", lines[2], StringComparison.Ordinal);
        Assert.Contains(message, lines[2].Replace("\"\"", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("3,y,pass,,,,,,2,,,,,,,,,,,,,,,,,,,,,,", lines[3]);
    }

    [Fact]
    public void Unknown_members_can_be_ignored()
    {
        var (summary, _) = BatchRun.JsonLines("{\"id\":\"a\",\"dose\":10,\"colour\":{\"r\":1}}\n", new BatchOptions { IgnoreUnknownColumns = true });
        Assert.Equal(0, summary.ExitCode);
    }

    [Fact]
    public void Empty_json_lines_input_is_zero_rows()
    {
        var (summary, output) = BatchRun.JsonLines("");
        Assert.Equal(0, summary.ExitCode);
        Assert.Equal(0, summary.RowsRead);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_processor_json_object_is_written_after_schema_version_line_id_and_status()
    {
        var processor = BatchRowProcessor.FromDelegate((row, format) => new BatchOutputRow
        {
            Status = BatchRowStatus.Pass,
            HighestSeverityRank = -1,
            Json = format == BatchOutputFormat.JsonLines ? "{\"findings\":[]}" : null,
        });
        var input = BatchInput.FromReader(new StringReader("id,dose\na,1\nb,2\n"));
        var (_, output) = BatchRun.Run(input, null, BatchOutputFormat.JsonLines, processor);
        Assert.Equal("{\"schemaVersion\":\"1.3.0\",\"line\":2,\"id\":\"a\",\"status\":\"pass\",\"findings\":[]}\n{\"schemaVersion\":\"1.3.0\",\"line\":3,\"id\":\"b\",\"status\":\"pass\",\"findings\":[]}\n", output);
    }

    [Fact]
    public void A_processor_json_that_is_not_an_object_makes_the_row_invalid()
    {
        var processor = BatchRowProcessor.FromDelegate((_, _) => new BatchOutputRow { Status = BatchRowStatus.Pass, Json = "[1]" });
        var (summary, output) = BatchRun.Run(BatchInput.FromReader(new StringReader("id\na\n")), null, BatchOutputFormat.JsonLines, processor);
        Assert.Equal(2, summary.ExitCode);
        Assert.Equal("{\"schemaVersion\":\"1.3.0\",\"line\":2,\"id\":\"a\",\"status\":\"invalid\",\"error\":\"internal error: the processor's JSON is not a single-line JSON object\"}\n", output);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-12.5", true)]
    [InlineData("1e-3", true)]
    [InlineData("01", false)]
    [InlineData("1.", false)]
    [InlineData("NaN", false)]
    [InlineData("", false)]
    [InlineData("1,5", false)]
    public void Json_numbers_are_recognised_strictly(string text, bool expected) => Assert.Equal(expected, JsonText.IsNumber(text));

    [Fact]
    public void Json_strings_escape_quotes_backslashes_and_control_characters()
    {
        var writer = new StringWriter();
        JsonText.WriteString(writer, "a\"b\\c\nd\u0001é");
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u0001é\"", writer.ToString());
    }
}
